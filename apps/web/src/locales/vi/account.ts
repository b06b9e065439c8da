/** Strings of password self-service: change, forgot, reset (Vietnamese). */
export const viAccount = {
  account: {
    changeTitle: "Đổi mật khẩu",
    changeDescription:
      "Nhập mật khẩu hiện tại và chọn mật khẩu mới. Các phiên đăng nhập khác của bạn (máy khác, trình duyệt khác) sẽ kết thúc.",
    mustChange:
      "Mật khẩu bạn vừa dùng do quản trị viên đặt. Để bảo vệ tài khoản, hãy chọn mật khẩu của riêng bạn trước khi tiếp tục làm việc.",
    currentPassword: "Mật khẩu hiện tại",
    currentPasswordRequired: "Vui lòng nhập mật khẩu hiện tại",
    newPassword: "Mật khẩu mới",
    newPasswordHint:
      "Ít nhất 8 ký tự; nên dùng một cụm từ dài từ 15 ký tự, dễ nhớ với bạn, khó đoán với người khác.",
    confirmPassword: "Nhập lại mật khẩu mới",
    confirmMismatch: "Hai lần nhập mật khẩu mới không khớp",
    changeSubmit: "Đổi mật khẩu",
    changed: "Đã đổi mật khẩu",
    changedEndedSessions: "Đã đổi mật khẩu; {{count}} phiên đăng nhập khác đã kết thúc",
    forgotLink: "Quên mật khẩu?",
    forgotTitle: "Quên mật khẩu",
    forgotDescription:
      "Nhập thư điện tử của tài khoản. Hệ thống sẽ gửi một liên kết để bạn đặt mật khẩu mới.",
    forgotSubmit: "Gửi liên kết đặt lại mật khẩu",
    forgotSentTitle: "Hãy kiểm tra hộp thư",
    resetTitle: "Đặt mật khẩu mới",
    resetDescription: "Chọn mật khẩu mới cho tài khoản. Mọi phiên đăng nhập đang mở sẽ kết thúc.",
    resetSubmit: "Đặt mật khẩu mới",
    resetDone: "Đã đặt mật khẩu mới. Hãy đăng nhập bằng mật khẩu vừa chọn.",
    resetNoToken: "Liên kết không đầy đủ. Hãy mở đúng liên kết trong thư, hoặc yêu cầu một liên kết mới.",
    requestNewLink: "Yêu cầu liên kết mới",
    goToSignIn: "Đến trang đăng nhập",
    passwordCard: "Mật khẩu",
    passwordCardHint: "Đổi mật khẩu khi bạn nghi ngờ người khác biết mật khẩu của mình.",
  },
};
