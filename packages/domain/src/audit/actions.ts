import type { Ability } from "../access/index";
import { projectStepLabel, type TransitionCode } from "../projects/index";

/**
 * The audit trail's action codes, one union for every row the server writes (STYLE.md "Audit trail": a typed
 * event enum). Naming rule: `<THING>_<PAST PARTICIPLE>` (`USER_CREATED`, `ANNUAL_PLAN_REVISED`); whether it
 * worked is the row's `outcome`, so an attempt that can fail is named for the attempt (`SIGN_IN_ATTEMPTED`).
 * Two families carry a parameter after a colon: `PROJECT_STEP_TAKEN:<step>` (the transition table names the step)
 * and `DENIED:<what was refused>` (an ability, or an operation checked on the record itself).
 */
export type Labels = { vi: string; en: string };

export const fixedAuditActionLabels = {
  SIGN_IN_ATTEMPTED: { vi: "Đăng nhập", en: "Sign-in" },
  SIGN_IN_PASSWORD_ACCEPTED: {
    vi: "Đúng mật khẩu, chờ mã xác thực",
    en: "Password accepted, waiting for the one-time code",
  },
  SIGN_IN_TOTP_ATTEMPTED: { vi: "Xác thực hai lớp khi đăng nhập", en: "Two-factor code at sign-in" },
  SIGNED_OUT: { vi: "Đăng xuất", en: "Sign-out" },
  TWO_FACTOR_ENABLED: { vi: "Bật xác thực hai lớp", en: "Two-factor authentication turned on" },
  TWO_FACTOR_DISABLED: { vi: "Tắt xác thực hai lớp", en: "Two-factor authentication turned off" },
  USER_CREATED: { vi: "Tạo tài khoản", en: "Account created" },
  USER_UPDATED: { vi: "Sửa tài khoản", en: "Account edited" },
  USER_DISABLED: { vi: "Khóa tài khoản", en: "Account disabled" },
  USER_ENABLED: { vi: "Mở khóa tài khoản", en: "Account enabled" },
  USER_SESSIONS_REVOKED: { vi: "Hủy phiên đăng nhập", en: "Sessions revoked" },
  USER_PASSWORD_RESET: { vi: "Đặt lại mật khẩu", en: "Password reset" },
  USER_PASSWORD_CHANGED: { vi: "Đổi mật khẩu", en: "Password changed" },
  USER_PASSWORD_SELF_RESET: {
    vi: "Đặt lại mật khẩu qua liên kết trong thư",
    en: "Password reset through the e-mailed link",
  },
  PASSWORD_RESET_REQUESTED: { vi: "Yêu cầu đặt lại mật khẩu", en: "Password reset requested" },
  SELECTION_ROUND_CREATED: { vi: "Lập đợt bình chọn sản phẩm", en: "Selection round created" },
  SELECTION_ROUND_UPDATED: { vi: "Sửa đợt bình chọn sản phẩm", en: "Selection round edited" },
  SELECTION_ROUND_STEP_TAKEN: { vi: "Chuyển bước đợt bình chọn", en: "Selection round step taken" },
  SELECTION_MEMBER_ADDED: {
    vi: "Thêm thành viên hội đồng, ban giám khảo",
    en: "Council or jury member added",
  },
  SELECTION_MEMBER_UPDATED: {
    vi: "Sửa thành viên hội đồng, ban giám khảo",
    en: "Council or jury member edited",
  },
  SELECTION_MEMBER_ACCOUNT_LINKED: {
    vi: "Cấp tài khoản đăng nhập cho thành viên đợt bình chọn",
    en: "Sign-in account given to a round member",
  },
  FAIR_CREATED: { vi: "Tạo hội chợ", en: "Fair created" },
  FAIR_UPDATED: { vi: "Sửa hội chợ", en: "Fair edited" },
  REPORT_OPENED: { vi: "Mở báo cáo định kỳ", en: "Periodic report opened" },
  REPORT_PREFILLED: { vi: "Lấy lại số liệu báo cáo từ hồ sơ", en: "Report pre-filled from records" },
  REPORT_EDITED: { vi: "Sửa số liệu, thuyết minh báo cáo", en: "Report figures or narrative edited" },
  REPORT_STEP_TAKEN: { vi: "Chuyển bước báo cáo định kỳ", en: "Periodic report step taken" },
  REPORT_TEMPLATE_VERSION_CREATED: {
    vi: "Tạo phiên bản mẫu báo cáo",
    en: "Report template version created",
  },
  REPORT_TEMPLATE_VERSION_CHANGED: {
    vi: "Sửa phiên bản mẫu báo cáo, thời gian hiệu lực",
    en: "Report template version or validity changed",
  },
  REPORT_REMINDERS_DECIDED: {
    vi: "Lên lịch nhắc hạn báo cáo định kỳ",
    en: "Periodic report reminders decided",
  },
  REPORT_ATTACHMENT_ADDED: {
    vi: "Đính kèm tệp vào báo cáo định kỳ",
    en: "File attached to a periodic report",
  },
  REPORT_ATTACHMENT_REMOVED: {
    vi: "Xóa tệp đính kèm báo cáo định kỳ",
    en: "File removed from a periodic report",
  },
  FAIR_STATUS_CHANGED: { vi: "Chuyển trạng thái hội chợ", en: "Fair status changed" },
  FAIR_DOCUMENT_ADDED: { vi: "Thêm văn bản của hội chợ", en: "Fair document added" },
  FAIR_DOCUMENT_REMOVED: { vi: "Xóa văn bản của hội chợ", en: "Fair document removed" },
  FAIR_PARTICIPATION_CREATED: { vi: "Thêm lượt tham gia hội chợ", en: "Fair participation added" },
  FAIR_PARTICIPATION_UPDATED: { vi: "Sửa lượt tham gia hội chợ", en: "Fair participation edited" },
  FAIR_PARTICIPATION_DELETED: { vi: "Xóa lượt tham gia hội chợ", en: "Fair participation removed" },
  FAIR_PARTICIPATIONS_IMPORTED: {
    vi: "Nhập danh sách gian hàng từ Excel",
    en: "Booth-holder list imported from Excel",
  },
  SHOWROOM_CREATED: { vi: "Tạo phòng trưng bày", en: "Showroom created" },
  SHOWROOM_UPDATED: { vi: "Sửa phòng trưng bày", en: "Showroom edited" },
  BRAND_SUPPORT_CREATED: { vi: "Thêm hỗ trợ thương hiệu", en: "Brand support added" },
  BRAND_SUPPORT_UPDATED: { vi: "Sửa hỗ trợ thương hiệu", en: "Brand support edited" },
  CERTIFICATE_ISSUED: { vi: "Cấp giấy chứng nhận sản phẩm tiêu biểu", en: "Product certificate issued" },
  CERTIFICATE_REVOKED: {
    vi: "Thu hồi giấy chứng nhận sản phẩm tiêu biểu",
    en: "Product certificate revoked",
  },
  CERTIFICATE_HOLDER_REPORTED: {
    vi: "Ghi báo cáo năm của cơ sở có sản phẩm được chứng nhận",
    en: "Certificate holder's annual report recorded",
  },
  ESTABLISHMENT_CREATED: { vi: "Tạo cơ sở", en: "Establishment created" },
  ESTABLISHMENT_UPDATED: { vi: "Sửa cơ sở", en: "Establishment edited" },
  ESTABLISHMENT_ARCHIVED: { vi: "Lưu trữ cơ sở", en: "Establishment archived" },
  ESTABLISHMENT_RESTORED: { vi: "Khôi phục cơ sở", en: "Establishment restored" },
  ESTABLISHMENT_IMPORTED: { vi: "Nhập cơ sở từ Excel", en: "Establishment imported from Excel" },
  ESTABLISHMENT_IMPORT_UPDATED: {
    vi: "Cập nhật cơ sở từ Excel",
    en: "Establishment updated from Excel",
  },
  COMMUNE_CREATED: { vi: "Thêm xã (nhập danh sách)", en: "Commune added (list import)" },
  COMMUNE_UPDATED: { vi: "Sửa xã (nhập danh sách)", en: "Commune edited (list import)" },
  OUT_OF_SCOPE_ACCESS_DENIED: {
    vi: "Truy cập ngoài phạm vi dữ liệu",
    en: "Access outside the data scope",
  },
  PROJECT_CREATED: { vi: "Lập đề án", en: "Project drafted" },
  PROJECT_UPDATED: { vi: "Sửa hồ sơ đề án", en: "Project dossier edited" },
  PROJECT_ADVANCE_RECORDED: { vi: "Tạm ứng kinh phí đề án", en: "Project advance recorded" },
  PROJECT_PAYMENT_RECORDED: { vi: "Thanh toán kinh phí đề án", en: "Project payment recorded" },
  PROJECT_REFUND_RECORDED: { vi: "Thu hồi kinh phí đề án", en: "Project refund recorded" },
  PROJECT_PROGRESS_REPORTED: { vi: "Báo cáo tiến độ đề án", en: "Project progress reported" },
  PROJECT_DOCUMENT_ATTACHED: { vi: "Đính kèm văn bản đề án", en: "Project document attached" },
  SELECTION_ENTRY_REGISTERED: { vi: "Đăng ký sản phẩm dự bình chọn", en: "Selection entry registered" },
  SELECTION_ENTRY_UPDATED: { vi: "Sửa sản phẩm dự bình chọn", en: "Selection entry edited" },
  SELECTION_ENTRY_WITHDRAWAL_RECORDED: {
    vi: "Rút sản phẩm khỏi đợt bình chọn",
    en: "Selection entry withdrawn",
  },
  SELECTION_ENTRY_NOMINATED: {
    vi: "Đề cử sản phẩm từ đợt bình chọn cấp dưới",
    en: "Selection entry nominated from the lower level",
  },
  SELECTION_ENTRIES_IMPORTED: {
    vi: "Nhập danh sách sản phẩm dự bình chọn từ Excel",
    en: "Selection entries imported from Excel",
  },
  SELECTION_ENTRY_PHOTO_UPLOADED: { vi: "Tải ảnh sản phẩm dự bình chọn", en: "Entry photo uploaded" },
  SELECTION_ENTRY_DOCUMENT_ADDED: {
    vi: "Nộp tài liệu hồ sơ sản phẩm dự bình chọn",
    en: "Entry document added",
  },
  SELECTION_ENTRY_DOCUMENT_REMOVED: {
    vi: "Xóa tài liệu hồ sơ sản phẩm dự bình chọn",
    en: "Entry document removed",
  },
  SELECTION_DECISION_FILE_UPLOADED: {
    vi: "Tải tệp quyết định của đợt bình chọn",
    en: "Round decision file uploaded",
  },
  SELECTION_ENTRY_DOCUMENT_ATTACHED: {
    vi: "Đính kèm hồ sơ sản phẩm dự bình chọn",
    en: "Entry dossier document attached",
  },
  SUPPORT_NORM_SET_CREATED: { vi: "Thêm bộ định mức hỗ trợ", en: "Support norm set added" },
  SUPPORT_NORM_SET_CLOSED: {
    vi: "Kết thúc hiệu lực bộ định mức hỗ trợ",
    en: "Support norm set closed",
  },
  SELECTION_FRAME_PROPOSED: { vi: "Đề xuất khung điểm bình chọn", en: "Point frame proposed" },
  SELECTION_FRAME_APPROVED: { vi: "Phê duyệt khung điểm bình chọn", en: "Point frame approved" },
  SELECTION_SHEET_SAVED: { vi: "Lưu phiếu chấm điểm", en: "Score sheet saved" },
  SELECTION_SCORING_CLOSED: { vi: "Khóa chấm điểm, tổng hợp kết quả", en: "Scoring closed and summarised" },
  SELECTION_LIST_PROPOSED: {
    vi: "Hội đồng chọn danh sách đề nghị công nhận",
    en: "Council's proposed list set",
  },
  SELECTION_COMPLAINT_RECORDED: {
    vi: "Ghi nhận khiếu nại kết quả bình chọn",
    en: "Selection complaint recorded",
  },
  SELECTION_COMPLAINT_RESOLVED: {
    vi: "Giải quyết khiếu nại kết quả bình chọn",
    en: "Selection complaint resolved",
  },
  CALENDAR_DAY_ADDED: { vi: "Thêm ngày nghỉ, ngày làm bù", en: "Calendar day added" },
  CALENDAR_DAY_REMOVED: { vi: "Bỏ ngày nghỉ, ngày làm bù", en: "Calendar day removed" },
  ANNUAL_PLAN_CREATED: { vi: "Lập kế hoạch khuyến công năm", en: "Annual plan created" },
  ANNUAL_PLAN_REVISED: { vi: "Điều chỉnh kế hoạch khuyến công năm", en: "Annual plan revised" },
  PROGRAMME_CREATED: { vi: "Thêm chương trình khuyến công", en: "Programme created" },
  FIGURES_REPORTED: { vi: "Báo cáo số liệu thực hiện", en: "Figures reported" },
  STAFFING_SNAPSHOT_CREATED: { vi: "Ghi số người làm việc của trung tâm", en: "Centre staffing recorded" },
  STAFFING_SNAPSHOT_UPDATED: { vi: "Sửa số người làm việc của trung tâm", en: "Centre staffing edited" },
  CONSULTING_CONTRACT_CREATED: { vi: "Thêm hợp đồng tư vấn, dịch vụ", en: "Consulting contract added" },
  CONSULTING_CONTRACT_UPDATED: { vi: "Sửa hợp đồng tư vấn, dịch vụ", en: "Consulting contract edited" },
  CONSULTING_CONTRACT_DELETED: {
    vi: "Xóa hợp đồng tư vấn, dịch vụ ghi nhầm",
    en: "Consulting contract deleted",
  },
  CONSULTING_PLAN_SET: { vi: "Đặt kế hoạch doanh thu tư vấn năm", en: "Consulting revenue plan set" },
  CONFERENCE_CREATED: { vi: "Thêm hội nghị khuyến công khu vực", en: "Regional conference added" },
  CONFERENCE_UPDATED: { vi: "Sửa hội nghị khuyến công khu vực", en: "Regional conference edited" },
  CONFERENCE_RESOLUTION_ADDED: {
    vi: "Thêm kết luận, nghị quyết của hội nghị",
    en: "Conference resolution added",
  },
} as const satisfies Record<string, Labels>;

