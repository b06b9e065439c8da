import { lineCap, normValidAt, type SupportNormSet, todayInVietnam } from "@kc/domain";
import { estimateLineOf } from "./project-snapshot";
import type { ProjectDetail } from "./projects.queries";

/** The steps whose date fixes the norm set of a project: "the support norm valid at approval" (DOMAIN §9.5 F1). */
const APPROVALS = ["APPROVE_INTO_PLAN", "APPROVE_INTO_LOCAL_PLAN"];

/**
 * Each estimate line's support cap under the norm set in force at approval (today while not approved yet),
 * with the norm and its legal basis in Vietnamese, and whether the line's KC amount exceeds it.
 */
export function budgetOf(detail: ProjectDetail, sets: readonly SupportNormSet[]) {
  const { row } = detail;
  const approval = detail.steps.find((s) => APPROVALS.includes(s.code));
  const date = approval?.effectiveOn ?? todayInVietnam();
  const set = normValidAt(sets, date, {
    fundingLevel: row.fundingLevel,
    provinceId: row.fundingLevel === "KCDP" ? row.provinceId : null,
  });
  const lines = detail.lines.map(estimateLineOf);
  return {
    normDate: date,
    normSet: set ? { id: set.id, labelVi: set.labelVi, version: set.version } : null,
    caps: lines.map((line) => {
      if (!set)
        return {
          status: "NO_NORM_SET",
          capDong: null,
          explanationVi: "Chưa có bộ định mức hỗ trợ áp dụng cho ngày này",
          exceeds: false,
        };
      const cap = lineCap(line, set, row.priorityMultiplierBps, lines);
      if (cap.status === "GENERAL_NORMS")
        return {
          status: cap.status,
          capDong: null,
          explanationVi: "Theo chế độ chi tiêu chung (không có định mức trần riêng)",
          exceeds: false,
        };
      if (cap.status === "NORM_NOT_FOUND")
        return {
          status: cap.status,
          capDong: null,
          explanationVi: `Bộ định mức không có mã ${cap.normCode}`,
          exceeds: false,
        };
      return {
        status: cap.status,
        capDong: cap.cap.capDong === null ? null : cap.cap.capDong.toString(),
        explanationVi: cap.cap.explanationVi,
        exceeds: cap.cap.capDong !== null && line.kcAmount > cap.cap.capDong,
      };
    }),
  };
}
