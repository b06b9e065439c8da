import { formatDate } from "../../format";
import type { Finding, GuardCode } from "../lifecycle/lifecycle.types";
import { checkEstimateLine, estimateTotals, formatDongVi } from "../money/money";
import { appraisalCriterionLabels } from "../project.constants";
import type { ProjectSnapshot } from "../project.types";
import { supportActivities } from "../support-norms/support-activities.data";
import { lineCap, normValidAt } from "../support-norms/support-norms";
import { finding, type Guard, hasDocument, pass } from "./guard-helpers";

/**
 * Guards of the steps from proposal to contract (DOMAIN §3.4 Art. 6–10, §9.3 rules 2–4, §9.4 E11, §9.5 F1).
 * Deadlines and caps come from configuration in the context; only the national default days live here.
 */

/** Circ. 36/2013 Art. 6 defaults (§9.3 rule 2), in the year before the plan year; overridable per year. */
export const NATIONAL_DEADLINE_DAYS = { baseSubmissionBefore: "05-20", centralRegistrationBefore: "06-15" };

/** Bidding applies when the method says so or an activity requires it, unless formally waived (§9.3 rule 4). */
export function biddingRequired(project: ProjectSnapshot): boolean {
  if (project.biddingWaived) return false;
  return (
    project.selectionMethod === "DAU_THAU" ||
    project.activities.some((activity) => supportActivities[activity].biddingMandatory)
  );
}

function deadlineGuard(which: keyof typeof NATIONAL_DEADLINE_DAYS, labelVi: string): Guard {
  return (project, context) => {
    // A dossier sent back for completion is not held to the first-filing deadline.
    if (project.status === "RETURNED") return pass;
    const configured = context.deadlines?.[which];
    const before =
      configured ??
      (project.fundingLevel === "KCQG" ? `${project.planYear - 1}-${NATIONAL_DEADLINE_DAYS[which]}` : null);
    if (before === null || context.date < before) return pass;
    const code = which === "baseSubmissionBefore" ? "BEFORE_BASE_DEADLINE" : "BEFORE_CENTRAL_DEADLINE";
    return [
      finding(
        code,
        `Đã quá hạn ${formatDate(before)}: ${labelVi} phải trước ngày này (kế hoạch năm ${project.planYear})`,
      ),
    ];
  };
}