export type FixedAuditAction = keyof typeof fixedAuditActionLabels;

/** What a DENIED row names besides an ability: an operation refused on the record itself. */
export const deniedOperationLabels = {
  "national-scope": { vi: "thao tác cần phạm vi toàn quốc", en: "an operation that needs national scope" },
  PROJECT_PROGRESS_REPORT: { vi: "báo cáo tiến độ đề án", en: "project progress report" },
  PROJECT_ADVANCE: { vi: "tạm ứng kinh phí đề án", en: "project advance" },
  PROJECT_PAYMENT: { vi: "thanh toán kinh phí đề án", en: "project payment" },
  PROJECT_REFUND: { vi: "thu hồi kinh phí đề án", en: "project refund" },
  SELECTION_ROUND_ORGANISE: {
    vi: "lập, sửa đợt bình chọn của cấp hoặc địa bàn khác",
    en: "organising a selection round of another level or place",
  },
  SELECTION_ROUND_STEP: { vi: "bước của đợt bình chọn", en: "selection round step" },
  SELECTION_DECISION_FILE: {
    vi: "tải tệp quyết định cho bước của đợt bình chọn",
    en: "uploading a selection round decision file",
  },
} as const satisfies Record<string, Labels>;

export type DeniedOperation = keyof typeof deniedOperationLabels;

