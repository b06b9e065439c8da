import {
  calendarDayKindLabels,
  complaintStatusLabels,
  criterionGroupLabels,
  entryDocumentKindLabels,
  entryStatusLabels,
  memberBodyLabels,
  memberRoleLabels,
  photoAngleLabels,
  productGroupLabels,
  roundStatusLabels,
  selectionLevelLabels,
} from "../selection/selection.codes";

/**
 * Audit labels of the product-selection entities (issue 16): the `entity` names their audit rows carry, and what
 * each snapshot field means in words. The use cases write these entity names; audit-fields.ts merges the labels.
 */
export const selectionAuditEntities = {
  round: "selection_round",
  member: "selection_member",
  frame: "selection_frame",
  entry: "selection_entry",
  photo: "selection_entry_photo",
  entryDocument: "selection_entry_document",
  scoreSheet: "selection_score_sheet",
  complaint: "selection_complaint",
  certificate: "selection_certificate",
  holderReport: "certificate_holder_report",
  calendarDay: "calendar_day",
} as const;

type Format =
  | { kind: "text" }
  | { kind: "money" }
  | { kind: "number" }
  | { kind: "year" }
  | { kind: "skip" }
  | { kind: "codes"; labels: Readonly<Record<string, string>> }
  | { kind: "reference"; to: "adminUnit" | "organisation" | "user" };
type Fields = Record<string, { label: string; format?: Format }>;

const codes = (labels: Readonly<Record<string, string>>): Format => ({ kind: "codes", labels });
const skip: Format = { kind: "skip" };
const number: Format = { kind: "number" };
const regionLabels = { BAC: "Miền Bắc", TRUNG_TAY_NGUYEN: "Miền Trung – Tây Nguyên", NAM: "Miền Nam" };
const recordedCertificateLabels = { VALID: "Còn hiệu lực", REVOKED: "Đã thu hồi" };

const decisionFields: Fields = {
  planDecisionNumber: { label: "Số quyết định phê duyệt kế hoạch" },
  planDecisionOn: { label: "Ngày quyết định phê duyệt kế hoạch" },
  planDecisionSigner: { label: "Người ký kế hoạch" },
  planDecisionFileId: { label: "Tệp kế hoạch", format: skip },
  decisionNumber: { label: "Số quyết định" },
  decisionOn: { label: "Ngày quyết định" },
  decisionSigner: { label: "Người ký quyết định" },
};

