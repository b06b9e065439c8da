import { roles } from "@kc/domain";
import type { HelpTopic } from "../help-topic";

export const usersHelp: HelpTopic = {
  module: "nguoi-dung",
  title: "Người dùng",
  summary: "Tài khoản cán bộ, vai trò và phạm vi dữ liệu mỗi tài khoản được phép truy cập.",
  page: "/app/nguoi-dung",
  sections: [
    {
      id: "vai-tro",
      title: "Vai trò và phạm vi dữ liệu",
      blocks: [
        {
          kind: "table",
          head: ["Vai trò", "Phạm vi được gán"],
          rows: [
            [
              roles.SYSTEM_ADMIN.labelVi,
              "Toàn quốc. Quản lý tài khoản và danh mục; không sửa dữ liệu nghiệp vụ.",
            ],
            [roles.CENTRAL_LEADER.labelVi, "Toàn quốc hoặc một vùng khuyến công."],
            [roles.CENTRAL_OFFICER.labelVi, "Toàn quốc hoặc một vùng khuyến công."],
            [roles.PROVINCIAL_LEADER.labelVi, "Một tỉnh, thành phố."],
            [roles.PROVINCIAL_OFFICER.labelVi, "Một tỉnh, thành phố."],
            [roles.IMPLEMENTER.labelVi, "Một tổ chức: chỉ các đề án do tổ chức đó thực hiện."],
            [roles.AUDITOR.labelVi, "Toàn quốc hoặc một tỉnh, thành phố; chỉ xem."],
            [
              roles.JUROR.labelVi,
              "Chỉ các đợt bình chọn mà người đó là thành viên ban giám khảo; chấm điểm.",
            ],
            [roles.COUNCIL_SECRETARY.labelVi, "Chỉ các đợt bình chọn mà người đó là thư ký hội đồng."],
          ],
        },
      ],
    },
    {
      id: "quan-ly",
      title: "Quản lý tài khoản",
      blocks: [
        {
          kind: "list",
          items: [
            "Chỉ quản trị hệ thống thêm, sửa, vô hiệu hóa, mở lại tài khoản, thu hồi phiên đăng nhập và đặt lại mật khẩu.",
            "Lãnh đạo Cục, chuyên viên Cục, lãnh đạo Sở / Trung tâm và thanh tra, kiểm toán xem được danh sách tài khoản trong phạm vi của mình.",
            "Vô hiệu hóa một tài khoản chấm dứt ngay các phiên đang mở; người đó được báo tài khoản đã bị vô hiệu hóa khi đăng nhập.",
            "Mật khẩu do quản trị đặt là mật khẩu tạm: người dùng phải đổi ở lần đăng nhập đầu tiên.",
          ],
        },
        {
          kind: "note",
          text: "Mọi thay đổi tài khoản, vai trò và phạm vi được ghi vào nhật ký hệ thống.",
        },
      ],
    },
  ],
};
