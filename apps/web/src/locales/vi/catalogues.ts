/** Strings of the shared catalogues (Vietnamese); the code labels are the domain's. */
import {
  type LegalDocumentType,
  legalDocumentTypeLabels,
  type OrganisationType,
  organisationTypeLabels,
} from "@kc/domain";

// The domain's tables are string-keyed for the server's look-ups; the UI names every code of the union.
const legalDocumentTypes: Record<LegalDocumentType, string> = legalDocumentTypeLabels;
// Since 01/07/2025 there are no districts: a district committee is named with the date it ended.
const domainOrganisationTypes: Record<OrganisationType, string> = organisationTypeLabels;
const organisationTypes = {
  ...domainOrganisationTypes,
  UBND_HUYEN: "Ủy ban nhân dân huyện (trước 01/07/2025)",
};

export const viCatalogues = {
  adminUnits: {
    title: "Đơn vị hành chính",
    description:
      "Đơn vị hành chính cấp tỉnh có hiệu lực tại thời điểm chọn, cùng quan hệ sáp nhập theo Nghị quyết 202/2025/QH15.",
    searchPlaceholder: "Tìm theo mã hoặc tên (không cần dấu)",
    countSuffix: "đơn vị hành chính cấp tỉnh",
    kind: "Loại",
    region: "Vùng",
    predecessors: "Sáp nhập từ",
    successors: "Hợp nhất vào",
    unchanged: "Giữ nguyên",
    importCommunes: "Nhập danh sách xã",
    detailTitle: "Thông tin đơn vị hành chính",
    level: "Cấp",
    communes: "Đơn vị hành chính cấp xã ({{total}})",
    communesEmpty: "Chưa có dữ liệu cấp xã cho đơn vị này tại thời điểm chọn.",
    noLegalBasis: "Chưa ghi nhận",
    openUnit: "Xem {{name}}",
  },
  communeImport: {
    title: "Nhập danh sách xã",
    hint: "Chọn tệp .xlsx hoặc .csv theo mẫu danh sách đơn vị hành chính cấp xã. Hệ thống sẽ kiểm tra trước khi ghi.",
    dropzone: "Kéo thả tệp vào đây hoặc bấm để chọn tệp",
    dropzoneHint: "Chấp nhận .xlsx và .csv",
    fileInput: "Tệp danh sách xã",
    validOnly: "Chỉ nhập các dòng hợp lệ, bỏ qua các dòng lỗi",
    dryRun: "Kiểm tra tệp",
    import: "Nhập",
    checkFirst: "Hãy kiểm tra tệp trước khi nhập.",
    summary: "Tổng số dòng: {{total}} · Hợp lệ: {{valid}} · Lỗi: {{errors}}",
    noErrors: "Tệp hợp lệ, có thể nhập.",
    hasErrors: "Tệp có {{count}} lỗi. Sửa tệp rồi kiểm tra lại, hoặc chọn chỉ nhập các dòng hợp lệ.",
    row: "Dòng",
    column: "Cột",
    error: "Lỗi",
    done: "Đã nhập xong: {{created}} đơn vị mới, {{updated}} đơn vị cập nhật.",
  },
  regions: {
    title: "Vùng khuyến công",
    description: "Ba vùng khuyến công và các tỉnh, thành phố thuộc mỗi vùng tại thời điểm chọn.",
    code: "Mã vùng",
    region: "Vùng",
    count: "Số tỉnh, thành phố",
    provinces: "Tỉnh, thành phố",
  },
  legalDocuments: {
    title: "Văn bản pháp lý",
    description:
      "Các văn bản quy phạm và văn bản điều hành làm căn cứ cho quy trình và định mức của hệ thống.",
    searchPlaceholder: "Tìm theo số hiệu hoặc trích yếu",
    emptyWhat: "văn bản pháp lý",
    number: "Số hiệu",
    type: "Loại",
    issuer: "Cơ quan ban hành",
    summary: "Trích yếu",
    signedDate: "Ngày ký",
    effectiveDate: "Ngày hiệu lực",
    expiryDate: "Ngày hết hiệu lực",
    status: "Tình trạng",
    confidence: "Độ tin cậy",
    typeFilter: "Loại văn bản",
  },
  legalDocumentTypes,
  confidence: {
    CONFIRMED: "Đã xác minh",
    SECONDARY: "Nguồn thứ cấp",
    UNCONFIRMED: "Chưa xác minh",
  },
  organisations: {
    title: "Tổ chức",
    description:
      "Cơ quan, đơn vị tham gia quản lý và thực hiện khuyến công, với tên gọi đúng theo thời điểm.",
    searchPlaceholder: "Tìm theo tên hoặc tên viết tắt",
    emptyWhat: "tổ chức",
    type: "Loại tổ chức",
    name: "Tên tại thời điểm",
    shortName: "Tên viết tắt",
    province: "Tỉnh, thành phố",
    nameHistory: "Lịch sử tên gọi",
    showHistory: "Lịch sử tên gọi của {{name}}",
    period: "{{from}} – {{to}}",
    now: "nay",
  },
  organisationTypes,
  codeCatalogues: {
    title: "Danh mục mã",
    description:
      "Các bảng mã dùng chung (nguồn kinh phí, nội dung hoạt động, ngành nghề…) có hiệu lực theo thời gian.",
    labelVi: "Tên tiếng Việt",
    labelEn: "Tên tiếng Anh",
    noKinds: "Chưa có danh mục mã nào.",
  },
};
