/**
 * The codes product selection (bình chọn sản phẩm CNNT tiêu biểu, Circular 26/2014/TT-BCT, DOMAIN §3.6, §4.4, §9.6)
 * shares between its schema, its rules and its screens. Labels are the Vietnamese the officers use.
 */

/** Levels of a round (Art. 3.1). District rounds end with the districts on 2025-06-30; the ladder is configuration. */
export const selectionLevelCodes = ["HUYEN", "TINH", "KHU_VUC", "QUOC_GIA"] as const;
export type SelectionLevel = (typeof selectionLevelCodes)[number];
export const selectionLevelLabels: Record<SelectionLevel, string> = {
  HUYEN: "Cấp huyện",
  TINH: "Cấp tỉnh",
  KHU_VUC: "Cấp khu vực",
  QUOC_GIA: "Cấp quốc gia",
};

/** Product groups (Art. 5). */
export const productGroupCodes = ["G1", "G2", "G3", "G4"] as const;
export type ProductGroup = (typeof productGroupCodes)[number];
export const productGroupLabels: Record<ProductGroup, string> = {
  G1: "Thủ công mỹ nghệ",
  G2: "Chế biến nông, lâm, thủy sản và thực phẩm",
  G3: "Thiết bị, máy móc, dụng cụ và phụ tùng cơ khí",
  G4: "Sản phẩm khác",
};

/** Criteria groups of the point frame (Art. 7); the points of each are set per round, never here. */
export const criterionGroupCodes = ["C1", "C2", "C3", "C4"] as const;
export type CriterionGroup = (typeof criterionGroupCodes)[number];
export const criterionGroupLabels: Record<CriterionGroup, string> = {
  C1: "Khả năng đáp ứng thị trường và tiềm năng phát triển sản xuất",
  C2: "Hiệu quả kinh tế, kỹ thuật, xã hội và môi trường",
  C3: "Giá trị văn hóa, thẩm mỹ",
  C4: "Tiêu chí khác",
};

/** States of a round (DOMAIN §4.4), in the order a round goes through them. */
export const roundStatusCodes = [
  "PLANNED",
  "COUNCIL_FORMED",
  "CALL_OPEN",
  "JUDGING",
  "RESULTS_PROPOSED",
  "RECOGNISED",
  "COMPLAINT_WINDOW",
  "NOMINATED_UP",
  "CLOSED",
] as const;
export type RoundStatus = (typeof roundStatusCodes)[number];
export const roundStatusLabels: Record<RoundStatus, string> = {
  PLANNED: "Đã lập kế hoạch",
  COUNCIL_FORMED: "Đã thành lập hội đồng",
  CALL_OPEN: "Đang nhận hồ sơ",
  JUDGING: "Đang chấm điểm",
  RESULTS_PROPOSED: "Hội đồng đã đề nghị",
  RECOGNISED: "Đã công nhận",
  COMPLAINT_WINDOW: "Đang nhận khiếu nại",
  NOMINATED_UP: "Đã đề cử lên cấp trên",
  CLOSED: "Đã kết thúc",
};

/** Bodies a member sits on (Art. 8–11) and the roles within each. */
export const memberBodyCodes = ["COUNCIL", "JURY", "EXPERT"] as const;
export type MemberBody = (typeof memberBodyCodes)[number];
export const memberBodyLabels: Record<MemberBody, string> = {
  COUNCIL: "Hội đồng bình chọn",
  JURY: "Ban giám khảo",
  EXPERT: "Tổ chuyên gia",
};
export const memberRoleCodes = [
  "CHAIR",
  "STANDING_VICE_CHAIR",
  "VICE_CHAIR",
  "COUNCIL_MEMBER",
  "SECRETARY",
  "JURY_HEAD",
  "JURY_DEPUTY",
  "JUROR",
  "EXPERT",
] as const;
export type MemberRole = (typeof memberRoleCodes)[number];
export const memberRoleLabels: Record<MemberRole, string> = {
  CHAIR: "Chủ tịch hội đồng",
  STANDING_VICE_CHAIR: "Phó Chủ tịch thường trực",
  VICE_CHAIR: "Phó Chủ tịch",
  COUNCIL_MEMBER: "Ủy viên hội đồng",
  SECRETARY: "Thư ký hội đồng",
  JURY_HEAD: "Trưởng ban giám khảo",
  JURY_DEPUTY: "Phó trưởng ban giám khảo",
  JUROR: "Thành viên ban giám khảo",
  EXPERT: "Thành viên tổ chuyên gia",
};

/** Certificate states (§4.4, S5, S8). EXPIRED is derived from the date; REVOKED is recorded with its decision. */
export const certificateStatusCodes = ["VALID", "EXPIRED", "REVOKED"] as const;
export type CertificateStatus = (typeof certificateStatusCodes)[number];
export const certificateStatusLabels: Record<CertificateStatus, string> = {
  VALID: "Còn hiệu lực",
  EXPIRED: "Hết hiệu lực",
  REVOKED: "Đã thu hồi",
};

