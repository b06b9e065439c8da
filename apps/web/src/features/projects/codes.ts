/**
 * Codes of the projects module, mirrored from `@kc/domain` (projects/project.constants.ts, documents.constants.ts,
 * support-activities.data.ts, indicators.ts), which the web package does not depend on. Their labels live in the
 * locales (`projects.codes.*`); the order here is the order of select boxes.
 */

export const projectStatuses = [
  "DRAFT",
  "SUBMITTED_BASE",
  "RETURNED",
  "REJECTED_BASE",
  "BASE_APPRAISED",
  "SUBMITTED_CENTRAL",
  "REJECTED_CENTRAL",
  "CENTRAL_APPRAISED",
  "NOT_FUNDED",
  "IN_APPROVED_PLAN",
  "ASSIGNED",
  "PLAN_DETAILED",
  "TENDERING",
  "CONTRACTED",
  "IN_PROGRESS",
  "ADJUSTMENT_PENDING",
  "CARRIED_OVER",
  "STOPPED",
  "COMPLETED_PENDING_ACCEPTANCE",
  "ACCEPTED",
  "SETTLEMENT_FILED",
  "LIQUIDATED_SETTLED",
  "PARTIALLY_SETTLED",
  "CLOSED",
] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** Columns of the board: the phases of DOMAIN §4.2, each a group of statuses. */
export const statusGroups = {
  proposal: ["DRAFT", "RETURNED", "SUBMITTED_BASE"],
  appraisal: ["BASE_APPRAISED", "SUBMITTED_CENTRAL", "CENTRAL_APPRAISED"],
  plan: ["IN_APPROVED_PLAN", "ASSIGNED", "PLAN_DETAILED", "TENDERING"],
  execution: ["CONTRACTED", "IN_PROGRESS", "ADJUSTMENT_PENDING", "CARRIED_OVER"],
  settlement: [
    "COMPLETED_PENDING_ACCEPTANCE",
    "ACCEPTED",
    "SETTLEMENT_FILED",
    "LIQUIDATED_SETTLED",
    "PARTIALLY_SETTLED",
  ],
  ended: ["CLOSED", "STOPPED", "REJECTED_BASE", "REJECTED_CENTRAL", "NOT_FUNDED"],
} as const satisfies Record<string, readonly ProjectStatus[]>;
export type StatusGroup = keyof typeof statusGroups;
export const statusGroupKeys = Object.keys(statusGroups) as StatusGroup[];

export function statusGroupOf(status: string): StatusGroup {
  return (
    statusGroupKeys.find((group) => (statusGroups[group] as readonly string[]).includes(status)) ?? "ended"
  );
}

/** Tag colour of a status, by its phase; refusals and stops in red. */
export function statusColor(status: string): string {
  if (["REJECTED_BASE", "REJECTED_CENTRAL", "NOT_FUNDED", "STOPPED"].includes(status)) return "red";
  if (status === "RETURNED" || status === "ADJUSTMENT_PENDING") return "orange";
  const colors: Record<StatusGroup, string> = {
    proposal: "default",
    appraisal: "cyan",
    plan: "geekblue",
    execution: "blue",
    settlement: "purple",
    ended: "green",
  };
  return colors[statusGroupOf(status)];
}

export const projectKinds = ["DE_AN_DON_LE", "DE_AN_DIEM", "DE_AN_NHOM", "NHIEM_VU"] as const;
export const fundingLevels = ["KCQG", "KCDP"] as const;
export type FundingLevel = (typeof fundingLevels)[number];
export const localLevels = ["TINH", "HUYEN", "XA"] as const;
export const selectionMethods = ["XET_CHON", "DAU_THAU", "GIAO_NHIEM_VU"] as const;

export const spendingCategories = [
  "DAO_TAO_NGHE",
  "NANG_LUC_QUAN_LY",
  "MO_HINH_CONG_NGHE",
  "SAN_PHAM_THI_TRUONG",
  "TU_VAN",
  "THONG_TIN",
  "LIEN_KET_CCN_MOI_TRUONG",
  "HOP_TAC_QUOC_TE",
  "NANG_LUC_KHUYEN_CONG",
  "CHI_KHAC",
] as const;

export const adjustmentTypes = [
  "TANG_KINH_PHI",
  "DOI_NOI_DUNG",
  "GIA_HAN_NAM_SAU",
  "BO_SUNG_DE_AN",
  "NGUNG_DE_AN",
  "DOI_DIA_DIEM",
  "DOI_THU_HUONG",
  "DOI_PHOI_HOP",
  "DOI_THOI_GIAN_TRONG_NAM",
  "GIAM_KINH_PHI",
  "KHAC",
] as const;

export const authorityLevels = [
  "MINISTER",
  "CENTRAL_AGENCY_DG",
  "PROVINCIAL_PC_CHAIR",
  "DOIT_DIRECTOR",
  "IMPLEMENTER_HEAD",
] as const;

