import type { HelpTopic } from "../help-topic";

export const extensionNetworkHelp: HelpTopic = {
  module: "mang-luoi-khuyen-cong",
  title: "Mạng lưới khuyến công: trung tâm và hội nghị khu vực",
  summary:
    "Theo dõi các trung tâm khuyến công (số người làm việc theo từng thời điểm, hợp đồng tư vấn, dịch vụ và doanh thu so với kế hoạch) và các hội nghị khuyến công khu vực với tài liệu hội nghị lập từ số liệu hồ sơ.",
  page: "/app/mang-luoi-khuyen-cong/trung-tam",
  sections: [
    {
      id: "trung-tam",
      title: "Trung tâm khuyến công",
      blocks: [
        {
          kind: "list",
          items: [
            "Danh sách gồm các trung tâm trong phạm vi của bạn: cán bộ tỉnh thấy trung tâm của tỉnh mình và của các tỉnh cũ đã hợp nhất vào tỉnh; cán bộ trung ương thấy tất cả, kể cả các trung tâm khu vực.",
            "**Số người bình quân một trung tâm** được tính trên các trung tâm còn tồn tại vào ngày xem (63 trung tâm trước ngày 01/7/2025, ít hơn sau khi hợp nhất tỉnh).",
            "Mỗi lần **Ghi số người** là một bản chụp theo ngày: tổng số, biên chế, hợp đồng, kiêm nhiệm; các thành phần không được vượt tổng số. Cộng tác viên ghi riêng, không tính vào tổng số.",
          ],
        },
      ],
    },
    {
      id: "tu-van",
      title: "Tư vấn, dịch vụ và doanh thu",
      blocks: [
        {
          kind: "text",
          text: "Trang một trung tâm liệt kê các hợp đồng tư vấn, dịch vụ (khách hàng là cơ sở trong sổ đăng ký hoặc ghi tên), giá trị và doanh thu đã thu. Doanh thu của năm được so với **kế hoạch năm** của trung tâm và với cùng kỳ năm trước; một hợp đồng được tính vào kỳ theo **ngày ký**.",
        },
      ],
    },
    {
      id: "hoi-nghi",
      title: "Hội nghị khuyến công khu vực",
      blocks: [
        {
          kind: "list",
          items: [
            "Mỗi khu vực có một chuỗi hội nghị đánh số theo thứ tự, hiển thị bằng số La Mã (“lần thứ IX”), với tỉnh đăng cai, đơn vị tổ chức, ngày họp, tỉnh nhận cờ đăng cai lần sau và các kết luận.",
            "**Tài liệu hội nghị** (.docx) lấy số liệu của khu vực trong kỳ báo cáo (từ ngày 01/01 đến cuối một tháng) từ hồ sơ, theo danh sách tỉnh thuộc khu vực vào thời điểm đó, kèm số liệu tư vấn và nhân sự của các trung tâm.",
            "Cán bộ trung ương lập và sửa hội nghị; mọi người trong chương trình đều xem và tải được tài liệu hội nghị.",
          ],
        },
      ],
    },
  ],
};
