import type { HelpTopic } from "../help-topic";

export const dashboardHelp: HelpTopic = {
  module: "tong-quan",
  title: "Tổng quan kinh phí khuyến công",
  summary:
    "Xem kế hoạch và thực hiện kinh phí khuyến công (KCQG và KCĐP) theo vùng, tỉnh, thành phố, theo năm và lũy kế đến một tháng.",
  page: "/app/tong-quan",
  sections: [
    {
      id: "ai-dung",
      title: "Ai dùng trang này",
      blocks: [
        {
          kind: "list",
          items: [
            "Lãnh đạo và chuyên viên Cục, lãnh đạo và chuyên viên Sở Công Thương / Trung tâm khuyến công, thanh tra, kiểm toán: xem và xuất báo cáo.",
            "Mỗi người chỉ thấy số liệu trong phạm vi dữ liệu của tài khoản: toàn quốc, một vùng khuyến công hoặc một tỉnh, thành phố.",
            "Quản trị hệ thống và đơn vị thực hiện đề án không dùng trang này.",
          ],
        },
      ],
    },
    {
      id: "cach-xem",
      title: "Cách xem số liệu",
      blocks: [
        {
          kind: "steps",
          items: [
            "Chọn **Năm** và **Lũy kế đến hết tháng**: số thực hiện là số cộng dồn từ đầu năm đến hết tháng đó.",
            "Chọn **Cách tính địa giới**: «Theo địa giới tại thời điểm» giữ các tỉnh như lúc phát sinh số liệu; «Quy đổi về 34 tỉnh, thành hiện nay» cộng số của các tỉnh cũ vào tỉnh mới theo Nghị quyết 202/2025/QH15.",
            "Bấm vào tên vùng, tỉnh hoặc cột biểu đồ để xem cấp dưới; nút Quay lại của trình duyệt trở về cấp trên.",
            "Bấm vào một thẻ số liệu để xem các khoản cấu thành (đề án, số liệu báo cáo).",
            "Dùng nút xuất để tải bảng (.xlsx) hoặc bản báo cáo tóm tắt (.docx).",
          ],
        },
      ],
    },
    {
      id: "nguon-so-lieu",
      title: "Số liệu lấy từ đâu",
      blocks: [
        {
          kind: "table",
          head: ["Chỉ tiêu", "Nguồn"],
          rows: [
            [
              "Kế hoạch năm",
              "Kế hoạch kinh phí khuyến công năm hiện hành (sau các lần điều chỉnh) trên trang Kế hoạch.",
            ],
            [
              "Thực hiện",
              "Các khoản chi của đề án ghi trên hệ thống, cộng với số liệu báo cáo nhập cho các năm trước khi có hệ thống.",
            ],
            [
              "% kế hoạch năm",
              "Thực hiện chia kế hoạch năm, hệ thống tự tính từ hai số gốc, không nhập tay.",
            ],
            ["So với cùng kỳ", "Thực hiện kỳ này so với cùng kỳ năm trước (lũy kế đến cùng tháng)."],
          ],
        },
        {
          kind: "note",
          text: "Tiền hiển thị theo triệu đồng; hệ thống lưu số đồng chính xác và chỉ làm tròn khi hiển thị. «Chưa có kế hoạch» nghĩa là đơn vị chưa nhập kế hoạch năm, không phải kế hoạch bằng 0.",
        },
      ],
    },
  ],
};
