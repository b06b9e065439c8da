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
