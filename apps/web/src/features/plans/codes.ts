/**
 * Codes of the plans module, as the server sends them (packages/domain/src/plans/plan.constants.ts). Labels live
 * in locales/{vi,en}/plans.ts; the server's own Vietnamese label wins when it sends one.
 */
export const fundingSources = ["KCQG", "KCDP_TINH", "KCDP_HUYEN", "KCDP_XA", "COUNTERPART", "OTHER"] as const;
export type FundingSource = (typeof fundingSources)[number];

/** The plan table and the dashboard add the three local levels into one KCĐP column. */
export const sourceGroups = ["KCQG", "KCDP", "COUNTERPART", "OTHER"] as const;
export type SourceGroup = (typeof sourceGroups)[number];

export function sourceGroupOf(source: FundingSource): SourceGroup {
  if (source === "KCQG") return "KCQG";
  if (source.startsWith("KCDP")) return "KCDP";
  return source === "COUNTERPART" ? "COUNTERPART" : "OTHER";
}

/** Activity contents of Decree 45 Art. 4 (A1–A9) plus the programme's management costs. */
export const planContents = [
  "A1_DAO_TAO_NGHE",
  "A2_NANG_LUC_QUAN_LY",
  "A3_MO_HINH_CONG_NGHE",
  "A4_SAN_PHAM_THI_TRUONG",
  "A5_TU_VAN",
  "A6_THONG_TIN",
  "A7_LIEN_KET_CCN_MOI_TRUONG",
  "A8_HOP_TAC_QUOC_TE",
  "A9_NANG_LUC_KHUYEN_CONG",
  "QUAN_LY",
] as const;
export type PlanContent = (typeof planContents)[number];

/** The money indicator of reported figures: its values are đồng, the others are counts. */
export const BUDGET_EXEC = "BUDGET_EXEC";

/** Indicators offered when entering figures or targets, in the order the conference reports print them. */
export const reportedIndicators = [
  BUDGET_EXEC,
  "PRODUCTS_CERTIFIED",
  "FAIR_PARTICIPATIONS",
  "BOOTHS",
  "ESTAB_SUPPORTED",
  "TRAINEES",
  "MACHINERY_ESTAB",
  "DEMO_MODELS",
  "BRANDS",
  "FAIRS_ORGANISED",
  "SELECTION_ROUNDS",
  "CCN_PLANNING",
  "CCN_INFRA",
] as const;
export type ReportedIndicator = (typeof reportedIndicators)[number];

export const valueKinds = ["ACTUAL", "ESTIMATE"] as const;
export type ValueKind = (typeof valueKinds)[number];

export const programmeLevels = ["QUOC_GIA", "DIA_PHUONG"] as const;
export type ProgrammeLevel = (typeof programmeLevels)[number];

export const checkKinds = ["SUM", "PERCENT", "GROWTH"] as const;
export type CheckKind = (typeof checkKinds)[number];

/** The central agency's own plan and figures (not a province). */
export const CENTRAL_UNIT_ID = "TW";

/** First year offered in year pickers: Decree 45/2012 starts the current industrial-extension programmes. */
export const FIRST_YEAR = 2011;