export type AuditAction =
  | FixedAuditAction
  | `PROJECT_STEP_TAKEN:${TransitionCode}`
  | `DENIED:${Ability | DeniedOperation | `PROJECT_STEP:${TransitionCode}`}`;

/** Audit actions that write data (category DATA): the only ones `writeAudit` accepts. */
export type DataAuditAction = Exclude<
  AuditAction,
  | "SIGN_IN_ATTEMPTED"
  | "SIGN_IN_PASSWORD_ACCEPTED"
  | "SIGN_IN_TOTP_ATTEMPTED"
  | "SIGNED_OUT"
  | "TWO_FACTOR_ENABLED"
  | "TWO_FACTOR_DISABLED"
  | "PASSWORD_RESET_REQUESTED"
  | "OUT_OF_SCOPE_ACCESS_DENIED"
  | `DENIED:${string}`
>;

/**
 * Codes stored before the naming rule, with the code that replaced each. Old rows keep their stored code (the
 * audit log is insert-only); they are labelled and filtered through this table.
 */
export const legacyAuditActions = {
  SIGN_IN: "SIGN_IN_ATTEMPTED",
  SIGN_IN_PASSWORD_OK_TOTP_PENDING: "SIGN_IN_PASSWORD_ACCEPTED",
  SIGN_IN_TOTP: "SIGN_IN_TOTP_ATTEMPTED",
  SIGN_OUT: "SIGNED_OUT",
  NOT_FOUND_OR_OUT_OF_SCOPE: "OUT_OF_SCOPE_ACCESS_DENIED",
  PROJECT_ADVANCE: "PROJECT_ADVANCE_RECORDED",
  PROJECT_PAYMENT: "PROJECT_PAYMENT_RECORDED",
  PROJECT_REFUND: "PROJECT_REFUND_RECORDED",
  PLAN_CREATE: "ANNUAL_PLAN_CREATED",
  PLAN_REVISE: "ANNUAL_PLAN_REVISED",
  PROGRAMME_CREATE: "PROGRAMME_CREATED",
  FIGURES_REPORT: "FIGURES_REPORTED",
} as const satisfies Record<string, FixedAuditAction>;

