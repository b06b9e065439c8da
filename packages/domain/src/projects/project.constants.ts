/**
 * Codes and Vietnamese labels of support projects (đề án, nhiệm vụ khuyến công — DOMAIN.md §4, §9.2). Codes are
 * stable and unaccented; labels are what officers read. Document kinds live in `documents.constants.ts`.
 */

/** Loại đề án (DOMAIN §4.1, §9.2 ProjectKind). All four share one state machine. */
export const projectKindCodes = ["DE_AN_DON_LE", "DE_AN_DIEM", "DE_AN_NHOM", "NHIEM_VU"] as const;
export type ProjectKind = (typeof projectKindCodes)[number];

export const projectKindLabels: Record<ProjectKind, string> = {
  DE_AN_DON_LE: "Đề án (đơn lẻ)",
  DE_AN_DIEM: "Đề án khuyến công quốc gia điểm",
  DE_AN_NHOM: "Đề án lập theo nhóm",
  NHIEM_VU: "Nhiệm vụ khuyến công",
};

/** Cấp kinh phí: national funds run the §4.2 machine, local funds a configured subset of it (§4.3). */
export const fundingLevelCodes = ["KCQG", "KCDP"] as const;
export type FundingLevel = (typeof fundingLevelCodes)[number];

export const fundingLevelLabels: Record<FundingLevel, string> = {
  KCQG: "Khuyến công quốc gia",
  KCDP: "Khuyến công địa phương",
};

/** Cấp quản lý của kinh phí địa phương; the district tier ended on 2025-06-30 (DOMAIN §7). */
export const localLevelCodes = ["TINH", "HUYEN", "XA"] as const;
export type LocalLevel = (typeof localLevelCodes)[number];

export const localLevelLabels: Record<LocalLevel, string> = {
  TINH: "Cấp tỉnh",
  HUYEN: "Cấp huyện",
  XA: "Cấp xã",
};

/** Phương thức (Circ. 36/2013 Art. 3). */
export const selectionMethodCodes = ["XET_CHON", "DAU_THAU", "GIAO_NHIEM_VU"] as const;
export type SelectionMethod = (typeof selectionMethodCodes)[number];

export const selectionMethodLabels: Record<SelectionMethod, string> = {
  XET_CHON: "Xét chọn",
  DAU_THAU: "Đấu thầu",
  GIAO_NHIEM_VU: "Giao nhiệm vụ/đặt hàng",
};

