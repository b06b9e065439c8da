import type { HelpTopic } from "../help-topic";

export const auditHelp: HelpTopic = {
  module: "nhat-ky",
  title: "Nhật ký hệ thống",
  summary:
    "Mọi thao tác ghi dữ liệu, đăng nhập và mọi lần bị từ chối truy cập đều được ghi lại; nhật ký không ai sửa hay xóa được.",
  page: "/app/nhat-ky",
  sections: [
    {
      id: "ai-xem",
      title: "Ai xem được",
      blocks: [
        {
          kind: "list",
          items: [
            "Quản trị hệ thống: toàn bộ nhật ký.",
            "Thanh tra, kiểm toán: toàn quốc, hoặc các sự kiện do người dùng của tỉnh mình thực hiện nếu tài khoản có phạm vi tỉnh.",
          ],
        },
      ],
    },
    {
      id: "loai-su-kien",
      title: "Các nhóm sự kiện",
      blocks: [
        {
          kind: "table",
          head: ["Nhóm", "Ghi gì"],
          rows: [
            ["Ghi dữ liệu", "Mỗi lần ghi thành công: ai, lúc nào, bản ghi nào, giá trị trước và sau."],
            [
              "Đăng nhập, xác thực",
              "Đăng nhập, đăng nhập sai, bị giới hạn do sai nhiều lần, đăng xuất, bật hoặc tắt xác thực hai lớp.",
            ],
            [
              "Truy cập bị từ chối",
              "Các lần bị từ chối: không có quyền, hoặc mở bản ghi ngoài phạm vi dữ liệu.",
            ],
          ],
        },
      ],
    },
    {
      id: "tra-cuu",
      title: "Tra cứu",
      blocks: [
        {
          kind: "steps",
          items: [
            "Chọn khoảng thời gian (giờ Việt Nam, UTC+7) và lọc theo nhóm, đối tượng, hành động, kết quả hoặc người thực hiện.",
            "Mở một dòng để xem chi tiết: các trường đã thay đổi, giá trị trước và sau, mã yêu cầu để đối chiếu với nhật ký máy chủ.",
            "Bấm “Xuất Excel” để tải các dòng đang lọc thành tệp .xlsx (tối đa 20.000 dòng một lần; thu hẹp khoảng thời gian nếu cần nhiều hơn).",
          ],
        },
        {
          kind: "note",
          text: "Nhật ký chỉ được thêm, không sửa, không xóa: cơ sở dữ liệu từ chối mọi lệnh sửa hoặc xóa, kể cả của quản trị.",
        },
      ],
    },
  ],
};