const LEGACY_STEP_PREFIX = "PROJECT_STEP:";
const STEP_PREFIX = "PROJECT_STEP_TAKEN:";
const DENIED_PREFIX = "DENIED:";

/** The current code of a stored action: itself, or what replaced a legacy code. */
export function currentAuditAction(stored: string): string {
  if (stored.startsWith(LEGACY_STEP_PREFIX))
    return `${STEP_PREFIX}${stored.slice(LEGACY_STEP_PREFIX.length)}`;
  return (legacyAuditActions as Record<string, string>)[stored] ?? stored;
}

/** Every stored code that means `action` (itself and its legacy codes), for filtering the trail. */
export function storedAuditActions(action: string): string[] {
  const current = currentAuditAction(action);
  const codes = new Set([action, current]);
  for (const [legacy, replacement] of Object.entries(legacyAuditActions)) {
    if (replacement === current) codes.add(legacy);
  }
  if (current.startsWith(STEP_PREFIX)) codes.add(`${LEGACY_STEP_PREFIX}${current.slice(STEP_PREFIX.length)}`);
  return [...codes];
}

export type LabelLanguage = keyof Labels;

/**
 * The label of a stored action in a language, legacy codes included. Step names come from `stepLabel` (the
 * transition table gives Vietnamese; the web passes its English names); an unknown code shows itself.
 */
