import type { HelpTopic } from "../help-topic";

export const selectionHelp: HelpTopic = {
  module: "binh-chon-san-pham",
  title: "Bình chọn sản phẩm CNNT tiêu biểu",
  summary:
    "Lập đợt bình chọn theo Thông tư 26/2014/TT-BCT, thành lập hội đồng và ban giám khảo, cấp tài khoản cho giám khảo và đưa đợt qua từng bước kèm văn bản.",
  page: "/app/binh-chon-san-pham",
  sections: [
    {
      id: "lap-dot",
      title: "Lập đợt bình chọn",
      blocks: [
        {
          kind: "list",
          items: [
            "Sở Công Thương lập đợt cấp tỉnh của tỉnh mình; Cục Công Thương địa phương lập đợt cấp khu vực và quốc gia. Đợt cấp huyện chỉ còn là dữ liệu lịch sử (đến 30/6/2025).",
            "Thông thường đợt cấp tỉnh tổ chức vào năm lẻ, cấp khu vực và quốc gia vào năm chẵn (S7). Năm khác nhịp chỉ được cảnh báo, không bị chặn.",
            "Đợt cấp khu vực, quốc gia hiện mức trần kinh phí tổ chức g1, g2 theo bộ định mức đang áp dụng.",
            "Thông tin đợt sửa được đến khi hội đồng đề nghị kết quả; cấp, địa bàn và năm không đổi (nhập sai thì lập đợt mới).",
          ],
        },
      ],
    },
    {
      id: "hoi-dong",
      title: "Hội đồng, ban giám khảo và tài khoản",
      blocks: [
        {
          kind: "list",
          items: [
            "Hội đồng cấp huyện có 5–7 thành viên, cấp tỉnh 7–9, cấp khu vực 9–11, cấp quốc gia 11–13 (S3), trong đó đúng một Chủ tịch; ban giám khảo có số thành viên lẻ và một Trưởng ban.",
            "Ghi mã các cơ sở mà thành viên có liên quan: thành viên đó không được chấm sản phẩm của các cơ sở này.",
            "Giám khảo và thư ký hội đồng có thể được cấp tài khoản đăng nhập. Mật khẩu dùng một lần chỉ hiện một lần và phải đổi ở lần đăng nhập đầu tiên; tài khoản này chỉ thấy các đợt mà người đó tham gia.",
            "Thành phần hội đồng sửa được đến khi bắt đầu chấm điểm.",
          ],
        },
      ],
    },
    {
      id: "cac-buoc",
      title: "Các bước của đợt bình chọn",
      blocks: [
        {
          kind: "steps",
          items: [
            "Thành lập hội đồng (người phê duyệt: Chủ tịch UBND tỉnh với đợt cấp tỉnh; lãnh đạo Bộ, Cục với đợt khu vực, quốc gia), kèm quyết định.",
            "Mở nhận hồ sơ, kèm thông báo hướng dẫn đăng ký.",
            "Bắt đầu chấm điểm khi Chủ tịch hội đồng đã phê duyệt khung điểm.",
            "Hội đồng đề nghị công nhận khi Trưởng ban giám khảo đã khóa chấm điểm; người phê duyệt công nhận hoặc trả lại để chấm lại.",
            "Thông báo kết quả, nhận khiếu nại trong 15 ngày làm việc; đề cử lên cấp trên hoặc kết thúc đợt khi hết hạn và không còn khiếu nại chưa giải quyết.",
          ],
        },
        {
          kind: "note",
          text: "Mỗi bước hiện rõ điều kiện còn thiếu; nút của bước chưa đủ điều kiện bị làm mờ kèm lý do.",
        },
      ],
    },
    {
      id: "giay-chung-nhan",
      title: "Giấy chứng nhận và mã QR",
      blocks: [
        {
          kind: "steps",
          items: [
            'Sau khi người phê duyệt công nhận, thẻ "Giấy chứng nhận" của đợt liệt kê sản phẩm được công nhận theo thứ hạng. Lãnh đạo cơ quan công nhận bấm "Cấp giấy chứng nhận", chọn sản phẩm, nhập số, ngày và người ký quyết định công nhận và ngày cấp.',
            "Giấy chứng nhận có hiệu lực đến hết ngày 31/12 của năm thứ ba kể từ năm cấp. Mở một giấy để tải bản Word hoặc PDF in kèm mã QR, hoặc mở trang xác minh công khai mà mã QR dẫn tới.",
            "Thu hồi theo quyết định thu hồi (số, ngày, lý do): từ ngày thu hồi, trang xác minh báo giấy đã bị thu hồi bằng chữ đỏ.",
            "Ghi báo cáo năm của cơ sở (kinh phí hỗ trợ đã nhận, doanh thu) cho từng năm trong thời hạn của giấy.",
          ],
        },
        {
          kind: "note",
          text: 'Danh sách mọi giấy chứng nhận trong phạm vi dữ liệu của bạn ở nút "Giấy chứng nhận đã cấp" trên trang đợt bình chọn; lọc theo năm cấp, cấp, tình trạng và tìm không dấu.',
        },
      ],
    },
  ],
};
