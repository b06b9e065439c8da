import { projectStepLabel } from "@kc/domain";

/** Vietnamese labels of audit actions for the audit screen; unknown actions show their code. */
const labels: Record<string, string> = {
  SIGN_IN: "Đăng nhập",
  SIGN_IN_TOTP: "Xác thực hai lớp khi đăng nhập",
  SIGN_IN_PASSWORD_OK_TOTP_PENDING: "Đúng mật khẩu, chờ mã xác thực",
  SIGN_OUT: "Đăng xuất",
  TWO_FACTOR_ENABLED: "Bật xác thực hai lớp",
  TWO_FACTOR_DISABLED: "Tắt xác thực hai lớp",
  USER_CREATED: "Tạo tài khoản",
  USER_UPDATED: "Sửa tài khoản",
  USER_DISABLED: "Khóa tài khoản",
  USER_ENABLED: "Mở khóa tài khoản",
  USER_SESSIONS_REVOKED: "Hủy phiên đăng nhập",
  USER_PASSWORD_RESET: "Đặt lại mật khẩu",
  ESTABLISHMENT_CREATED: "Tạo cơ sở",
  ESTABLISHMENT_UPDATED: "Sửa cơ sở",
  ESTABLISHMENT_ARCHIVED: "Lưu trữ cơ sở",
  ESTABLISHMENT_RESTORED: "Khôi phục cơ sở",
  ESTABLISHMENT_IMPORTED: "Nhập cơ sở từ Excel",
  ESTABLISHMENT_IMPORT_UPDATED: "Cập nhật cơ sở từ Excel",
  COMMUNE_CREATED: "Thêm xã (nhập danh sách)",
  COMMUNE_UPDATED: "Sửa xã (nhập danh sách)",
  NOT_FOUND_OR_OUT_OF_SCOPE: "Truy cập ngoài phạm vi dữ liệu",
  PROJECT_CREATED: "Lập đề án",
  PROJECT_UPDATED: "Sửa hồ sơ đề án",
  PROJECT_ADVANCE: "Tạm ứng kinh phí đề án",
  PROJECT_PAYMENT: "Thanh toán kinh phí đề án",
  PROJECT_REFUND: "Thu hồi kinh phí đề án",
  PROJECT_PROGRESS_REPORTED: "Báo cáo tiến độ đề án",
  PROJECT_DOCUMENT_ATTACHED: "Đính kèm văn bản đề án",
  SUPPORT_NORM_SET_CREATED: "Thêm bộ định mức hỗ trợ",
  SUPPORT_NORM_SET_CLOSED: "Kết thúc hiệu lực bộ định mức hỗ trợ",
};

export function actionLabel(action: string): string {
  if (action.startsWith("DENIED:")) return `Bị từ chối quyền: ${action.slice("DENIED:".length)}`;
  // One label per lifecycle step, from the transition table (packages/domain).
  if (action.startsWith("PROJECT_STEP:"))
    return `Đề án: ${projectStepLabel(action.slice("PROJECT_STEP:".length))}`;
  return labels[action] ?? action;
}

/** Vietnamese names of the audited entities. */
export const entityLabels: Record<string, string> = {
  user: "Tài khoản",
  admin_unit: "Đơn vị hành chính",
  audit_log: "Nhật ký hệ thống",
  catalogue: "Danh mục",
  establishment: "Cơ sở CNNT",
  project: "Đề án khuyến công",
  support_norm_set: "Bộ định mức hỗ trợ",
};