export const appraisalResults = ["DAT", "KHONG_DAT", "BO_SUNG"] as const;
export type AppraisalResult = (typeof appraisalResults)[number];
export const appraisalCriteria = [
  "PHU_HOP_NGUYEN_TAC",
  "MUC_TIEU_HIEU_QUA_KINH_PHI",
  "NANG_LUC_DON_VI",
  "LONG_GHEP_CHUONG_TRINH",
  "HO_SO_DAY_DU",
] as const;

export const documentKinds = [
  "CONG_VAN_DE_NGHI",
  "DON_DE_NGHI_HO_TRO",
  "VAN_BAN_YEU_CAU_BO_SUNG",
  "PHIEU_THAM_DINH_4A",
  "PHIEU_THAM_DINH_4B",
  "BIEU_TONG_HOP_2",
  "BAO_CAO_DANG_KY",
  "BIEN_BAN_THAM_DINH",
  "QD_PHE_DUYET_KE_HOACH",
  "THONG_BAO",
  "QD_GIAO_KE_HOACH",
  "KE_HOACH_11",
  "QD_KE_HOACH_LCNT",
  "QD_KET_QUA_DAU_THAU",
  "HOP_DONG",
  "QD_GIAO_NHIEM_VU",
  "DE_NGHI_TAM_UNG",
  "BAO_CAO_TIEN_DO_3A",
  "BAO_CAO_KHOI_LUONG_3B",
  "BAO_CAO_TONG_KET",
  "VAN_BAN_DE_NGHI_DIEU_CHINH",
  "XAC_NHAN_CUA_SO",
  "QD_DIEU_CHINH",
  "PHU_LUC_HOP_DONG",
  "VAN_BAN_TRA_LOI",
  "QD_NGUNG",
  "QD_GIA_HAN",
  "BIEN_BAN_NGHIEM_THU_5A",
  "BIEN_BAN_NGHIEM_THU_5B",
  "BIEN_BAN_NGHIEM_THU_5C",
  "BIEN_BAN_XAC_NHAN_KHOI_LUONG",
  "HO_SO_QUYET_TOAN",
  "BIEN_BAN_THANH_LY_6",
  "QD_PHE_DUYET_QUYET_TOAN",
  "BANG_DOI_CHIEU_10",
  "CHUNG_TU_HOAN_TRA",
  "KHAC",
] as const;

/** Support activities (DOMAIN §5) and the evidence their acceptance needs (Circ. 36/2013 Art. 14). */
export const activityEvidence = {
  DAO_TAO_NGHE: ["QD_CAP_CHUNG_CHI", "DS_HOC_VIEN_CHUNG_CHI", "DS_LAO_DONG_CO_VIEC_LAM"],
  KHOI_SU_DOANH_NGHIEP: ["GIAY_DANG_KY_DOANH_NGHIEP"],
  NANG_LUC_QUAN_LY: ["DS_THAM_DU_KY_NHAN", "TAI_LIEU_GIAO_TRINH"],
  KHAO_SAT_NUOC_NGOAI: ["VE_MAY_BAY", "QD_CU_DOAN"],
  MO_HINH_CONG_NGHE_MOI: ["HOA_DON_HANG_MUC", "DS_THAM_DU_TRINH_DIEN", "THUYET_MINH_MO_HINH"],
  MO_HINH_CO_SO_HIEU_QUA: ["HOA_DON_HANG_MUC", "DS_THAM_DU_TRINH_DIEN", "THUYET_MINH_MO_HINH"],
  MAY_MOC_THIET_BI: ["HD_MUA_BAN", "BB_NGHIEM_THU_THANH_LY"],
  CHUYEN_GIAO_CONG_NGHE: ["HD_CHUYEN_GIAO", "BB_NGHIEM_THU_THANH_LY"],
  SAN_XUAT_SACH_HON: ["BC_DANH_GIA_SXSH"],
  TO_CHUC_HOI_CHO: ["DS_THUE_GIAN_HANG", "HD_THUE_GIAN_HANG"],
  THAM_GIA_HOI_CHO: ["DS_CO_SO_DUOC_HO_TRO", "HD_THUE_GIAN_HANG", "HOA_DON_HANG_MUC"],
  BINH_CHON_SAN_PHAM: ["QD_HOI_DONG_GIAM_KHAO", "QD_CONG_NHAN_GIAI_THUONG"],
  THUONG_HIEU: ["GCN_NHAN_HIEU", "KE_HOACH_THUONG_HIEU", "BANG_KE_CHUNG_TU"],
  PHONG_TRUNG_BAY: ["HD_CUNG_CAP_DICH_VU", "BB_NGHIEM_THU_THANH_LY"],
  TU_VAN: ["HD_TU_VAN", "BB_NGHIEM_THU_THANH_LY", "SAN_PHAM_TU_VAN", "BANG_KE_CHUNG_TU"],
  TRUYEN_THONG: ["HD_CUNG_CAP_DICH_VU", "BB_NGHIEM_THU_THANH_LY", "SAN_PHAM_MAU"],
  HIEP_HOI: ["QD_THANH_LAP_DIEU_LE", "DS_HOI_VIEN", "BANG_KE_CHUNG_TU"],
  CUM_LIEN_KET: ["QD_PHE_DUYET_CUM_LIEN_KET", "BANG_KE_CHUNG_TU"],
  QUY_HOACH_CCN: ["QD_PHE_DUYET_QUY_HOACH", "BANG_KE_CHUNG_TU"],
  HA_TANG_CCN: ["BB_DUA_VAO_SU_DUNG"],
  XU_LY_O_NHIEM_CCN: ["BB_DUA_VAO_SU_DUNG", "XAC_NHAN_DAT_CHUAN"],
  XU_LY_O_NHIEM_CO_SO: ["BB_DUA_VAO_SU_DUNG", "XAC_NHAN_DAT_CHUAN"],
  DI_DOI_LAI_SUAT: ["HD_TIN_DUNG", "CHUNG_TU_TRA_LAI"],
  NANG_LUC_KHUYEN_CONG: [],
} as const satisfies Record<string, readonly string[]>;
export const supportActivities = Object.keys(activityEvidence) as (keyof typeof activityEvidence)[];

