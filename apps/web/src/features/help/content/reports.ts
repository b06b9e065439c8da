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
    {
      id: "han-nop-nhac-han",
      title: "Hạn nộp, nhắc hạn và tình hình nộp báo cáo",
      blocks: [
        {
          kind: "text",
          text: "Mỗi tỉnh phải gửi báo cáo 6 tháng đầu năm và báo cáo năm, hạn nộp là 15 ngày sau ngày cuối của kỳ (ví dụ 15/07 và 15/01 năm sau). Tỉnh đã sáp nhập từ 01/07/2025 vẫn phải gửi các kỳ kết thúc trước ngày đó; tỉnh mới gửi từ kỳ kết thúc sau ngày đó. Trang **Báo cáo của tôi** liệt kê các báo cáo phải gửi, báo cáo quá hạn, bị trả lại và sắp đến hạn (còn 7 ngày trở xuống) ở trên cùng, kèm số ngày còn lại hoặc đã trễ; bấm **Lập báo cáo** để mở báo cáo chưa mở. Biểu tượng hộp thư trên thanh tiêu đề cho biết số báo cáo cần xử lý.",
        },
        {
          kind: "list",
          items: [
            "Thư nhắc được gửi tới cán bộ và lãnh đạo của tỉnh 7 ngày và 1 ngày trước hạn, 1 ngày và 7 ngày sau hạn nếu báo cáo chưa gửi (lịch nhắc do quản trị hệ thống cấu hình); mỗi lần nhắc chỉ gửi một lần. Báo cáo bị trả lại cũng được báo qua thư.",
            "Báo cáo gửi đúng hạn hay trễ hạn được tính theo **lần gửi đầu tiên**: gửi đúng vào ngày hạn nộp là đúng hạn; báo cáo bị trả lại rồi gửi lại vẫn giữ lần gửi đầu.",
            "Trang **Tình hình nộp báo cáo** cho biết theo từng kỳ và từng tỉnh: đúng hạn, trễ hạn, chưa gửi, chưa đến hạn; tỉ lệ đầy đủ = đã gửi / phải gửi, tỉ lệ đúng hạn = gửi đúng hạn / phải gửi; lọc theo vùng như vùng của tỉnh trong kỳ đó. Thẻ **Xếp hạng khen thưởng** xếp các tỉnh theo tỉ lệ đúng hạn, rồi đầy đủ, rồi nhất quán (qua kiểm tra tự động không phải giải trình, không bị trả lại).",
          ],
        },
      ],
    },
  ],
};