export const selectionEntityFields: Record<string, Fields> = {
  [selectionAuditEntities.round]: {
    code: { label: "Mã đợt bình chọn" },
    title: { label: "Tên đợt bình chọn" },
    level: { label: "Cấp bình chọn", format: codes(selectionLevelLabels) },
    regionCode: { label: "Khu vực", format: codes(regionLabels) },
    districtUnitId: { label: "Huyện", format: { kind: "reference", to: "adminUnit" } },
    year: { label: "Năm bình chọn", format: { kind: "year" } },
    organiserOrgId: { label: "Cơ quan tổ chức", format: { kind: "reference", to: "organisation" } },
    organiserName: { label: "Cơ quan tổ chức" },
    fundingProjectId: { label: "Đề án chi kinh phí", format: skip },
    status: { label: "Trạng thái", format: codes(roundStatusLabels) },
    frameApprovedAt: { label: "Ngày phê duyệt khung điểm" },
    scoringClosedAt: { label: "Thời điểm khóa chấm điểm" },
    resultsNotifiedOn: { label: "Ngày thông báo kết quả" },
    complaintWindowEndsOn: { label: "Hạn nhận khiếu nại" },
    ...decisionFields,
  },
  [selectionAuditEntities.member]: {
    body: { label: "Thuộc", format: codes(memberBodyLabels) },
    role: { label: "Chức danh", format: codes(memberRoleLabels) },
    fullName: { label: "Họ và tên" },
    position: { label: "Chức vụ" },
    organisationName: { label: "Cơ quan công tác" },
    userId: { label: "Tài khoản đăng nhập", format: { kind: "reference", to: "user" } },
    conflictEstablishmentIds: { label: "Cơ sở có liên quan (không được chấm)" },
    active: { label: "Đang tham gia" },
  },
  [selectionAuditEntities.frame]: {
    criteria: { label: "Các tiêu chí" },
    criterionGroup: { label: "Nhóm tiêu chí", format: codes(criterionGroupLabels) },
    label: { label: "Tên tiêu chí" },
    maxPoints: { label: "Điểm tối đa", format: number },
  },
  [selectionAuditEntities.entry]: {
    establishmentId: { label: "Cơ sở", format: skip },
    productName: { label: "Tên sản phẩm" },
    isSet: { label: "Bộ sản phẩm" },
    productGroup: { label: "Nhóm sản phẩm", format: codes(productGroupLabels) },
    description: { label: "Mô tả" },
    eligibilityResult: { label: "Kết quả xét điều kiện" },
    lowerCertificateId: { label: "Giấy chứng nhận cấp dưới", format: skip },
    recommendationText: { label: "Văn bản đề nghị thay thế" },
    status: { label: "Trạng thái", format: codes(entryStatusLabels) },
    meanScore: { label: "Điểm trung bình", format: number },
    rank: { label: "Xếp hạng", format: number },
    proposed: { label: "Được đề nghị công nhận" },
  },
  [selectionAuditEntities.photo]: {
    angle: { label: "Góc chụp", format: codes(photoAngleLabels) },
    width: { label: "Chiều rộng (điểm ảnh)", format: number },
    height: { label: "Chiều cao (điểm ảnh)", format: number },
  },
  [selectionAuditEntities.entryDocument]: {
    kind: { label: "Loại tài liệu", format: codes(entryDocumentKindLabels) },
    name: { label: "Tên tài liệu" },
  },
  [selectionAuditEntities.scoreSheet]: {
    memberId: { label: "Giám khảo", format: skip },
    entryId: { label: "Sản phẩm", format: skip },
    total: { label: "Tổng điểm", format: number },
    scores: { label: "Điểm từng tiêu chí" },
    note: { label: "Nhận xét" },
  },
  [selectionAuditEntities.complaint]: {
    filedOn: { label: "Ngày gửi" },
    filedByName: { label: "Người khiếu nại" },
    content: { label: "Nội dung" },
    receivedOn: { label: "Ngày nhận" },
    dueOn: { label: "Hạn giải quyết" },
    status: { label: "Trạng thái", format: codes(complaintStatusLabels) },
    resolution: { label: "Nội dung trả lời" },
    resolvedOn: { label: "Ngày giải quyết" },
  },
  [selectionAuditEntities.certificate]: {
    number: { label: "Số giấy chứng nhận" },
    level: { label: "Cấp", format: codes(selectionLevelLabels) },
    productName: { label: "Tên sản phẩm" },
    establishmentName: { label: "Cơ sở" },
    productGroup: { label: "Nhóm sản phẩm", format: codes(productGroupLabels) },
    issuedOn: { label: "Ngày cấp" },
    validUntil: { label: "Hiệu lực đến" },
    status: { label: "Trạng thái", format: codes(recordedCertificateLabels) },
    revokedOn: { label: "Ngày thu hồi" },
    revokingDecisionNumber: { label: "Số quyết định thu hồi" },
    revokingDecisionOn: { label: "Ngày quyết định thu hồi" },
    revokedReason: { label: "Lý do thu hồi" },
    publicId: { label: "Mã tra cứu công khai", format: skip },
    ...decisionFields,
  },
  [selectionAuditEntities.holderReport]: {
    year: { label: "Năm báo cáo", format: { kind: "year" } },
    supportReceived: { label: "Kinh phí hỗ trợ đã nhận", format: { kind: "money" } },
    revenue: { label: "Doanh thu", format: { kind: "money" } },
    notes: { label: "Ghi chú" },
  },
  [selectionAuditEntities.calendarDay]: {
    date: { label: "Ngày" },
    kind: { label: "Loại ngày", format: codes(calendarDayKindLabels) },
    name: { label: "Tên ngày" },
    decisionRef: { label: "Văn bản quyết định" },
  },
};