export const planningGuards = {
  REQUIRES_ESTIMATE: (project) => {
    if (project.estimateLines.length === 0) {
      return [finding("REQUIRES_ESTIMATE", "Đề án chưa có dự toán kinh phí chi tiết (Mẫu 1)")];
    }
    return project.estimateLines
      .flatMap(checkEstimateLine)
      .map((v) => finding("REQUIRES_ESTIMATE", v.messageVi));
  },
  // E11: a beneficiary's request letter when implementer and beneficiary differ; group projects and tasks
  // have no single beneficiary at this point.
  REQUIRES_BENEFICIARY_REQUEST: (project, context) => {
    if (project.implementerIsBeneficiary || project.kind === "DE_AN_NHOM" || project.kind === "NHIEM_VU")
      return pass;
    return hasDocument(project, context, "DON_DE_NGHI_HO_TRO")
      ? pass
      : [finding("REQUIRES_BENEFICIARY_REQUEST", "Thiếu văn bản đề nghị hỗ trợ của đơn vị thụ hưởng")];
  },
  BEFORE_BASE_DEADLINE: deadlineGuard("baseSubmissionBefore", "hồ sơ gửi Sở Công Thương"),
  BEFORE_CENTRAL_DEADLINE: deadlineGuard("centralRegistrationBefore", "hồ sơ đăng ký với Cục"),
  DIRECT_ROUTE_ALLOWED: (project) =>
    project.directRouteAllowed
      ? pass
      : [
          finding(
            "DIRECT_ROUTE_ALLOWED",
            "Chỉ trung tâm khuyến công vùng và đơn vị hoạt động nhiều tỉnh được đăng ký trực tiếp với Cục",
          ),
        ],
  APPRAISAL_PASSED: (_project, context) => {
    const appraisal = context.appraisal;
    if (!appraisal) return [finding("APPRAISAL_PASSED", "Chưa ghi kết quả thẩm định")];
    const out: Finding[] = [];
    if (appraisal.result !== "DAT")
      out.push(finding("APPRAISAL_PASSED", "Kết quả thẩm định không phải là Đạt"));
    for (const criterion of appraisal.failedCriteria) {
      out.push(finding("APPRAISAL_PASSED", `Tiêu chí chưa đạt: ${appraisalCriterionLabels[criterion]}`));
    }
    return out;
  },
  APPRAISAL_FAILED: (_project, context) =>
    context.appraisal?.result === "KHONG_DAT"
      ? pass
      : [finding("APPRAISAL_FAILED", "Chỉ kết luận không đạt khi kết quả thẩm định là Không đạt")],
  // F1 with the norm valid on the approval date. Missing configuration warns: it must not halt approvals.
  ESTIMATE_WITHIN_CAPS: (project, context) => {
    const scope = { fundingLevel: project.fundingLevel, provinceId: project.provinceId };
    const set = normValidAt(context.normSets ?? [], context.date, scope);
    if (!set) {
      return [
        {
          code: "NORM_SET_MISSING",
          severity: "WARN",
          messageVi: `Chưa có bộ định mức hỗ trợ áp dụng ngày ${formatDate(context.date)}; chưa kiểm tra được mức trần`,
        },
      ];
    }
    return project.estimateLines.flatMap((line): Finding[] => {
      const result = lineCap(line, set, project.priorityMultiplierBps, project.estimateLines);
      if (result.status === "NORM_NOT_FOUND") {
        return [
          {
            code: "NORM_NOT_FOUND",
            severity: "WARN",
            messageVi: `Dòng "${line.item}": định mức ${result.normCode} không có trong ${set.labelVi}`,
          },
        ];
      }
      if (result.status !== "CAPPED" || result.cap.capDong === null || line.kcAmount <= result.cap.capDong)
        return [];
      return [
        finding(
          "ESTIMATE_WITHIN_CAPS",
          `Dòng "${line.item}": kinh phí khuyến công ${formatDongVi(line.kcAmount)} vượt mức trần. ${result.cap.explanationVi}`,
        ),
      ];
    });
  },
  GROUP_PROJECT_ONLY: (project) =>
    project.kind === "DE_AN_NHOM"
      ? pass
      : [finding("GROUP_PROJECT_ONLY", "Bước này chỉ dành cho đề án lập theo nhóm")],
  // §9.3 rule 3: the DoIT-approved Form 11 plan must exist and have been sent to the central agency.
  REQUIRES_IMPLEMENTATION_PLAN: (project) =>
    project.kind !== "DE_AN_NHOM" || project.implementationPlan?.sentToCentralOn
      ? pass
      : [
          finding(
            "REQUIRES_IMPLEMENTATION_PLAN",
            "Đề án nhóm cần kế hoạch triển khai (Mẫu 11) được Sở Công Thương phê duyệt và gửi Cục",
          ),
        ],
  BIDDING_APPLIES: (project) =>
    biddingRequired(project)
      ? pass
      : [finding("BIDDING_APPLIES", "Đề án không thuộc trường hợp phải đấu thầu")],
  REQUIRES_BID_RESULT: (project) =>
    biddingRequired(project)
      ? [
          finding(
            "REQUIRES_BID_RESULT",
            "Nội dung phải đấu thầu: cần quyết định phê duyệt kết quả đấu thầu, hoặc xác nhận không đủ điều kiện đấu thầu với giá được duyệt",
          ),
        ]
      : pass,
  CONTRACT_WITHIN_APPROVED_SUPPORT: (project, context) => {
    const approved = estimateTotals(project.estimateLines).kcSupport;
    const contracted = context.contractSupport;
    if (contracted === undefined) {
      return [finding("CONTRACT_WITHIN_APPROVED_SUPPORT", "Chưa nhập kinh phí hỗ trợ ghi trong hợp đồng")];
    }
    if (contracted < 0n || contracted > approved) {
      return [
        finding(
          "CONTRACT_WITHIN_APPROVED_SUPPORT",
          `Kinh phí hợp đồng ${formatDongVi(contracted)} phải từ 0 đến mức được duyệt ${formatDongVi(approved)}`,
        ),
      ];
    }
    return pass;
  },
  REQUIRES_CONTRACT: (project) =>
    project.contract
      ? pass
      : [finding("REQUIRES_CONTRACT", "Chưa có hợp đồng hoặc quyết định giao nhiệm vụ")],
} satisfies Partial<Record<GuardCode, Guard>>;
