import { projectIndicators } from "../projects/indicators";
import { activityContentCodes } from "../projects/project.constants";

/**
 * Funding sources of an annual plan and of reported figures (DOMAIN §8.2: disaggregate everything by funding
 * source). Kinh phí khuyến công, the figure the conference reports quote, is KCQG + KCĐP; counterpart and other
 * money are shown beside it, never added to it.
 */
export const fundingSourceCodes = [
  "KCQG",
  "KCDP_TINH",
  "KCDP_HUYEN",
  "KCDP_XA",
  "COUNTERPART",
  "OTHER",
] as const;
export type FundingSource = (typeof fundingSourceCodes)[number];

export const fundingSourceLabels: Record<FundingSource, string> = {
  KCQG: "Khuyến công quốc gia",
  KCDP_TINH: "Khuyến công địa phương cấp tỉnh",
  KCDP_HUYEN: "Khuyến công địa phương cấp huyện",
  KCDP_XA: "Khuyến công địa phương cấp xã",
  COUNTERPART: "Vốn đối ứng",
  OTHER: "Nguồn khác",
};

export const sourceGroupCodes = ["KCQG", "KCDP", "COUNTERPART", "OTHER"] as const;
export type SourceGroup = (typeof sourceGroupCodes)[number];

export const sourceGroupLabels: Record<SourceGroup, string> = {
  KCQG: "Khuyến công quốc gia",
  KCDP: "Khuyến công địa phương",
  COUNTERPART: "Vốn đối ứng",
  OTHER: "Nguồn khác",
};

export function sourceGroupOf(source: string): SourceGroup {
  if (source === "KCQG") return "KCQG";
  if (source.startsWith("KCDP")) return "KCDP";
  return source === "COUNTERPART" ? "COUNTERPART" : "OTHER";
}

/** The sources whose sum is "kinh phí khuyến công". */
export const khuyenCongSources: readonly FundingSource[] = ["KCQG", "KCDP_TINH", "KCDP_HUYEN", "KCDP_XA"];

/** The source a project's money is booked to: its funding level, and for local money the level that pays. */
export function sourceOfProject(fundingLevel: string, localLevel: string | null): FundingSource {
  if (fundingLevel === "KCQG") return "KCQG";
  return localLevel === "HUYEN" ? "KCDP_HUYEN" : localLevel === "XA" ? "KCDP_XA" : "KCDP_TINH";
}

/** Plan lines are per activity content (Decree 45 Art. 4) plus the programme's management costs (F2). */
export const planContentCodes = [...activityContentCodes, "QUAN_LY"] as const;
export type PlanContent = (typeof planContentCodes)[number];

/** The central agency's own plan and figures; provincial units are admin-unit ids valid in the year. */
export const CENTRAL_UNIT_ID = "TW";
export const CENTRAL_UNIT_LABEL = "Trung ương (Cục)";

export const programmeLevelCodes = ["QUOC_GIA", "DIA_PHUONG"] as const;
export type ProgrammeLevel = (typeof programmeLevelCodes)[number];
export const programmeLevelLabels: Record<ProgrammeLevel, string> = {
  QUOC_GIA: "Chương trình khuyến công quốc gia",
  DIA_PHUONG: "Chương trình khuyến công địa phương",
};

/** DOMAIN §9.7 Q1: every reported value says whether it is an actual or an estimate ("ước thực hiện"). */
export const valueKindCodes = ["ACTUAL", "ESTIMATE"] as const;
export type ValueKind = (typeof valueKindCodes)[number];
export const valueKindLabels: Record<ValueKind, string> = { ACTUAL: "Thực hiện", ESTIMATE: "Ước thực hiện" };

/** Indicators a unit may report (DOMAIN §8.2): the budget executed, the project outputs and the counts of events. */
export const reportedIndicators = {
  BUDGET_EXEC: { labelVi: "Kinh phí khuyến công thực hiện", unitVi: "đồng" },
  ...projectIndicators,
  FAIRS_ORGANISED: { labelVi: "Số hội chợ, triển lãm được tổ chức", unitVi: "hội chợ" },
  SELECTION_ROUNDS: { labelVi: "Số cuộc bình chọn sản phẩm", unitVi: "cuộc" },
  SELECTION_ENTRIES: { labelVi: "Số sản phẩm tham gia bình chọn", unitVi: "sản phẩm" },
} as const;
export type ReportedIndicator = keyof typeof reportedIndicators;
export const reportedIndicatorCodes = Object.keys(reportedIndicators) as ReportedIndicator[];

/** Indicators the dashboard's outputs panel shows, in the order of the conference reports. */
export const outputIndicatorCodes = reportedIndicatorCodes.filter((code) => code !== "BUDGET_EXEC");