export function auditActionLabel(
  stored: string,
  language: LabelLanguage = "vi",
  stepLabel: (code: string) => string = projectStepLabel,
): string {
  const action = currentAuditAction(stored);
  const fixed = (fixedAuditActionLabels as Record<string, Labels>)[action];
  if (fixed) return fixed[language];
  if (action.startsWith(STEP_PREFIX)) {
    const step = stepLabel(action.slice(STEP_PREFIX.length));
    return language === "vi" ? `Đề án: ${step}` : `Project: ${step}`;
  }
  if (action.startsWith(DENIED_PREFIX)) {
    const refused = action.slice(DENIED_PREFIX.length);
    const operation = (deniedOperationLabels as Record<string, Labels>)[refused];
    // A refused step keeps its `PROJECT_STEP:` form after DENIED: it names what was refused, not an event.
    const what = refused.startsWith(LEGACY_STEP_PREFIX)
      ? stepLabel(refused.slice(LEGACY_STEP_PREFIX.length))
      : (operation?.[language] ?? refused);
    return language === "vi" ? `Bị từ chối quyền: ${what}` : `Permission denied: ${what}`;
  }
  return stored;
}

/** Names of the audited entities (the `entity` column). */
export const auditEntityLabels = {
  user: { vi: "Tài khoản", en: "Account" },
  admin_unit: { vi: "Đơn vị hành chính", en: "Administrative unit" },
  audit_log: { vi: "Nhật ký hệ thống", en: "Audit log" },
  catalogue: { vi: "Danh mục", en: "Catalogue" },
  establishment: { vi: "Cơ sở CNNT", en: "Rural industrial establishment" },
  project: { vi: "Đề án khuyến công", en: "Industrial extension project" },
  support_norm_set: { vi: "Bộ định mức hỗ trợ", en: "Support norm set" },
  annual_plan: { vi: "Kế hoạch khuyến công năm", en: "Annual plan" },
  programme: { vi: "Chương trình khuyến công", en: "Programme" },
  reported_figure: { vi: "Số liệu báo cáo", en: "Reported figure" },
  figure_check: { vi: "Đối chiếu số liệu", en: "Figure check" },
  dashboard: { vi: "Bảng điều hành", en: "Dashboard" },
  organisation: { vi: "Tổ chức", en: "Organisation" },
  legal_document: { vi: "Văn bản pháp lý", en: "Legal document" },
  fair: { vi: "Hội chợ triển lãm", en: "Trade fair" },
  fair_participation: { vi: "Lượt tham gia hội chợ", en: "Fair participation" },
  showroom: { vi: "Phòng trưng bày", en: "Showroom" },
  brand_support: { vi: "Hỗ trợ thương hiệu", en: "Brand support" },
  selection_round: { vi: "Đợt bình chọn sản phẩm", en: "Product selection round" },
  selection_member: { vi: "Thành viên hội đồng, ban giám khảo", en: "Council or jury member" },
  selection_frame: { vi: "Khung điểm bình chọn", en: "Point frame" },
  selection_entry: { vi: "Sản phẩm đăng ký bình chọn", en: "Selection entry" },
  selection_entry_photo: { vi: "Ảnh sản phẩm dự bình chọn", en: "Entry photo" },
  selection_entry_document: { vi: "Hồ sơ sản phẩm dự bình chọn", en: "Entry document" },
  selection_score_sheet: { vi: "Phiếu chấm điểm", en: "Score sheet" },
  selection_complaint: { vi: "Khiếu nại kết quả bình chọn", en: "Selection complaint" },
  selection_certificate: {
    vi: "Giấy chứng nhận sản phẩm CNNT tiêu biểu",
    en: "Representative product certificate",
  },
  certificate_holder_report: {
    vi: "Báo cáo của cơ sở có sản phẩm được chứng nhận",
    en: "Certificate holder report",
  },
  calendar_day: { vi: "Ngày nghỉ, ngày làm việc bù", en: "Calendar day" },
  staffing_snapshot: { vi: "Số người làm việc của trung tâm", en: "Centre staffing snapshot" },
  consulting_contract: { vi: "Hợp đồng tư vấn, dịch vụ", en: "Consulting contract" },
  consulting_plan: { vi: "Kế hoạch doanh thu tư vấn", en: "Consulting revenue plan" },
  conference: { vi: "Hội nghị khuyến công khu vực", en: "Regional conference" },
  conference_resolution: { vi: "Kết luận, nghị quyết hội nghị", en: "Conference resolution" },
  periodic_report: { vi: "Báo cáo định kỳ", en: "Periodic report" },
  report_template: { vi: "Mẫu báo cáo định kỳ", en: "Report template" },
} as const satisfies Record<string, Labels>;

