import type { HelpTopic } from "../help-topic";

export const tasksHelp: HelpTopic = {
  module: "viec-can-xu-ly",
  title: "Việc cần xử lý",
  summary:
    "Những việc đang chờ chính anh/chị xử lý, trong phạm vi dữ liệu của tài khoản, xếp theo hạn; số việc hiện ở biểu tượng trên đầu trang.",
  page: "/app/viec-can-xu-ly",
  sections: [
    {
      id: "viec-cua-ai",
      title: "Việc của ai",
      blocks: [
        {
          kind: "table",
          head: ["Tài khoản", "Việc hiện ra"],
          rows: [
            [
              "Lãnh đạo Sở Công Thương",
              "Đề án chờ Sở thẩm định, kế hoạch khuyến công địa phương chờ phê duyệt, đề nghị điều chỉnh chờ quyết định; báo cáo tháng quá hạn.",
            ],
            [
              "Lãnh đạo, chuyên viên Cục",
              "Đề án chờ Cục thẩm định, kế hoạch khuyến công quốc gia chờ phê duyệt, điều chỉnh đề án khuyến công quốc gia.",
            ],
            [
              "Chuyên viên Sở, trung tâm khuyến công",
              "Hồ sơ bị trả lại để hoàn thiện, hồ sơ chờ đăng ký với Cục, đề nghị điều chỉnh cần kiểm tra và xác nhận, báo cáo tháng quá hạn.",
            ],
            ["Đơn vị thực hiện", "Hồ sơ của mình bị trả lại, báo cáo tháng quá hạn."],
          ],
        },
        {
          kind: "note",
          text: "Thanh tra, kiểm toán và quản trị hệ thống không có việc trong danh sách này.",
        },
      ],
    },
    {
      id: "han",
      title: "Hạn xử lý",
      blocks: [
        {
          kind: "list",
          items: [
            "Báo cáo tiến độ tháng đến hạn ngày 25 của tháng; đề án thiếu báo cáo của tháng gần nhất đã đến hạn được coi là quá hạn.",
            "Hồ sơ bị trả lại và hồ sơ chờ Sở thẩm định lấy hạn đăng ký với Cục (15/6 năm trước năm kế hoạch) đối với đề án khuyến công quốc gia.",
            "Việc không có hạn hiện “Không có hạn quy định” và xếp cuối; việc **quá hạn** được tô màu và xếp đầu.",
          ],
        },
      ],
    },
    {
      id: "nop-nhieu-bao-cao",
      title: "Nộp nhiều báo cáo tháng một lần",
      blocks: [
        {
          kind: "steps",
          items: [
            "Ở việc báo cáo tiến độ quá hạn của một đề án, bấm “Báo cáo các tháng còn thiếu”.",
            "Chọn các tháng cần báo cáo, nhập khối lượng hoàn thành (%) và công việc đã thực hiện của từng tháng.",
            "Bấm “Ghi … báo cáo”: các tháng được ghi cùng lúc; nếu một tháng không hợp lệ (ngoài thời gian thực hiện, đã có báo cáo) thì không tháng nào được ghi và thông báo nêu rõ tháng đó.",
          ],
        },
      ],
    },
  ],
};
