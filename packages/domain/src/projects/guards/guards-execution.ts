import { formatDate } from "../../format";
import { adjustmentApprover, authoritySatisfies } from "../lifecycle/adjustment";
import type { Finding, GuardCode } from "../lifecycle/lifecycle.types";
import { formatDongVi } from "../money/money";
import { settlementFigures } from "../money/money-ledger";
import { authorityLevelLabels } from "../project.constants";
import { evidenceLabels, supportActivities } from "../support-norms/support-activities.data";
import { addDays, finding, type Guard, hasDocument, pass } from "./guard-helpers";

/**
 * Guards of the steps after the contract (DOMAIN §3.4 Art. 11–19, §9.3 rules 5–8, §9.5 F8): adjustments and
 * their approver, stop and carry-over, acceptance evidence, settlement deadlines and the money reconciliation.
 */

/** Settlement dossier within 15 days of the last acceptance; liquidation by 22 January of the next year. */
export const SETTLEMENT_DOSSIER_DAYS = 15;
export const LIQUIDATION_DAY = "01-22";

function pendingIncludes(type: "NGUNG_DE_AN" | "GIA_HAN_NAM_SAU", code: GuardCode, messageVi: string): Guard {
  return (project) => {
    if (code === "PENDING_REQUEST_IS_EXTENSION" && project.status !== "ADJUSTMENT_PENDING") return pass;
    return project.pendingAdjustment?.includes(type) ? pass : [finding(code, messageVi)];
  };
}

