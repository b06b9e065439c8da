import type { HelpTopic } from "../help-topic";

export const fairsHelp: HelpTopic = {
  module: "hoi-cho-trien-lam",
  title: "Hội chợ triển lãm",
  summary:
    "Ghi nhận hội chợ, triển lãm hàng công nghiệp nông thôn từ kế hoạch đến báo cáo kết quả, xem theo danh sách hoặc theo lịch, và đếm cơ sở, lượt tham gia, gian hàng từ chính hồ sơ.",
  page: "/app/hoi-cho-trien-lam",
  sections: [
    {
      id: "ghi-nhan",
      title: "Ghi nhận một hội chợ",
      blocks: [
        {
          kind: "steps",
          items: [
            "Bấm “Thêm hội chợ”, ghi tên, cấp (tỉnh, khu vực, quốc gia, ở nước ngoài) và loại.",
            "Đơn vị chủ trì, đơn vị tổ chức: tìm trong danh mục tổ chức (gõ không dấu cũng được) để tên được điền sẵn; đơn vị chưa có trong danh mục thì bỏ trống ô danh mục và chỉ ghi tên.",
            "Chọn ngày khai mạc, bế mạc rồi chọn tỉnh (và xã nếu cần) nơi tổ chức: danh sách theo đơn vị hành chính **vào ngày khai mạc**. Hội chợ ở nước ngoài ghi quốc gia và thành phố.",
            "Ghi số gian hàng dự kiến, giá thuê một gian và đề án cấp kinh phí tổ chức (nếu có). Mã hội chợ (HC-năm-số) do hệ thống cấp.",
          ],
        },
        {
          kind: "note",
          text: "Cán bộ tỉnh ghi hội chợ của tỉnh mình; hội chợ của cơ quan trung ương (không thuộc tỉnh nào) do tài khoản phạm vi toàn quốc ghi.",
        },
      ],
    },
    {
      id: "trang-thai",
      title: "Các bước của hội chợ",
      blocks: [
        {
          kind: "table",
          head: ["Bước", "Điều kiện"],
          rows: [
            ["Mở đăng ký", "Hội chợ đang ở trạng thái đã lập kế hoạch."],
            ["Xác nhận đã tổ chức", "Hội chợ đã lập kế hoạch hoặc đang nhận đăng ký."],
            [
              "Báo cáo kết quả",
              "Hội chợ đã tổ chức và đã nộp **danh sách gian hàng được đơn vị chủ trì xác nhận**.",
            ],
            ["Hủy hội chợ", "Chỉ trước khi tổ chức; phải ghi lý do."],
          ],
        },
        {
          kind: "text",
          text: "Nút của bước chưa làm được hiện mờ kèm lý do. Hội chợ đã báo cáo hoặc đã hủy không sửa được nữa.",
        },
      ],
    },
    {
      id: "so-dem",
      title: "Ba con số không cộng với nhau",
      blocks: [
        {
          kind: "list",
          items: [
            "**Cơ sở**: số cơ sở khác nhau tham gia.",
            "**Lượt tham gia**: mỗi cơ sở ở mỗi hội chợ là một lượt; một cơ sở đi hai hội chợ là hai lượt.",
            "**Gian hàng**: gian hàng tiêu chuẩn; một gian dùng chung được tính một lần.",
          ],
        },
        { kind: "note", text: "Ba số có đơn vị khác nhau nên không bao giờ được cộng thành một tổng." },
      ],
    },
    {
      id: "ban-do",
      title: "Cơ sở đến từ đâu",
      blocks: [
        {
          kind: "text",
          text: "Thẻ “Nơi đến của cơ sở” vẽ 34 tỉnh, thành phố thành các ô đặt gần đúng vị trí địa lý, màu càng đậm càng nhiều lượt tham gia; rê chuột lên một ô để xem số lượt và số gian. Cơ sở của tỉnh cũ (trước 01/7/2025) được tính vào tỉnh mới. Danh sách bên cạnh ghi số của từng tỉnh theo tên tỉnh vào ngày khai mạc.",
        },
      ],
    },
    {
      id: "lich",
      title: "Xem theo lịch",
      blocks: [
        {
          kind: "text",
          text: "Chọn “Lịch” ở đầu trang: mỗi hội chợ hiện ở mọi ngày nó diễn ra trong tháng. Bộ lọc của danh sách dùng được cả ở lịch; trên điện thoại lịch hiện thành danh sách theo ngày khai mạc.",
        },
      ],
    },
  ],
};
