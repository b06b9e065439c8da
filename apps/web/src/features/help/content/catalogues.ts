import type { HelpTopic } from "../help-topic";

export const cataloguesHelp: HelpTopic = {
  module: "danh-muc",
  title: "Danh mục dùng chung",
  summary:
    "Các danh mục mọi phân hệ dùng chung: đơn vị hành chính, vùng khuyến công, văn bản pháp lý, định mức hỗ trợ, tổ chức và các bảng mã. Mọi tài khoản đều xem được.",
  page: "/app/danh-muc",
  sections: [
    {
      id: "theo-thoi-diem",
      title: "Dữ liệu theo thời điểm",
      blocks: [
        {
          kind: "text",
          text: "Danh mục có hiệu lực theo thời gian: một thay đổi (sáp nhập, đổi tên, văn bản mới) là một bản ghi mới có ngày hiệu lực, bản cũ được giữ nguyên. Chọn **Thời điểm** để xem danh mục như tại ngày đó, ví dụ trước sáp nhập (01/01/2024) hoặc hiện hành.",
        },
      ],
    },
    {
      id: "don-vi-hanh-chinh",
      title: "Đơn vị hành chính",
      blocks: [
        {
          kind: "list",
          items: [
            "Từ ngày 01/07/2025, 63 tỉnh, thành phố được sắp xếp thành 34 theo Nghị quyết 202/2025/QH15 và cấp huyện không còn; trang này cho biết tỉnh mới được hợp thành từ những tỉnh cũ nào.",
            "Danh sách xã được quản trị hệ thống nhập từ tệp (.xlsx, .csv) theo danh mục chính thức; cơ sở và đề án chỉ chọn được xã còn hiệu lực.",
          ],
        },
      ],
    },
    {
      id: "vung-khuyen-cong",
      title: "Vùng khuyến công",
      blocks: [
        {
          kind: "text",
          text: "Ba vùng khuyến công và các tỉnh, thành phố thuộc mỗi vùng tại thời điểm chọn. Thành viên của vùng thay đổi theo thời gian (năm 2025, Bình Thuận sáp nhập vào Lâm Đồng), nên tài khoản có phạm vi vùng thấy các tỉnh thuộc vùng vào hôm nay.",
        },
      ],
    },
    {
      id: "van-ban-phap-ly",
      title: "Văn bản pháp lý",
      blocks: [
        {
          kind: "text",
          text: "Các văn bản làm căn cứ cho quy trình và định mức, với ngày hiệu lực và tình trạng, ví dụ Nghị định 45/2012/NĐ-CP về khuyến công, Nghị định 235/2025/NĐ-CP sửa đổi, bổ sung Nghị định 45/2012/NĐ-CP, Thông tư 46/2012/TT-BCT, Thông tư 36/2013/TT-BCT, Thông tư liên tịch 26/2014/TTLT-BTC-BCT và Quyết định 2646/QĐ-BCT phê duyệt Chương trình khuyến công quốc gia giai đoạn 2026–2030.",
        },
        {
          kind: "note",
          text: "Văn bản có nội dung chưa được đối chiếu với bản gốc được đánh dấu mức độ tin cậy; quy tắc dựa trên văn bản đó chỉ để tham khảo.",
        },
      ],
    },
    {
      id: "dinh-muc-ho-tro",
      title: "Định mức hỗ trợ",
      blocks: [
        {
          kind: "list",
          items: [
            "Mức hỗ trợ tối đa từ kinh phí khuyến công theo từng nội dung: tỷ lệ trên chi phí, mức trần tuyệt đối và hệ số ưu tiên, theo văn bản và thời gian áp dụng.",
            "Đề án được tính mức trần theo bộ định mức có hiệu lực vào ngày phê duyệt; định mức KCĐP riêng cho từng tỉnh.",
            "Chỉ lãnh đạo Cục thêm và sửa bộ định mức (cả bộ định mức của tỉnh).",
          ],
        },
      ],
    },
    {
      id: "lich-lam-viec",
      title: "Lịch ngày làm việc",
      blocks: [
        {
          kind: "list",
          items: [
            "Các thời hạn tính theo ngày làm việc (15 ngày làm việc nhận khiếu nại kết quả bình chọn, 10 ngày làm việc giải quyết) dùng lịch này: thứ Hai đến thứ Sáu, trừ ngày nghỉ lễ, Tết theo Điều 112 Bộ luật Lao động 2019.",
            "Tết Nguyên đán và Giỗ Tổ Hùng Vương tính theo âm lịch Việt Nam (múi giờ UTC+7); ngày lễ trùng thứ Bảy, Chủ nhật được nghỉ bù vào ngày làm việc kế tiếp.",
            "Ngày nghỉ hoán đổi, ngày làm bù do Chính phủ quyết định hằng năm: quản trị hệ thống thêm hoặc bỏ trên trang này, ghi rõ văn bản quyết định.",
          ],
        },
      ],
    },
    {
      id: "to-chuc",
      title: "Tổ chức",
      blocks: [
        {
          kind: "text",
          text: "Cơ quan, đơn vị tham gia quản lý và thực hiện khuyến công, với tên gọi đúng theo thời điểm: cơ quan Trung ương là Cục Công nghiệp địa phương, sau đó Cục Công Thương địa phương, từ năm 2025 là Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công.",
        },
      ],
    },
    {
      id: "mau-bao-cao",
      title: "Mẫu báo cáo",
      blocks: [
        {
          kind: "text",
          text: "Mẫu báo cáo định kỳ (6 tháng, năm) là dữ liệu có thời hạn hiệu lực, mỗi phiên bản gắn với văn bản pháp lý quy định nó. Quản trị hệ thống tạo phiên bản mới từ phiên bản đang dùng (đổi tên chỉ tiêu, thứ tự, thêm dòng nhập tay, phần thuyết minh); phiên bản cũ tự hết hiệu lực từ ngày trước đó. Phiên bản đã có báo cáo thì không đổi cấu trúc, chỉ đặt được ngày hết hiệu lực.",
        },
        {
          kind: "text",
          text: "Các phép kiểm tra số học (tổng bằng các phần, tỷ lệ phần trăm, tăng trưởng, số cơ sở không vượt số lượt) được sinh tự động từ cấu trúc của mẫu và hiển thị trên trang phiên bản.",
        },
      ],
    },
    {
      id: "danh-muc-ma",
      title: "Danh mục mã",
      blocks: [
        {
          kind: "text",
          text: "Các bảng mã dùng chung (nguồn kinh phí, nội dung hoạt động, ngành nghề…) với tên tiếng Việt, tên tiếng Anh và thời gian hiệu lực. Màn hình và tệp xuất hiển thị tên; mã chỉ dùng khi trao đổi dữ liệu.",
        },
      ],
    },
  ],
};