export const evidenceCodes = [
  "QD_CAP_CHUNG_CHI",
  "DS_HOC_VIEN_CHUNG_CHI",
  "DS_LAO_DONG_CO_VIEC_LAM",
  "GIAY_DANG_KY_DOANH_NGHIEP",
  "DS_THAM_DU_KY_NHAN",
  "TAI_LIEU_GIAO_TRINH",
  "HOA_DON_HANG_MUC",
  "DS_THAM_DU_TRINH_DIEN",
  "THUYET_MINH_MO_HINH",
  "HD_MUA_BAN",
  "HD_CHUYEN_GIAO",
  "HD_TU_VAN",
  "HD_CUNG_CAP_DICH_VU",
  "BB_NGHIEM_THU_THANH_LY",
  "SAN_PHAM_TU_VAN",
  "BANG_KE_CHUNG_TU",
  "BC_DANH_GIA_SXSH",
  "DS_THUE_GIAN_HANG",
  "DS_CO_SO_DUOC_HO_TRO",
  "HD_THUE_GIAN_HANG",
  "VE_MAY_BAY",
  "QD_CU_DOAN",
  "QD_HOI_DONG_GIAM_KHAO",
  "QD_CONG_NHAN_GIAI_THUONG",
  "GCN_NHAN_HIEU",
  "KE_HOACH_THUONG_HIEU",
  "QUY_CHE_NHAN_HIEU_TAP_THE",
  "SAN_PHAM_MAU",
  "GIAY_PHEP_WEBSITE",
  "QD_THANH_LAP_DIEU_LE",
  "DS_HOI_VIEN",
  "QD_PHE_DUYET_CUM_LIEN_KET",
  "QD_PHE_DUYET_QUY_HOACH",
  "BB_DUA_VAO_SU_DUNG",
  "XAC_NHAN_DAT_CHUAN",
  "KIEM_TOAN_DOC_LAP",
  "HD_TIN_DUNG",
  "CHUNG_TU_TRA_LAI",
] as const;

/** Evidence the acceptance of a project with these activities needs, without repeats. */
export function evidenceFor(activities: readonly string[]): string[] {
  const table = activityEvidence as Record<string, readonly string[]>;
  return [...new Set(activities.flatMap((code) => table[code] ?? []))];
}

export const projectIndicators = [
  "ESTAB_SUPPORTED",
  "TRAINEES",
  "DEMO_MODELS",
  "MACHINERY_ESTAB",
  "TECH_TRANSFER",
  "SXSH_ASSESS",
  "BOOTHS",
  "FAIR_PARTICIPATIONS",
  "PRODUCTS_CERTIFIED",
  "BRANDS",
  "SHOWROOMS",
  "CONSULTING",
  "CCN_PLANNING",
  "CCN_INFRA",
  "POLLUTION",
  "RELOCATION",
  "MEDIA",
  "EVENTS",
] as const;

export const disbursementKinds = ["ADVANCE", "PAYMENT", "REFUND"] as const;
export type DisbursementKind = (typeof disbursementKinds)[number];

/** Steps whose form asks for more than dates and documents. */
export const stepsWithAppraisal = ["APPRAISE_BASE", "APPRAISE_CENTRAL", "REJECT_BASE", "REJECT_CENTRAL"];
export const stepsWithContractSupport = ["SIGN_CONTRACT", "SIGN_LOCAL_CONTRACT", "AWARD_TENDER"];
/** An approved change of the total support may carry the new contracted amount (optional). */
export const stepsWithOptionalContractSupport = ["APPROVE_ADJUSTMENT"];
export const stepsWithAdjustmentTypes = ["REQUEST_ADJUSTMENT"];
export const stepsWithAcceptedSpend = ["ACCEPT", "SETTLE_PARTIAL"];

/** Project sort values the list API accepts. */
export const projectSorts = ["-planYear", "planYear", "code", "-updatedAt"] as const;
export type ProjectSort = (typeof projectSorts)[number];