/** Trạng thái đề án (DOMAIN §4.2, §9.2 ProjectStatus), labels exactly as §9.2 gives them. */
export const projectStatusCodes = [
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
export type ProjectStatus = (typeof projectStatusCodes)[number];

export const projectStatusLabels: Record<ProjectStatus, string> = {
  DRAFT: "Đang lập",
  SUBMITTED_BASE: "Đã gửi Sở",
  RETURNED: "Trả lại bổ sung",
  REJECTED_BASE: "Không đạt thẩm định cơ sở",
  BASE_APPRAISED: "Đã thẩm định cấp cơ sở",
  SUBMITTED_CENTRAL: "Đã đăng ký với Cục",
  REJECTED_CENTRAL: "Không đạt thẩm định cấp Bộ",
  CENTRAL_APPRAISED: "Đã thẩm định cấp Bộ",
  NOT_FUNDED: "Không bố trí kinh phí",
  IN_APPROVED_PLAN: "Trong kế hoạch được duyệt",
  ASSIGNED: "Đã giao kế hoạch",
  PLAN_DETAILED: "Đã duyệt kế hoạch triển khai",
  TENDERING: "Đang đấu thầu",
  CONTRACTED: "Đã ký hợp đồng",
  IN_PROGRESS: "Đang triển khai",
  ADJUSTMENT_PENDING: "Chờ điều chỉnh",
  CARRIED_OVER: "Gia hạn sang năm sau",
  STOPPED: "Ngừng triển khai",
  COMPLETED_PENDING_ACCEPTANCE: "Chờ nghiệm thu",
  ACCEPTED: "Đã nghiệm thu cơ sở",
  SETTLEMENT_FILED: "Đã lập hồ sơ quyết toán",
  LIQUIDATED_SETTLED: "Đã thanh lý, quyết toán",
  PARTIALLY_SETTLED: "Quyết toán theo khối lượng",
  CLOSED: "Kết thúc",
};

/** States with no way out: a rejected or unfunded dossier is proposed again next year as a new project. */
export const terminalStatuses: readonly ProjectStatus[] = [
  "REJECTED_BASE",
  "REJECTED_CENTRAL",
  "NOT_FUNDED",
  "CLOSED",
];

/** Nội dung hoạt động (Decree 45/2012 Art. 4); the same codes as the reference catalogue ACTIVITY_CONTENT. */
export const activityContentCodes = [
  "A1_DAO_TAO_NGHE",
  "A2_NANG_LUC_QUAN_LY",
  "A3_MO_HINH_CONG_NGHE",
  "A4_SAN_PHAM_THI_TRUONG",
  "A5_TU_VAN",
  "A6_THONG_TIN",
  "A7_LIEN_KET_CCN_MOI_TRUONG",
  "A8_HOP_TAC_QUOC_TE",
  "A9_NANG_LUC_KHUYEN_CONG",
] as const;
export type ActivityContent = (typeof activityContentCodes)[number];

/**
 * Nội dung chi of an estimate line (Form 1): Joint Circ. 26/2014 Art. 5 lists items 1–9 mirroring Decree 45
 * Art. 4, plus item 10 "other expenses" (DOMAIN §3.5.1). The cap of a line comes from its norm code, not from
 * this category.
 */
export const spendingCategoryCodes = [
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
export type SpendingCategory = (typeof spendingCategoryCodes)[number];

export const spendingCategoryLabels: Record<SpendingCategory, string> = {
  DAO_TAO_NGHE: "Chi đào tạo nghề, truyền nghề",
  NANG_LUC_QUAN_LY: "Chi nâng cao năng lực quản lý, SXSH, khởi sự doanh nghiệp, mở rộng thị trường",
  MO_HINH_CONG_NGHE: "Chi mô hình trình diễn, chuyển giao công nghệ, ứng dụng máy móc thiết bị",
  SAN_PHAM_THI_TRUONG: "Chi bình chọn sản phẩm, hội chợ triển lãm, thương hiệu, phòng trưng bày",
  TU_VAN: "Chi tư vấn, trợ giúp cơ sở công nghiệp nông thôn",
  THONG_TIN: "Chi cung cấp thông tin, tuyên truyền",
  LIEN_KET_CCN_MOI_TRUONG: "Chi liên kết, hiệp hội, cụm công nghiệp, di dời, xử lý ô nhiễm",
  HOP_TAC_QUOC_TE: "Chi hợp tác quốc tế về khuyến công",
  NANG_LUC_KHUYEN_CONG: "Chi nâng cao năng lực và quản lý hoạt động khuyến công",
  CHI_KHAC: "Chi khác",
};

/** Loại điều chỉnh (Circ. 36/2013 Art. 11; DOMAIN §9.2 AdjustmentType). Approvers: `adjustment.ts`. */
export const adjustmentTypeCodes = [
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
export type AdjustmentType = (typeof adjustmentTypeCodes)[number];

export const adjustmentTypeLabels: Record<AdjustmentType, string> = {
  TANG_KINH_PHI: "Tăng tổng mức hỗ trợ",
  DOI_NOI_DUNG: "Thay đổi nội dung hoạt động",
  GIA_HAN_NAM_SAU: "Gia hạn sang năm sau",
  BO_SUNG_DE_AN: "Bổ sung đề án",
  NGUNG_DE_AN: "Ngừng triển khai",
  DOI_DIA_DIEM: "Thay đổi địa điểm",
  DOI_THU_HUONG: "Thay đổi đơn vị thụ hưởng",
  DOI_PHOI_HOP: "Thay đổi đơn vị phối hợp",
  DOI_THOI_GIAN_TRONG_NAM: "Thay đổi thời gian trong năm tài chính",
  GIAM_KINH_PHI: "Giảm kinh phí",
  KHAC: "Khác",
};

/**
 * Who records a transition in the system, as abstract kinds the server maps to roles and data scopes.
 * `implementer` is staff of this project's implementing organisation, whatever its role (often the provincial
 * KC centre itself). `provincial` is any staff of the DoIT or provincial KC centre managing the project;
 * `provincialLeader` only its leaders (a DoIT Director's decision); likewise `central` / `centralLeader` for
 * the central agency. `system` is a step the server takes by itself once its guards hold.
 */
export const actorKindCodes = [
  "implementer",
  "provincial",
  "provincialLeader",
  "central",
  "centralLeader",
  "system",
] as const;
export type ActorKind = (typeof actorKindCodes)[number];

export const actorKindLabels: Record<ActorKind, string> = {
  implementer: "Đơn vị thực hiện đề án",
  provincial: "Sở Công Thương / Trung tâm khuyến công tỉnh",
  provincialLeader: "Lãnh đạo Sở Công Thương",
  central: "Cục (cơ quan quản lý khuyến công trung ương)",
  centralLeader: "Lãnh đạo Cục",
  system: "Hệ thống tự động",
};

/**
 * Who signs the decision behind a step (cấp có thẩm quyền). Distinct from the actor: a Minister's decision is
 * recorded by central-agency staff, a provincial People's Committee decision by DoIT staff.
 */
export const authorityLevelCodes = [
  "MINISTER",
  "CENTRAL_AGENCY_DG",
  "PROVINCIAL_PC_CHAIR",
  "DOIT_DIRECTOR",
  "IMPLEMENTER_HEAD",
] as const;
export type AuthorityLevel = (typeof authorityLevelCodes)[number];

export const authorityLevelLabels: Record<AuthorityLevel, string> = {
  MINISTER: "Bộ trưởng Bộ Công Thương",
  CENTRAL_AGENCY_DG: "Cục trưởng Cục quản lý khuyến công",
  PROVINCIAL_PC_CHAIR: "Chủ tịch Ủy ban nhân dân tỉnh",
  DOIT_DIRECTOR: "Giám đốc Sở Công Thương",
  IMPLEMENTER_HEAD: "Thủ trưởng đơn vị thực hiện",
};

/** Kết quả thẩm định (DOMAIN §9.1 Appraisal.result). */
export const appraisalResultCodes = ["DAT", "KHONG_DAT", "BO_SUNG"] as const;
export type AppraisalResult = (typeof appraisalResultCodes)[number];

export const appraisalResultLabels: Record<AppraisalResult, string> = {
  DAT: "Đạt",
  KHONG_DAT: "Không đạt",
  BO_SUNG: "Cần bổ sung",
};

/** Tiêu chí thẩm định (Circ. 36/2013 Art. 9), kept as an appraisal checklist. */
export const appraisalCriterionCodes = [
  "PHU_HOP_NGUYEN_TAC",
  "MUC_TIEU_HIEU_QUA_KINH_PHI",
  "NANG_LUC_DON_VI",
  "LONG_GHEP_CHUONG_TRINH",
  "HO_SO_DAY_DU",
] as const;
export type AppraisalCriterion = (typeof appraisalCriterionCodes)[number];

export const appraisalCriterionLabels: Record<AppraisalCriterion, string> = {
  PHU_HOP_NGUYEN_TAC: "Phù hợp nguyên tắc xây dựng kế hoạch (Điều 4)",
  MUC_TIEU_HIEU_QUA_KINH_PHI: "Mục tiêu, sự cần thiết, hiệu quả; tính hợp lý của kinh phí và nguồn lực",
  NANG_LUC_DON_VI: "Năng lực của đơn vị thực hiện, phối hợp và thụ hưởng",
  LONG_GHEP_CHUONG_TRINH: "Khả năng lồng ghép với các chương trình khác",
  HO_SO_DAY_DU: "Tính đầy đủ của hồ sơ",
};