export type AuditEntity = keyof typeof auditEntityLabels;
export const auditEntityCodes = Object.keys(auditEntityLabels) as AuditEntity[];

export function auditEntityLabel(entity: string, language: LabelLanguage = "vi"): string {
  return (auditEntityLabels as Record<string, Labels>)[entity]?.[language] ?? entity;
}

/** Whether a stored action code is one the trail knows (current, legacy, a step or a refusal): a filter check. */
export function isKnownAuditAction(stored: string): boolean {
  return auditActionLabel(stored, "vi", (code) => code) !== stored;
}

export const auditOutcomeLabels = {
  SUCCESS: { vi: "Thành công", en: "Succeeded" },
  FAILED: { vi: "Thất bại", en: "Failed" },
  DENIED: { vi: "Bị từ chối", en: "Denied" },
} as const satisfies Record<string, Labels>;

export const auditCategoryLabels = {
  DATA: { vi: "Ghi dữ liệu", en: "Data change" },
  AUTH: { vi: "Đăng nhập, đăng xuất", en: "Sign-in and sign-out" },
  ACCESS: { vi: "Truy cập bị từ chối", en: "Denied access" },
} as const satisfies Record<string, Labels>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record id short enough for a table cell: a uuid's first 8 characters; a readable code stays whole. */
export function shortRecordId(id: string): string {
  if (UUID.test(id)) return id.slice(0, 8);
  return id.length > 20 ? `${id.slice(0, 19)}…` : id;
}
