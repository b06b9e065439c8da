import type { HelpTopic } from "../help-topic";

export const accountHelp: HelpTopic = {
  module: "tai-khoan",
  title: "Tài khoản và bảo mật",
  summary: "Đăng nhập, xác thực hai lớp, mật khẩu và những giới hạn bảo vệ tài khoản của bạn.",
  page: "/app/tai-khoan/bao-mat",
  sections: [
    {
      id: "dang-nhap",
      title: "Đăng nhập",
      blocks: [
        {
          kind: "list",
          items: [
            "Đăng nhập bằng thư điện tử và mật khẩu do quản trị hệ thống cấp; nếu đã bật xác thực hai lớp, nhập thêm mã 6 chữ số từ ứng dụng xác thực hoặc một mã dự phòng.",
            "Tài khoản bị khóa tạm thời sau 5 lần nhập sai mật khẩu liên tiếp trong 15 phút; thông báo cho biết phải chờ bao lâu và đến mấy giờ. Một lần đăng nhập đúng xóa các lần sai của tài khoản đó.",
            "Mỗi địa chỉ mạng được phép 50 lần sai trong 15 phút, nên cả một cơ quan dùng chung đường truyền vẫn đăng nhập được.",
            "Phiên làm việc có thời hạn; khi hết hạn, hệ thống đưa bạn về trang đăng nhập.",
          ],
        },
      ],
    },
    {
      id: "xac-thuc-hai-lop",
      title: "Xác thực hai lớp (TOTP)",
      blocks: [
        {
          kind: "steps",
          items: [
            "Mở menu tài khoản (góc trên bên phải) → **Bảo mật tài khoản**.",
            "Bật xác thực hai lớp, quét mã QR bằng ứng dụng xác thực trên điện thoại và nhập mã 6 chữ số để xác nhận.",
            "Lưu các mã dự phòng ở nơi an toàn: mỗi mã dùng được một lần khi không có điện thoại.",
          ],
        },
      ],
    },
    {
      id: "mat-khau",
      title: "Mật khẩu",
      blocks: [
        {
          kind: "list",
          items: [
            "Đổi mật khẩu trên trang **Bảo mật tài khoản**: nhập mật khẩu hiện tại rồi mật khẩu mới.",
            "Quên mật khẩu: dùng liên kết «Quên mật khẩu» ở trang đăng nhập để nhận thư có đường dẫn đặt lại; đường dẫn chỉ dùng được một lần và có thời hạn.",
            "Mật khẩu do quản trị hệ thống đặt phải được đổi ở lần đăng nhập đầu tiên.",
            "Tài khoản bị vô hiệu hóa được báo rõ khi đăng nhập; liên hệ quản trị hệ thống để mở lại.",
          ],
        },
        {
          kind: "note",
          text: "Không chia sẻ tài khoản: mọi thao tác đều ghi vào nhật ký hệ thống dưới tên người đăng nhập.",
        },
      ],
    },
  ],
};
