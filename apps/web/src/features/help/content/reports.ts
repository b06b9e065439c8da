import type { HelpTopic } from "../help-topic";

export const reportsHelp: HelpTopic = {
  module: "bao-cao",
  title: "Báo cáo định kỳ",
  summary:
    "Báo cáo 6 tháng và năm của tỉnh: số liệu lấy sẵn từ hồ sơ, các phép kiểm tra số học sinh từ mẫu báo cáo, gửi – trả lại – duyệt – khóa, và các lần gửi được lưu lại.",
  page: "/app/bao-cao",
  sections: [
    {
      id: "mo-bao-cao",
      title: "Mở một báo cáo",
      blocks: [
        {
          kind: "steps",
          items: [
            "Cán bộ tỉnh bấm **Mở báo cáo**, chọn mẫu báo cáo, năm, tỉnh và kỳ.",
            "Hệ thống từ chối kỳ nằm ngoài thời gian hiệu lực của mẫu, kỳ chưa bắt đầu hoặc tỉnh ngoài phạm vi của bạn, và nói rõ lý do.",
            "Báo cáo mở ra với các ô **Từ hồ sơ** đã điền sẵn (kinh phí theo nguồn và nội dung, đề án, kết quả, hội chợ…); bấm vào ô để xem các bản ghi đứng sau con số.",
          ],
        },
      ],
    },
    {
      id: "dien-so-lieu",
      title: "Điền và kiểm tra số liệu",
      blocks: [
        {
          kind: "list",
          items: [
            "Các ô không có hồ sơ được nhập tay; bấm **Lưu** để ghi. Nếu người khác vừa lưu cùng báo cáo, hệ thống báo xung đột và đề nghị tải lại, không ghi đè.",
            "**Lấy lại số liệu từ hồ sơ** cập nhật các ô lấy từ hồ sơ; ô đã nhập tay không bị ghi đè.",
            "Khi thay số ước thực hiện bằng số thực hiện, giá trị cũ vẫn được lưu trong lịch sử của ô.",
          ],
        },
        {
          kind: "text",
          text: "Các phép kiểm tra được sinh từ cấu trúc của mẫu: tổng bằng tổng các phần (theo nguồn vốn và theo nội dung), tỷ lệ % bằng phép tính lại, tăng trưởng khớp với số kỳ trước, số cơ sở không vượt số lượt, và kế hoạch của từng nguồn suy ra từ số thực hiện và tỷ lệ % phải khớp với kế hoạch đã ghi. Ô sai hiện ngay cạnh con số: số ghi, số tính lại và chênh lệch.",
        },
      ],
    },
    {
      id: "quy-trinh",
      title: "Gửi, trả lại, duyệt và khóa",
      blocks: [
        {
          kind: "table",
          head: ["Bước", "Ai thực hiện"],
          rows: [
            [
              "Gửi, gửi lại",
              "Cán bộ, lãnh đạo của tỉnh; chỉ gửi được khi không còn lỗi (cảnh báo cần ghi lý do)",
            ],
            ["Trả lại (kèm ý kiến theo từng ô)", "Cán bộ, lãnh đạo trung ương"],
            ["Duyệt", "Cán bộ, lãnh đạo trung ương"],
            ["Khóa, mở khóa (phải ghi lý do)", "Lãnh đạo trung ương"],
          ],
        },
        {
          kind: "note",
          text: "Báo cáo đã khóa không sửa được. Mỗi lần gửi được lưu nguyên trạng để so sánh các lần gửi với nhau; mọi bước đều được ghi nhật ký.",
        },
      ],
    },
  ],
};
