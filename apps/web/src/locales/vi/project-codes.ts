/**
 * Vietnamese labels of the project codes, taken from the domain's own label tables so that a code and its name
 * are written once. The few entries below that are not the domain's are the UI's shorter wording.
 */
import {
  type AdjustmentType,
  type AppraisalCriterion,
  type AppraisalResult,
  type AuthorityLevel,
  adjustmentTypeLabels,
  appraisalCriterionLabels,
  appraisalResultLabels,
  authorityLevelLabels,
  type DisbursementKind,
  type DocumentKind,
  disbursementKindLabels,
  documentKindLabels,
  type EvidenceCode,
  evidenceLabels,
  type FundingLevel,
  fundingLevelLabels,
  type LocalLevel,
  localLevelLabels,
  type ProgressMonthStatus,
  type ProjectFlag,
  type ProjectIndicator,
  type ProjectKind,
  type ProjectStatus,
  progressMonthStatusLabels,
  projectFlagLabels,
  projectIndicatorLabels,
  projectIndicatorUnitLabels,
  projectKindLabels,
  projectStatusLabels,
  type RoleCode,
  roleCodes,
  roles,
  type SelectionMethod,
  type SpendingCategory,
  type SupportActivity,
  selectionMethodLabels,
  spendingCategoryLabels,
  supportActivityLabels,
  type TransitionCode,
  transitionLabels,
} from "@kc/domain";

/** Timeline entries that are no workflow step: the record's creation, money and monthly reports. */
type RecordStep = "CREATE" | "MONEY_ADVANCE" | "MONEY_PAYMENT" | "MONEY_REFUND" | "PROGRESS_REPORT";

/** Every code group the projects screens label, typed by the domain's code unions: a new code needs a label. */
export type ProjectCodeLabels = {
  statuses: Record<ProjectStatus, string>;
  kinds: Record<ProjectKind, string>;
  fundingLevels: Record<FundingLevel, string>;
  localLevels: Record<LocalLevel, string>;
  selectionMethods: Record<SelectionMethod, string>;
  activities: Record<SupportActivity, string>;
  spendingCategories: Record<SpendingCategory, string>;
  adjustmentTypes: Record<AdjustmentType, string>;
  authorityLevels: Record<AuthorityLevel, string>;
  appraisalResults: Record<AppraisalResult, string>;
  appraisalCriteria: Record<AppraisalCriterion, string>;
  documentKinds: Record<DocumentKind, string>;
  evidence: Record<EvidenceCode, string>;
  indicators: Record<ProjectIndicator, string>;
  indicatorUnits: Record<ProjectIndicator, string>;
  steps: Record<TransitionCode | RecordStep, string>;
  /** Who recorded a timeline entry: a user's role, or the server itself. */
  roles: Record<RoleCode | "SYSTEM", string>;
  disbursementKinds: Record<DisbursementKind, string>;
  progressStatuses: Record<ProgressMonthStatus, string>;
  flags: Record<ProjectFlag, string>;
};

const roleLabels = Object.fromEntries(roleCodes.map((code) => [code, roles[code].labelVi])) as Record<
  RoleCode,
  string
>;

export const viProjectCodes: ProjectCodeLabels = {
  statuses: projectStatusLabels,
  kinds: projectKindLabels,
  fundingLevels: fundingLevelLabels,
  localLevels: localLevelLabels,
  selectionMethods: selectionMethodLabels,
  activities: supportActivityLabels,
  spendingCategories: spendingCategoryLabels,
  adjustmentTypes: adjustmentTypeLabels,
  authorityLevels: authorityLevelLabels,
  appraisalResults: appraisalResultLabels,
  appraisalCriteria: appraisalCriterionLabels,
  documentKinds: documentKindLabels,
  evidence: evidenceLabels,
  indicators: projectIndicatorLabels,
  indicatorUnits: projectIndicatorUnitLabels,
  // The timeline's shorter names for the first and last entries and the monthly report.
  steps: {
    ...transitionLabels,
    CREATE: "Lập đề án",
    CLOSE: "Kết thúc đề án",
    MONEY_ADVANCE: "Tạm ứng kinh phí",
    MONEY_PAYMENT: "Thanh toán kinh phí",
    MONEY_REFUND: "Thu hồi, hoàn trả kinh phí",
    PROGRESS_REPORT: "Báo cáo tiến độ",
  },
  // The timeline's actor column is narrow: "Đơn vị thực hiện" rather than the role's full name.
  roles: { ...roleLabels, IMPLEMENTER: "Đơn vị thực hiện", SYSTEM: "Hệ thống" },
  disbursementKinds: disbursementKindLabels,
  progressStatuses: progressMonthStatusLabels,
  flags: projectFlagLabels,
};
