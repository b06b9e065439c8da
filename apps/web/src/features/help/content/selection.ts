import type { HelpTopic } from "../help-topic";

export const selectionHelp: HelpTopic = {
  module: "binh-chon-san-pham",
  title: "Bình chọn sản phẩm CNNT tiêu biểu",
  summary:
    "Lập đợt bình chọn theo Thông tư 26/2014/TT-BCT, thành lập hội đồng và ban giám khảo, chấm điểm trên phiếu của từng giám khảo, giải quyết khiếu nại, cấp và thu hồi giấy chứng nhận có mã QR để ai cũng kiểm tra được.",
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
      id: "cham-diem",
      title: "Khung điểm và chấm điểm",
      blocks: [
        {
          kind: "steps",
          items: [
            "Trưởng ban giám khảo đề xuất khung điểm ở thẻ “Chấm điểm”: các tiêu chí thuộc bốn nhóm C1–C4, mỗi tiêu chí có điểm tối đa của đợt này, tổng đúng 100 điểm. Đề xuất sửa được nhiều lần.",
            "Chủ tịch hội đồng phê duyệt khung điểm. Từ đó khung điểm không sửa được nữa và đợt được bắt đầu chấm điểm.",
            "Mỗi giám khảo đăng nhập bằng tài khoản của mình và chấm từng sản phẩm trên phiếu riêng, điểm theo bước 0,5. Phiếu sửa được đến khi khóa chấm điểm; giám khảo không xem được phiếu của người khác.",
            "Trưởng ban giám khảo khóa chấm điểm khi đã đủ phiếu. Biên bản tổng hợp tính điểm trung bình của từng sản phẩm, đánh dấu sản phẩm đạt từ 70 điểm và xếp hạng; tải được tệp Excel.",
            "Hội đồng chọn danh sách đề nghị công nhận (số lượng do hội đồng quyết định, không tự động theo điểm) rồi chuyển bước “Hội đồng đề nghị công nhận”.",
          ],
        },
        {
          kind: "note",
          text: "Giám khảo có liên quan đến cơ sở dự thi không chấm sản phẩm của cơ sở đó; điểm trung bình chỉ tính từ các phiếu đã lưu.",
        },
      ],
    },
    {
      id: "khieu-nai",
      title: "Khiếu nại kết quả",
      blocks: [
        {
          kind: "list",
          items: [
            "Thời hạn khiếu nại là 15 ngày làm việc kể từ ngày thông báo kết quả; hội đồng trả lời trong 10 ngày làm việc kể từ ngày nhận (S6).",
            "Ngày làm việc không tính thứ Bảy, Chủ nhật, ngày lễ, Tết Nguyên đán (theo âm lịch) và các ngày nghỉ bù do Chính phủ quyết định từng năm. Quản trị hệ thống cập nhật các ngày này ở Danh mục → Lịch làm việc.",
            "Thẻ “Khiếu nại” hiện hạn cuối nhận khiếu nại và số ngày làm việc còn lại; mỗi khiếu nại có hạn giải quyết, quá hạn thì hiện màu đỏ.",
            "Cán bộ của cơ quan tổ chức hoặc thư ký hội đồng ghi nhận khiếu nại với ngày nhận thực tế; khiếu nại nhận sau hạn cuối bị từ chối và hệ thống nêu rõ ngày hạn cuối.",
            "Khi giải quyết, chọn kết quả (khiếu nại đúng, không đúng, hoặc đã rút), ngày giải quyết và nội dung trả lời. Đợt chỉ được kết thúc hoặc đề cử lên cấp trên khi đã hết hạn và không còn khiếu nại chưa giải quyết.",
          ],
        },
      ],
    },
    {
      id: "giay-chung-nhan",
      title: "Giấy chứng nhận",
      blocks: [
        {
          kind: "steps",
          items: [
            'Sau khi người phê duyệt công nhận, thẻ "Giấy chứng nhận" của đợt liệt kê sản phẩm được công nhận theo thứ hạng. Lãnh đạo cơ quan công nhận bấm "Cấp giấy chứng nhận", chọn sản phẩm, nhập số, ngày và người ký quyết định công nhận và ngày cấp.',
            "Mở một giấy để tải bản Word hoặc PDF in kèm mã QR, hoặc mở trang xác minh công khai mà mã QR dẫn tới.",
            "Thu hồi theo quyết định thu hồi (số, ngày, lý do): từ ngày thu hồi, trang xác minh báo giấy đã bị thu hồi bằng chữ đỏ.",
            "Ghi báo cáo năm của cơ sở (kinh phí hỗ trợ đã nhận, doanh thu) cho từng năm trong thời hạn của giấy.",
            'Mọi giấy chứng nhận trong phạm vi của bạn ở trang "Giấy chứng nhận đã cấp" (nút trên trang Bình chọn sản phẩm): lọc theo năm cấp, cấp, tình trạng và tìm không dấu.',
          ],
        },
        {
          kind: "list",
          items: [
            "Lãnh đạo cơ quan công nhận cấp giấy chứng nhận cho các sản phẩm đã được công nhận, theo số, ngày quyết định công nhận. Số giấy được đánh tự động theo cấp và năm; mỗi sản phẩm chỉ được cấp một giấy.",
            "Giấy có hiệu lực từ ngày cấp đến hết ngày 31 tháng 12 của năm thứ ba tính cả năm cấp (cấp năm 2026 thì hiệu lực đến 31/12/2028).",
            "Thu hồi giấy khi cơ sở vi phạm, kèm số, ngày quyết định thu hồi và lý do. Giấy đã thu hồi không phục hồi được.",
            "Mỗi giấy in ra một trang (Word hoặc PDF) theo mẫu, có mã QR dẫn tới trang xác minh.",
            "Cơ sở có giấy chứng nhận còn hiệu lực được ưu tiên khi xét hỗ trợ khuyến công (Điều 21 Thông tư 26/2014): nhãn “Ưu tiên (Điều 21 TT 26/2014)” hiện ở trang cơ sở và trong danh sách cơ sở thụ hưởng của đề án, và tự mất khi giấy hết hạn hoặc bị thu hồi.",
          ],
        },
      ],
    },
    {
      id: "xac-minh",
      title: "Xác minh giấy chứng nhận và danh mục sản phẩm tiêu biểu",
      blocks: [
        {
          kind: "list",
          items: [
            "Người mua, đối tác chỉ cần quét mã QR trên giấy: trang xác minh mở ra không cần đăng nhập, cho biết sản phẩm, tên cơ sở, cấp, năm và tình trạng hiện tại của giấy.",
            "Giấy còn hiệu lực hiện màu xanh; giấy đã hết hạn hoặc bị thu hồi hiện màu đỏ. Mã QR bị làm giả hoặc sửa nội dung thì trang báo không xác thực được.",
            "Trang xác minh và danh mục công khai không hiện thông tin cá nhân (chủ cơ sở, điện thoại, địa chỉ chi tiết).",
            "Danh mục sản phẩm tiêu biểu (/san-pham-tieu-bieu) cho phép tìm theo tên không cần gõ dấu và lọc theo tỉnh, vùng, nhóm sản phẩm, cấp, năm và tình trạng hiệu lực.",
          ],
        },
      ],
    },
  ],
};