export const executionGuards = {
  REQUIRES_ADJUSTMENT_TYPES: (_project, context) =>
    (context.adjustmentTypes?.length ?? 0) > 0
      ? pass
      : [finding("REQUIRES_ADJUSTMENT_TYPES", "Chưa chọn nội dung đề nghị điều chỉnh")],
  REQUIRES_DOIT_CONFIRMATION: (project, context) => {
    const subject = { ...project, types: context.adjustmentTypes ?? [] };
    if (
      !adjustmentApprover(subject).requiresDoitConfirmation ||
      hasDocument(project, context, "XAC_NHAN_CUA_SO")
    ) {
      return pass;
    }
    return [
      finding("REQUIRES_DOIT_CONFIRMATION", "Đề nghị điều chỉnh cần văn bản xác nhận của Sở Công Thương"),
    ];
  },
  ADJUSTMENT_APPROVER_LEVEL: (project, context, transition) => {
    if (!project.pendingAdjustment) {
      return [finding("ADJUSTMENT_APPROVER_LEVEL", "Không có đề nghị điều chỉnh đang chờ quyết định")];
    }
    const approver = adjustmentApprover({ ...project, types: project.pendingAdjustment });
    const kinds = transition.documents[0]?.anyOf ?? [];
    const decision = context.documents.find((document) => kinds.includes(document.kind));
    if (!decision || authoritySatisfies(decision.signerAuthority, approver.authority, project.fundingLevel)) {
      return pass; // a missing document is reported by the document check
    }
    const signedBy = decision.signerAuthority
      ? authorityLevelLabels[decision.signerAuthority]
      : "chưa rõ cấp";
    return [finding("ADJUSTMENT_APPROVER_LEVEL", `${approver.explanationVi} Văn bản do ${signedBy} ký.`)];
  },
  PENDING_REQUEST_IS_CHANGE: (project) => {
    const pending = project.pendingAdjustment;
    if (!pending)
      return [finding("PENDING_REQUEST_IS_CHANGE", "Không có đề nghị điều chỉnh đang chờ quyết định")];
    return pending.includes("NGUNG_DE_AN") || pending.includes("GIA_HAN_NAM_SAU")
      ? [
          finding(
            "PENDING_REQUEST_IS_CHANGE",
            "Đề nghị ngừng hoặc gia hạn được quyết định bằng bước Ngừng hoặc Gia hạn",
          ),
        ]
      : pass;
  },
  PENDING_REQUEST_IS_STOP: pendingIncludes(
    "NGUNG_DE_AN",
    "PENDING_REQUEST_IS_STOP",
    "Đề nghị đang chờ không phải đề nghị ngừng",
  ),
  PENDING_REQUEST_IS_EXTENSION: pendingIncludes(
    "GIA_HAN_NAM_SAU",
    "PENDING_REQUEST_IS_EXTENSION",
    "Đề nghị đang chờ không phải đề nghị gia hạn",
  ),
  REQUIRES_ACCEPTANCE_EVIDENCE: (project) => {
    const required = new Set(project.activities.flatMap((activity) => supportActivities[activity].evidence));
    const missing = [...required].filter((code) => !project.evidenceOnFile.includes(code));
    return missing.length === 0
      ? pass
      : [
          finding(
            "REQUIRES_ACCEPTANCE_EVIDENCE",
            `Thiếu hồ sơ nghiệm thu: ${missing.map((c) => evidenceLabels[c]).join("; ")}`,
          ),
        ];
  },
  REQUIRES_ACCEPTED_SPEND: (project, context) => {
    const accepted = context.acceptedSpend ?? project.money?.acceptedSpend ?? null;
    if (accepted === null)
      return [finding("REQUIRES_ACCEPTED_SPEND", "Chưa ghi giá trị được nghiệm thu, xác nhận")];
    if (accepted < 0n) return [finding("REQUIRES_ACCEPTED_SPEND", "Giá trị nghiệm thu không được âm")];
    const contracted = project.money?.contractedSupport ?? project.contract?.kcSupport ?? null;
    return contracted !== null && accepted > contracted
      ? [
          finding(
            "REQUIRES_ACCEPTED_SPEND",
            `Giá trị nghiệm thu vượt kinh phí hợp đồng; chỉ quyết toán tối đa ${formatDongVi(contracted)}`,
            "WARN",
          ),
        ]
      : pass;
  },
  SETTLEMENT_DOSSIER_ON_TIME: (project, context) => {
    if (!project.lastAcceptanceOn) return pass;
    const due = addDays(project.lastAcceptanceOn, SETTLEMENT_DOSSIER_DAYS);
    return context.date <= due
      ? pass
      : [
          finding(
            "SETTLEMENT_DOSSIER_ON_TIME",
            `Hồ sơ quyết toán quá hạn ${formatDate(due)} (15 ngày sau nghiệm thu)`,
            "WARN",
          ),
        ];
  },
  // Late liquidation does not stop the step: the agency then settles with the Treasury (Form 9).
  LIQUIDATION_ON_TIME: (project, context) => {
    const year = project.lastAcceptanceOn ? Number(project.lastAcceptanceOn.slice(0, 4)) : project.planYear;
    const due = `${year + 1}-${LIQUIDATION_DAY}`;
    return context.date <= due
      ? pass
      : [finding("LIQUIDATION_ON_TIME", `Thanh lý, quyết toán quá hạn ${formatDate(due)}`, "WARN")];
  },
  MONEY_RECONCILED: (project) => {
    const ledger = project.money;
    if (!ledger) return pass;
    const figures = ledger.settledAmount === null ? null : settlementFigures(ledger);
    if (!figures) return [finding("MONEY_RECONCILED", "Quyết toán chưa được ghi vào sổ kinh phí")];
    const out: Finding[] = [];
    if (figures.refundOutstanding > 0n) {
      out.push(finding("MONEY_RECONCILED", `Còn phải thu hồi ${formatDongVi(figures.refundOutstanding)}`));
    }
    if (figures.stillPayable > 0n) {
      out.push(finding("MONEY_RECONCILED", `Còn phải thanh toán ${formatDongVi(figures.stillPayable)}`));
    }
    return out;
  },
} satisfies Partial<Record<GuardCode, Guard>>;