/** The states a certificate row records; EXPIRED is never stored, it is read from `valid_until` (S5). */
export const recordedCertificateStatusCodes = ["VALID", "REVOKED"] as const;
export type RecordedCertificateStatus = (typeof recordedCertificateStatusCodes)[number];

/** Which roles belong to which body: the schema's CHECK and the member input both read this. */
export const memberRolesByBody: Record<MemberBody, readonly MemberRole[]> = {
  COUNCIL: ["CHAIR", "STANDING_VICE_CHAIR", "VICE_CHAIR", "COUNCIL_MEMBER", "SECRETARY"],
  JURY: ["JURY_HEAD", "JURY_DEPUTY", "JUROR"],
  EXPERT: ["EXPERT"],
};

/** States of an entry (§9.6 S1, S2, S4): registered, checked, then proposed and recognised or not. */
export const entryStatusCodes = [
  "REGISTERED",
  "ELIGIBLE",
  "INELIGIBLE",
  "WITHDRAWN",
  "PROPOSED",
  "RECOGNISED",
  "NOT_RECOGNISED",
] as const;
export type EntryStatus = (typeof entryStatusCodes)[number];
export const entryStatusLabels: Record<EntryStatus, string> = {
  REGISTERED: "Đã đăng ký",
  ELIGIBLE: "Đủ điều kiện",
  INELIGIBLE: "Không đủ điều kiện",
  WITHDRAWN: "Đã rút",
  PROPOSED: "Được đề nghị công nhận",
  RECOGNISED: "Được công nhận",
  NOT_RECOGNISED: "Không được công nhận",
};

/** The three photos of an entry (front, side, top). */
export const photoAngleCodes = ["FRONT", "SIDE", "TOP"] as const;
export type PhotoAngle = (typeof photoAngleCodes)[number];
export const photoAngleLabels: Record<PhotoAngle, string> = {
  FRONT: "Mặt trước",
  SIDE: "Mặt bên",
  TOP: "Mặt trên",
};

/** Image types a photo may be uploaded as (checked from the bytes, not the name). */
export const photoMediaTypes = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoMediaType = (typeof photoMediaTypes)[number];

/** Dossier documents of an entry (Art. 12, Appendices 1, 2, 5). */
export const entryDocumentKindCodes = [
  "REGISTRATION_FORM",
  "PRODUCT_DESCRIPTION",
  "LOWER_CERTIFICATE",
  "RECOMMENDATION",
  "LEGAL_PAPERS",
  "OTHER",
] as const;
export type EntryDocumentKind = (typeof entryDocumentKindCodes)[number];
export const entryDocumentKindLabels: Record<EntryDocumentKind, string> = {
  REGISTRATION_FORM: "Phiếu đăng ký tham gia bình chọn",
  PRODUCT_DESCRIPTION: "Bản thuyết minh sản phẩm",
  LOWER_CERTIFICATE: "Giấy chứng nhận cấp dưới",
  RECOMMENDATION: "Văn bản đề nghị (giới thiệu) của cấp dưới",
  LEGAL_PAPERS: "Giấy tờ pháp lý của cơ sở",
  OTHER: "Tài liệu khác",
};

/** Complaints (S6): open until answered; upheld, rejected or withdrawn. */
/** S4: an entry's mean against the 70-point threshold, as the summary minute and its spreadsheet say it. */
export const scoreThresholdCodes = ["PASSES", "BELOW"] as const;
export type ScoreThreshold = (typeof scoreThresholdCodes)[number];
export const scoreThresholdLabels: Record<ScoreThreshold, string> = {
  PASSES: "Đạt (từ 70 điểm)",
  BELOW: "Không đạt (dưới 70 điểm)",
};

export const complaintStatusCodes = ["OPEN", "UPHELD", "REJECTED", "WITHDRAWN"] as const;
export type ComplaintStatus = (typeof complaintStatusCodes)[number];
export const complaintStatusLabels: Record<ComplaintStatus, string> = {
  OPEN: "Đang giải quyết",
  UPHELD: "Khiếu nại đúng",
  REJECTED: "Khiếu nại không đúng",
  WITHDRAWN: "Đã rút khiếu nại",
};

/** Dated entries of the working-day calendar: a holiday, or a Saturday/Sunday made a working day. */
export const calendarDayKindCodes = ["HOLIDAY", "WORKING_DAY"] as const;
export type CalendarDayKind = (typeof calendarDayKindCodes)[number];
export const calendarDayKindLabels: Record<CalendarDayKind, string> = {
  HOLIDAY: "Ngày nghỉ",
  WORKING_DAY: "Ngày làm việc bù",
};
