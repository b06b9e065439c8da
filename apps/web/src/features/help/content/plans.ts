import type { HelpTopic } from "../help-topic";

export const plansHelp: HelpTopic = {
  module: "ke-hoach",
  title: "Kế hoạch và số liệu báo cáo",
  summary:
    "Kế hoạch kinh phí khuyến công hằng năm và các lần điều chỉnh, chương trình khuyến công, số liệu báo cáo của các năm trước khi có hệ thống và kiểm tra số liệu các báo cáo đã in.",
  page: "/app/ke-hoach",
  sections: [
    {
      id: "vai-tro",
      title: "Ai làm được gì",
      blocks: [
        {
          kind: "table",
          head: ["Vai trò", "Được phép"],
          rows: [
            [
              "Lãnh đạo, chuyên viên Sở / Trung tâm",
              "Lập, điều chỉnh kế hoạch và nhập số liệu báo cáo của tỉnh mình (kể cả các tỉnh cũ đã hợp nhất vào tỉnh).",
            ],
            [
              "Lãnh đạo, chuyên viên Cục",
              "Như trên, cho mọi đơn vị trong phạm vi dữ liệu (toàn quốc hoặc vùng) và cho Trung ương; chương trình cấp quốc gia cần phạm vi toàn quốc.",
            ],
            ["Thanh tra, kiểm toán", "Xem."],
          ],
        },
      ],
    },
    {
      id: "ke-hoach-nam",
      title: "Kế hoạch năm và điều chỉnh",
      blocks: [
        {
          kind: "steps",
          items: [
            "Ở thẻ «Kế hoạch năm», bấm **Thêm kế hoạch**, chọn đơn vị, năm, chương trình và nhập số, ngày của quyết định giao kế hoạch.",
            "Nhập các dòng kinh phí theo nguồn (KCQG, KCĐP, vốn đối ứng, nguồn khác) và nội dung; số tiền nhập bằng đồng.",
            "Khi có quyết định điều chỉnh, bấm **Điều chỉnh kế hoạch**: hệ thống giữ bản ban đầu và từng lần điều chỉnh trong «Lịch sử điều chỉnh»; kế hoạch hiện hành là lần điều chỉnh mới nhất.",
          ],
        },
        {
          kind: "text",
          text: "Cột «Thực hiện» và «% thực hiện» do hệ thống tính từ các khoản chi của đề án và số liệu báo cáo, không nhập tay.",
        },
      ],
    },
    {
      id: "chuong-trinh",
      title: "Chương trình khuyến công",
      blocks: [
        {
          kind: "text",
          text: "Chương trình là khung nhiều năm mà kế hoạch năm thuộc về, ví dụ Chương trình khuyến công quốc gia giai đoạn 2021–2025 (Quyết định 1881/QĐ-TTg) và giai đoạn 2026–2030 (Quyết định 2646/QĐ-BCT).",
        },
      ],
    },
    {
      id: "so-lieu-bao-cao",
      title: "Số liệu báo cáo",
      blocks: [
        {
          kind: "list",
          items: [
            "Dùng cho các năm trước khi có hệ thống, hoặc cho chỉ tiêu chưa theo dõi bằng đề án.",
            "Mỗi giá trị là số lũy kế từ tháng 1 đến hết tháng của kỳ số liệu, kèm nguồn kinh phí và loại số liệu: «Thực hiện» hoặc «Ước thực hiện».",
            "Kinh phí nhập bằng đồng (không phải triệu đồng), các chỉ tiêu khác là số nguyên.",
            "Số ước thực hiện được thay bằng số thực hiện khi có; lần thay đổi vẫn lưu trong nhật ký hệ thống.",
          ],
        },
      ],
    },
    {
      id: "kiem-tra-so-lieu",
      title: "Kiểm tra số liệu báo cáo đã in",
      blocks: [
        {
          kind: "text",
          text: "Thẻ «Kiểm tra số liệu» tính lại các tổng, tỷ lệ và tốc độ tăng trưởng in trong một báo cáo từ các số liệu thành phần, đặt số in và số tính lại cạnh nhau và chỉ ra chỗ lệch. Tỷ lệ và tăng trưởng luôn được tính từ số gốc, không chép từ báo cáo.",
        },
      ],
    },
  ],
};
