import type { HelpTopic } from "../help-topic";

export const tradePromotionRecordsHelp: HelpTopic = {
  module: "xuc-tien-thuong-mai",
  title: "Xúc tiến thương mại: phòng trưng bày và thương hiệu",
  summary:
    "Ghi nhận phòng trưng bày, điểm giới thiệu sản phẩm và hỗ trợ xây dựng, đăng ký thương hiệu; các số liệu SHOWROOMS và BRANDS được đếm từ chính các bản ghi này.",
  page: "/app/xuc-tien-thuong-mai/phong-trung-bay",
  sections: [
    {
      id: "phong-trung-bay",
      title: "Phòng trưng bày, điểm giới thiệu sản phẩm",
      blocks: [
        {
          kind: "list",
          items: [
            "Mỗi phòng trưng bày đặt **tại trung tâm** (chọn trung tâm khuyến công của tỉnh) hoặc **tại cơ sở** (chọn cơ sở trong sổ đăng ký của tỉnh).",
            "Năm khai trương dùng để đếm số phòng trưng bày theo năm; ghi ngày đóng cửa khi phòng không còn hoạt động.",
            "Đề án kinh phí là đề án của tỉnh hoặc của trung ương; số tiền hỗ trợ ghi bằng đồng.",
          ],
        },
      ],
    },
    {
      id: "thuong-hieu",
      title: "Hỗ trợ xây dựng, đăng ký thương hiệu",
      blocks: [
        {
          kind: "list",
          items: [
            "Chủ sở hữu là **một cơ sở**, hoặc **một tập thể** (hội, hợp tác xã) ghi tên kèm các cơ sở thành viên; mỗi bản ghi là một thương hiệu.",
            "Ghi số đơn, ngày nộp đơn, số văn bằng và ngày cấp theo Cục Sở hữu trí tuệ; ngày cấp không được trước ngày nộp đơn.",
            "Nhãn hiệu “Đã được cấp” cần số và ngày cấp văn bằng.",
          ],
        },
        {
          kind: "text",
          text: "Mức hỗ trợ theo **định mức h**: tối đa 50 % chi phí và không quá 35 triệu đồng cho một thương hiệu, lấy theo bộ định mức có hiệu lực vào **ngày nộp đơn** (không có ngày nộp đơn thì ngày cấp văn bằng, rồi ngày 1/1 của năm hỗ trợ). Đề án khuyến công địa phương dùng bộ định mức của tỉnh. Biểu mẫu hiện mức tối đa ngay khi nhập chi phí; số tiền vượt mức tối đa bị từ chối khi lưu.",
        },
        {
          kind: "note",
          text: "Khi bộ định mức đang áp dụng chưa có số liệu định mức h (bộ định mức năm 2018 chưa được nhập), bản ghi vẫn được lưu và ghi “Chưa kiểm tra được mức trần”.",
        },
      ],
    },
    {
      id: "trang-co-so",
      title: "Trang của cơ sở",
      blocks: [
        {
          kind: "text",
          text: "Thẻ “Xúc tiến thương mại” trên trang một cơ sở liệt kê các hội chợ cơ sở đã tham gia (gian hàng, số tiền hỗ trợ), các thương hiệu cơ sở sở hữu hoặc là thành viên tập thể, và các phòng trưng bày của cơ sở.",
        },
      ],
    },
  ],
};
