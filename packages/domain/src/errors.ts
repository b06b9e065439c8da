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
  FILE_TOO_DEMANDING: {
    status: 422,
    title: "Tệp cần nhiều bộ nhớ hơn giới hạn cho phép để xử lý; hãy chia thành các tệp nhỏ hơn",
  },
  FILE_PROCESSING_FAILED: {
    status: 422,
    title:
      "Bộ xử lý tệp dừng bất thường với tệp này; hãy lưu lại tệp bằng Excel hoặc LibreOffice rồi thử lại",
  },
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
    title:
      "Cơ sở dữ liệu đang bận với một việc lớn (nhập dữ liệu hoặc sao lưu), vui lòng thử lại sau ít giây",
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
  FAIR_CODE_TAKEN: { status: 409, title: "Mã hội chợ đã được dùng cho một hội chợ khác" },
  FAIR_VENUE_INVALID: {
    status: 422,
    title:
      "Địa điểm không hợp lệ: tỉnh, xã không có hiệu lực vào ngày khai mạc hoặc không hợp với cấp hội chợ",
  },
  FAIR_TRANSITION_NOT_ALLOWED: {
    status: 409,
    title: "Bước này không được phép ở trạng thái hiện tại của hội chợ",
  },
  FAIR_DOCUMENT_MISSING: { status: 422, title: "Chưa đủ văn bản để thực hiện bước này của hội chợ" },
  FAIR_REASON_REQUIRED: { status: 422, title: "Cần ghi lý do" },
  FAIR_NOT_ACCEPTING_PARTICIPATIONS: {
    status: 409,
    title: "Hội chợ đã báo cáo hoặc đã hủy, không thể thêm hay sửa lượt tham gia",
  },
  FAIR_RESULTS_BEFORE_FAIR: {
    status: 409,
    title: "Chỉ ghi doanh thu và hợp đồng sau khi hội chợ đã tổ chức",
  },
  FAIR_BOOTHS_INVALID: { status: 422, title: "Số gian hàng không hợp lệ" },
  FAIR_PARTICIPATION_DUPLICATE: {
    status: 409,
    title: "Cơ sở đã có lượt tham gia hội chợ này; một gian hàng không được hỗ trợ hai lần",
  },
  FAIR_SHARED_BOOTH_OVERPAID: {
    status: 422,
    title: "Gian hàng chung đã được chia hết, không thể hỗ trợ thêm",
  },
  FAIR_NORM_MISSING: {
    status: 422,
    title: "Chưa có định mức hỗ trợ áp dụng vào ngày khai mạc hội chợ",
  },
  FAIR_SUPPORT_ABOVE_NORM: { status: 422, title: "Mức hỗ trợ vượt định mức" },
  FAIR_OVERSEAS_LIMIT_EXCEEDED: {
    status: 422,
    title: "Cơ sở đã được hỗ trợ đủ hai hội chợ ở nước ngoài trong năm",
  },
  FAIR_OUT_OF_SCOPE: {
    status: 403,
    title:
      "Tỉnh ghi nhận hội chợ nằm ngoài phạm vi dữ liệu của bạn (hội chợ của cơ quan trung ương cần phạm vi toàn quốc)",
  },
  FAIR_CLOSED: { status: 409, title: "Hội chợ đã báo cáo hoặc đã hủy, không sửa được" },
  FAIR_REFERENCE_INVALID: {
    status: 422,
    title: "Không tìm thấy đề án hoặc đơn vị được chọn, hoặc đề án nằm ngoài phạm vi dữ liệu của bạn",
  },
  // Extension centres and regional conferences (DOMAIN §3.7, §6.2, §6.3).
  STAFFING_SNAPSHOT_DATE_TAKEN: { status: 409, title: "Trung tâm đã có số liệu người làm việc tại ngày này" },
  STAFFING_SNAPSHOT_OUTSIDE_CENTRE: {
    status: 422,
    title: "Ngày số liệu nằm ngoài thời gian tồn tại của trung tâm",
  },
  CONSULTING_CLIENT_INVALID: {
    status: 422,
    title: "Không tìm thấy cơ sở khách hàng trong sổ đăng ký thuộc phạm vi dữ liệu của bạn",
  },
  CONSULTING_CONTRACT_NOT_DELETABLE: {
    status: 409,
    title: "Hợp đồng tư vấn đã có doanh thu hoặc đã nghiệm thu, không xóa được",
  },
  CONFERENCE_ORDINAL_TAKEN: { status: 409, title: "Khu vực đã có hội nghị mang số lần thứ này" },
  CONFERENCE_PROVINCE_INVALID: {
    status: 422,
    title: "Tỉnh đăng cai hoặc tỉnh nhận cờ không thuộc khu vực vào ngày tổ chức hội nghị",
  },
  CONFERENCE_FILE_INVALID: { status: 422, title: "Tệp văn bản kết luận của hội nghị không hợp lệ" },
  SHOWROOM_OWNER_INVALID: { status: 422, title: "Trung tâm hoặc cơ sở đặt phòng trưng bày không hợp lệ" },
  BRAND_NORM_MISSING: { status: 422, title: "Chưa có định mức hỗ trợ thương hiệu áp dụng vào ngày này" },
  BRAND_SUPPORT_ABOVE_NORM: { status: 422, title: "Mức hỗ trợ thương hiệu vượt định mức" },
  // Product selection (DOMAIN §3.6, §4.4, §9.6).
  SELECTION_ROUND_CODE_TAKEN: { status: 409, title: "Mã đợt bình chọn đã được dùng cho đợt khác" },
  SELECTION_ROUND_PLACE_INVALID: {
    status: 422,
    title:
      "Địa bàn không khớp cấp bình chọn: cấp tỉnh, huyện cần tỉnh; cấp khu vực cần khu vực; cấp quốc gia không có",
  },
  SELECTION_DISTRICT_LEVEL_ENDED: {
    status: 422,
    title: "Không còn tổ chức bình chọn cấp huyện sau ngày 30/6/2025",
  },
  SELECTION_ROUND_NOT_EDITABLE: { status: 409, title: "Đợt bình chọn không còn được sửa ở trạng thái này" },
  SELECTION_STEP_NOT_ALLOWED: {
    status: 409,
    title: "Không thể chuyển đợt bình chọn sang bước này từ trạng thái hiện tại hoặc với vai trò của bạn",
  },
  SELECTION_STEP_REQUIREMENTS_UNMET: {
    status: 422,
    title: "Bước này cần văn bản (số, ngày, người ký) hoặc điều kiện chưa đáp ứng",
  },
  SELECTION_MEMBER_ROLE_INVALID: {
    status: 422,
    title: "Chức danh không thuộc hội đồng, ban giám khảo hoặc tổ chuyên gia đã chọn",
  },
  SELECTION_MEMBERS_LOCKED: {
    status: 409,
    title: "Thành phần hội đồng, ban giám khảo không còn được sửa ở trạng thái này",
  },
  SELECTION_COUNCIL_SIZE_INVALID: {
    status: 422,
    title: "Số thành viên hội đồng không đúng quy định của cấp bình chọn",
  },
  SELECTION_JURY_SIZE_EVEN: { status: 422, title: "Ban giám khảo phải có số thành viên lẻ" },
  SELECTION_FRAME_INVALID: { status: 422, title: "Khung điểm chưa hợp lệ: cần tiêu chí, điểm tối đa dương" },
  SELECTION_FRAME_LOCKED: { status: 409, title: "Khung điểm đã được phê duyệt, không sửa được nữa" },
  SELECTION_FRAME_NOT_APPROVED: { status: 409, title: "Khung điểm chưa được Chủ tịch hội đồng phê duyệt" },
  SELECTION_ENTRY_DUPLICATE: { status: 409, title: "Cơ sở đã đăng ký sản phẩm này trong đợt bình chọn" },
  SELECTION_ENTRIES_CLOSED: {
    status: 409,
    title: "Đợt bình chọn không nhận, sửa hoặc rút hồ sơ ở trạng thái này",
  },
  SELECTION_ENTRY_NOT_ELIGIBLE: {
    status: 422,
    title: "Cơ sở không đủ điều kiện tham gia bình chọn (không phải cơ sở công nghiệp nông thôn)",
  },
  SELECTION_LOWER_CERTIFICATE_MISSING: {
    status: 422,
    title: "Sản phẩm chưa có giấy chứng nhận cấp dưới còn hiệu lực hoặc văn bản đề nghị thay thế",
  },
  SELECTION_PHOTO_INVALID: { status: 422, title: "Ảnh sản phẩm không phải ảnh JPEG, PNG hoặc WebP hợp lệ" },
  SELECTION_DOCUMENT_INVALID: { status: 422, title: "Tệp hồ sơ, quyết định không hợp lệ" },
  SELECTION_PHOTO_TOO_LARGE: {
    status: 413,
    title: "Ảnh sản phẩm vượt quá dung lượng hoặc kích thước cho phép",
  },
  SELECTION_NOT_A_MEMBER: {
    status: 403,
    title: "Bạn không phải thành viên có vai trò này trong đợt bình chọn",
  },
  SELECTION_CONFLICT_OF_INTEREST: {
    status: 422,
    title: "Thành viên có liên quan đến cơ sở dự thi nên không được chấm sản phẩm này",
  },
  SELECTION_SCORE_ABOVE_MAX: { status: 422, title: "Điểm vượt quá điểm tối đa của tiêu chí hoặc là số âm" },
  SELECTION_SCORE_INCOMPLETE: {
    status: 422,
    title: "Phiếu chấm phải có điểm cho mọi tiêu chí của khung điểm, không thừa",
  },
  SELECTION_SCORING_NOT_OPEN: {
    status: 409,
    title: "Đợt bình chọn chưa đến hoặc đã qua giai đoạn chấm điểm",
  },
  SELECTION_SCORING_CLOSED: {
    status: 409,
    title: "Trưởng ban giám khảo đã khóa chấm điểm; phiếu không sửa được nữa",
  },
  SELECTION_SCORE_STEP_INVALID: { status: 422, title: "Điểm chỉ chấm đến 0,5 điểm (ví dụ 7 hoặc 7,5)" },
  SELECTION_SHEETS_MISSING: {
    status: 409,
    title: "Chưa đủ phiếu chấm của mọi giám khảo cho mọi sản phẩm, chưa khóa chấm điểm được",
  },
  SELECTION_SCORING_NOT_CLOSED: { status: 409, title: "Trưởng ban giám khảo chưa khóa chấm điểm" },
  SELECTION_ENTRY_BELOW_THRESHOLD: {
    status: 422,
    title: "Chỉ đề nghị công nhận sản phẩm có điểm trung bình từ 70 điểm trở lên",
  },
  SELECTION_COMPLAINT_WINDOW_CLOSED: { status: 409, title: "Đã hết hoặc chưa đến thời hạn nhận khiếu nại" },
  SELECTION_COMPLAINT_RESOLVED: { status: 409, title: "Khiếu nại đã được giải quyết hoặc đã rút" },
  SELECTION_CERTIFICATE_EXISTS: { status: 409, title: "Sản phẩm này đã được cấp giấy chứng nhận" },
  SELECTION_CERTIFICATE_NOT_ALLOWED: {
    status: 409,
    title: "Chỉ cấp giấy chứng nhận cho sản phẩm đã được công nhận trong đợt bình chọn đang mở",
  },
  SELECTION_CERTIFICATE_NUMBERING_MISSING: {
    status: 422,
    title: "Chưa có cấu hình cách đánh số giấy chứng nhận áp dụng vào ngày cấp này",
  },
  SELECTION_CERTIFICATE_REVOKED: { status: 409, title: "Giấy chứng nhận đã bị thu hồi" },
  SELECTION_HOLDER_REPORT_EXISTS: { status: 409, title: "Đã có báo cáo năm này của cơ sở được chứng nhận" },
  SELECTION_ROUND_OUT_OF_SCOPE: {
    status: 403,
    title: "Bạn chỉ lập đợt bình chọn của cấp và địa bàn cơ quan mình tổ chức",
  },
  SELECTION_ROUND_REFERENCE_INVALID: {
    status: 422,
    title:
      "Cơ quan tổ chức, đề án chi kinh phí, địa bàn hoặc tệp văn bản không có hoặc ngoài phạm vi của bạn",
  },
  SELECTION_MEMBER_ACCOUNT_INVALID: {
    status: 422,
    title:
      "Chỉ thành viên ban giám khảo và thư ký hội đồng chưa có tài khoản mới được cấp tài khoản đăng nhập",
  },
  CALENDAR_DAY_EXISTS: { status: 409, title: "Ngày này đã có trong lịch ngày làm việc" },
  TRADE_PROMOTION_REFERENCE_INVALID: {
    status: 422,
    title:
      "Cơ sở, trung tâm, địa bàn hoặc đề án được chọn không hợp lệ hoặc nằm ngoài phạm vi dữ liệu của bạn",
  },
  REPORT_PERIOD_INVALID: {
    status: 422,
    title: "Kỳ báo cáo không hợp lệ hoặc nằm ngoài thời gian hiệu lực của mẫu báo cáo",
  },
  REPORT_EXISTS: { status: 409, title: "Tỉnh đã có báo cáo của kỳ này theo mẫu này" },
  REPORT_STEP_NOT_ALLOWED: {
    status: 409,
    title: "Bước này không được phép ở trạng thái hiện tại của báo cáo",
  },
  REPORT_REASON_REQUIRED: { status: 422, title: "Cần ghi lý do cho bước này" },
  REPORT_COMMENT_REQUIRED: { status: 422, title: "Trả lại báo cáo cần ít nhất một ý kiến" },
  REPORT_NOT_EDITABLE: {
    status: 409,
    title: "Báo cáo đã gửi, đã duyệt hoặc đã khóa nên không sửa được",
  },
  REPORT_CELL_INVALID: {
    status: 422,
    title: "Ô số liệu không có trong mẫu báo cáo hoặc giá trị không hợp lệ",
  },
  REPORT_FILE_INVALID: { status: 422, title: "Tệp đính kèm báo cáo không hợp lệ" },
  REPORT_ATTACHMENTS_LOCKED: {
    status: 409,
    title: "Báo cáo đã gửi, đã duyệt hoặc đã khóa nên không thêm, xóa được tệp đính kèm",
  },
  REPORT_ATTACHMENTS_FULL: { status: 422, title: "Báo cáo đã đủ số tệp đính kèm tối đa" },
  REPORT_INCOMPLETE: { status: 422, title: "Báo cáo còn ô số liệu của kỳ báo cáo chưa nhập" },
  REPORT_CHECKS_FAILED: {
    status: 422,
    title: "Số liệu báo cáo không khớp khi kiểm tra tự động; hãy sửa các ô được chỉ ra",
  },
  REPORT_TEMPLATE_INVALID: {
    status: 422,
    title: "Phiên bản mẫu báo cáo có lỗi cấu trúc hoặc thời gian hiệu lực; xem từng lỗi được liệt kê",
  },
  REPORT_TEMPLATE_GAP_UNCONFIRMED: {
    status: 422,
    title: "Thời gian hiệu lực để lại khoảng trống không có mẫu nào; hãy xác nhận nếu đó là chủ ý",
  },
  REPORT_TEMPLATE_IN_USE: {
    status: 409,
    title: "Đã có báo cáo mở theo phiên bản mẫu này: chỉ đặt được ngày hết hiệu lực, hãy tạo phiên bản mới",
  },
  REPORT_TEMPLATE_REFERENCE_INVALID: {
    status: 422,
    title: "Văn bản pháp lý được chọn không có trong danh mục",
  },
  PDF_CONVERTER_UNAVAILABLE: {
    status: 503,
    title: "Máy chủ chưa có LibreOffice để tạo tệp PDF; hãy tải tệp Word (.docx)",
  },
} as const satisfies Record<string, { status: number; title: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export type FieldError = { path: string; message: string };
