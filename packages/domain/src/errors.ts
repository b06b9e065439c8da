/**
 * Stable error codes. Clients switch on these, never on messages. Each code has one HTTP status and one
 * Vietnamese title; the server's problem+json renderer reads this table (STYLE.md rule 7).
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, title: "Dữ liệu gửi lên không hợp lệ" },
  MALFORMED_JSON: { status: 400, title: "Nội dung gửi lên không phải JSON hợp lệ" },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: "Kiểu nội dung không được hỗ trợ" },
  PAYLOAD_TOO_LARGE: { status: 413, title: "Dữ liệu gửi lên vượt quá dung lượng cho phép" },
  AUTH_REQUIRED: { status: 401, title: "Bạn cần đăng nhập để tiếp tục" },
  AUTH_INVALID_CREDENTIALS: { status: 401, title: "Thư điện tử hoặc mật khẩu không đúng" },
  AUTH_TWO_FACTOR_INVALID: { status: 401, title: "Mã xác thực không đúng hoặc đã hết hạn" },
  AUTH_RATE_LIMITED: { status: 429, title: "Bạn đã thử quá nhiều lần, vui lòng thử lại sau" },
  AUTH_ACCOUNT_DISABLED: {
    status: 403,
    title: "Tài khoản đã bị khoá (vô hiệu hoá). Vui lòng liên hệ quản trị hệ thống để được mở lại",
  },
  AUTH_PASSWORD_CHANGE_REQUIRED: {
    status: 403,
    title: "Mật khẩu này do quản trị viên đặt: bạn cần đổi mật khẩu trước khi tiếp tục",
  },
  AUTH_CURRENT_PASSWORD_WRONG: { status: 400, title: "Mật khẩu hiện tại không đúng" },
  AUTH_PASSWORD_WEAK: { status: 422, title: "Mật khẩu mới chưa đủ an toàn" },
  AUTH_RESET_TOKEN_INVALID: {
    status: 400,
    title:
      "Liên kết đặt lại mật khẩu không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy yêu cầu một liên kết mới",
  },
  CSRF_REJECTED: { status: 403, title: "Yêu cầu bị từ chối vì không đến từ ứng dụng" },
  FORBIDDEN: { status: 403, title: "Bạn không có quyền thực hiện thao tác này" },
  NOT_FOUND: { status: 404, title: "Không tìm thấy dữ liệu" },
  VERSION_CONFLICT: { status: 409, title: "Dữ liệu đã bị người khác thay đổi, vui lòng tải lại" },
  USER_EMAIL_TAKEN: { status: 409, title: "Thư điện tử này đã được dùng cho tài khoản khác" },
  USER_SCOPE_INVALID: { status: 422, title: "Phạm vi dữ liệu không phù hợp với vai trò" },
  USER_CANNOT_DISABLE_SELF: { status: 409, title: "Không thể tự khóa tài khoản của chính mình" },
  USER_STATUS_UNCHANGED: { status: 409, title: "Tài khoản đã ở trạng thái này" },
  ESTABLISHMENT_TAX_CODE_TAKEN: { status: 409, title: "Mã số thuế đã được dùng cho một cơ sở khác" },
  ESTABLISHMENT_COMMUNE_INVALID: { status: 422, title: "Xã, phường không hợp lệ hoặc không còn hiệu lực" },
  ESTABLISHMENT_OUT_OF_SCOPE: { status: 403, title: "Địa bàn này nằm ngoài phạm vi dữ liệu của bạn" },
  ESTABLISHMENT_ARCHIVED: { status: 409, title: "Cơ sở đã được lưu trữ; hãy khôi phục trước khi sửa" },
  ESTABLISHMENT_NOT_ARCHIVED: { status: 409, title: "Cơ sở đang hoạt động, không cần khôi phục" },
  IMPORT_ALREADY_DONE: { status: 409, title: "Tệp này đã được nhập trước đó" },
  IMPORT_FILE_INVALID: { status: 422, title: "Tệp nhập không hợp lệ" },
  IMPORT_HAS_ERRORS: { status: 422, title: "Tệp nhập có lỗi, chưa có dữ liệu nào được ghi" },
  PROJECT_TRANSITION_NOT_ALLOWED: {
    status: 409,
    title: "Bước này không được phép ở trạng thái hiện tại của đề án",
  },
  PROJECT_STEP_REQUIREMENTS_UNMET: {
    status: 422,
    title: "Chưa đủ hồ sơ hoặc điều kiện để thực hiện bước này",
  },
  PROJECT_DISBURSEMENT_REFUSED: {
    status: 422,
    title: "Khoản giải ngân chưa đủ điều kiện hoặc vượt mức cho phép",
  },
  PROJECT_NOT_EDITABLE: { status: 409, title: "Hồ sơ đề án không còn được sửa ở trạng thái này" },
  PROJECT_PROGRESS_REPORT_EXISTS: { status: 409, title: "Đã có báo cáo tiến độ của tháng này" },
  PROJECT_NOT_REPORTING: { status: 409, title: "Đề án không ở giai đoạn báo cáo tiến độ" },
  PROJECT_PROGRESS_PERIOD_INVALID: {
    status: 422,
    title: "Tháng báo cáo nằm ngoài thời gian phải báo cáo tiến độ của đề án",
  },
  PROJECT_FILE_INVALID: { status: 422, title: "Tệp đính kèm không hợp lệ" },
  PROJECT_SUPPORT_CAP_EXCEEDED: { status: 422, title: "Kinh phí hỗ trợ vượt định mức hỗ trợ" },
  PROJECT_DUPLICATE_SUPPORT: {
    status: 409,
    title: "Cơ sở đã được hỗ trợ cùng nội dung trong thời gian trùng lặp",
  },
  RATE_LIMITED: { status: 429, title: "Quá nhiều yêu cầu, vui lòng thử lại sau" },
  NOT_READY: { status: 503, title: "Hệ thống chưa sẵn sàng" },
  DATABASE_BUSY: {
    status: 503,
    title: "Cơ sở dữ liệu đang ghi một lần nhập dữ liệu lớn, vui lòng thử lại sau ít giây",
  },
  INTERNAL: { status: 500, title: "Đã xảy ra lỗi hệ thống, vui lòng thử lại sau" },
  SUPPORT_NORM_SET_EXISTS: {
    status: 409,
    title: "Đã có bộ định mức với mã hoặc số phiên bản này",
  },
  SUPPORT_NORM_SET_OVERLAP: {
    status: 422,
    title: "Thời gian áp dụng trùng với bộ định mức của văn bản khác cùng cấp kinh phí và địa bàn",
  },
  SUPPORT_NORM_SET_PROVINCE_INVALID: {
    status: 422,
    title: "Tỉnh, thành phố không hợp lệ hoặc chưa có hiệu lực vào ngày bắt đầu áp dụng",
  },
  SUPPORT_NORM_SET_CLOSE_INVALID: {
    status: 422,
    title: "Ngày hết hiệu lực không hợp lệ cho bộ định mức này",
  },
  PLAN_EXISTS: { status: 409, title: "Đơn vị đã có kế hoạch năm này; hãy điều chỉnh kế hoạch đã có" },
  PLAN_OUTSIDE_PROGRAMME: { status: 422, title: "Năm kế hoạch nằm ngoài thời kỳ của chương trình" },
  PLAN_BELOW_EXECUTED: { status: 422, title: "Kế hoạch điều chỉnh thấp hơn số kinh phí đã thực hiện" },
  PLAN_UNIT_INVALID: {
    status: 422,
    title: "Đơn vị không có hiệu lực trong năm kế hoạch hoặc ngoài phạm vi được giao",
  },
  PROGRAMME_NOT_FOUND: { status: 422, title: "Không tìm thấy chương trình khuyến công" },
  REPORTED_FIGURE_PERIOD_INVALID: {
    status: 422,
    title: "Kỳ báo cáo không hợp lệ cho đơn vị hoặc nằm ngoài các chương trình khuyến công",
  },
  IMPORT_FILE_NOT_EXCEL: {
    status: 422,
    title: "Tệp không phải tệp Excel (.xlsx) hay tệp CSV",
  },
  PDF_CONVERTER_UNAVAILABLE: {
    status: 503,
    title: "Máy chủ chưa có LibreOffice để tạo tệp PDF; hãy tải tệp Word (.docx)",
  },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export type FieldError = { path: string; message: string };
