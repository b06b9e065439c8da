import { eligibilityVerdictLabels, establishmentStatusLabels } from "@kc/domain";
import type { HelpTopic } from "../help-topic";

export const establishmentsHelp: HelpTopic = {
  module: "co-so-cnnt",
  title: "Cơ sở công nghiệp nông thôn",
  summary:
    "Sổ đăng ký các cơ sở CNNT của tỉnh: hồ sơ, số liệu theo năm, lịch sử thay đổi và kết quả đánh giá điều kiện hưởng chính sách khuyến công.",
  page: "/app/co-so-cnnt",
  sections: [
    {
      id: "vai-tro",
      title: "Ai làm được gì",
      blocks: [
        {
          kind: "table",
          head: ["Vai trò", "Được phép"],
          rows: [
            [
              "Lãnh đạo, chuyên viên Sở / Trung tâm",
              "Xem, thêm, sửa, lưu trữ và khôi phục, nhập từ Excel, xuất danh sách — chỉ cơ sở thuộc tỉnh mình.",
            ],
            [
              "Lãnh đạo, chuyên viên Cục; thanh tra, kiểm toán",
              "Xem và xuất danh sách trong phạm vi dữ liệu của tài khoản (toàn quốc, vùng hoặc tỉnh).",
            ],
          ],
        },
      ],
    },
    {
      id: "them-sua",
      title: "Thêm và sửa một cơ sở",
      blocks: [
        {
          kind: "steps",
          items: [
            "Bấm **Thêm cơ sở**, nhập tên, loại hình, đối tượng, mã số thuế (nếu có), xã nơi sản xuất và ngành nghề.",
            "Nhập số liệu theo năm (lao động, doanh thu, vốn…) ở thẻ «Số liệu theo năm»; tiền nhập bằng đồng.",
            "Lưu: hệ thống kiểm tra trùng mã số thuế và đánh giá điều kiện hưởng chính sách theo quy định có hiệu lực.",
            "Khi sửa, nếu người khác vừa lưu cùng hồ sơ, hệ thống báo xung đột phiên bản: tải lại rồi sửa tiếp, không mất dữ liệu của người kia.",
          ],
        },
        {
          kind: "text",
          text: `Trạng thái: «${establishmentStatusLabels.ACTIVE}» hoặc «${establishmentStatusLabels.ARCHIVED}». Lưu trữ chỉ ẩn cơ sở khỏi danh sách, không xóa lịch sử; các đề án vẫn giữ liên kết tới cơ sở.`,
        },
      ],
    },
    {
      id: "dieu-kien",
      title: "Điều kiện hưởng chính sách",
      blocks: [
        {
          kind: "text",
          text: "Kết quả đánh giá dựa trên đối tượng, ngành nghề và địa bàn theo Nghị định 45/2012/NĐ-CP về khuyến công (được sửa đổi, bổ sung bởi Nghị định 235/2025/NĐ-CP), tiêu chí doanh nghiệp nhỏ và vừa theo nghị định có hiệu lực tại ngày đánh giá.",
        },
        {
          kind: "list",
          items: [
            `«${eligibilityVerdictLabels.ELIGIBLE}»: đáp ứng các điều kiện.`,
            `«${eligibilityVerdictLabels.NOT_ELIGIBLE}»: có điều kiện không đáp ứng; hệ thống nêu điều kiện nào.`,
            `«${eligibilityVerdictLabels.UNKNOWN}»: thiếu thông tin để kết luận (ví dụ chưa có số lao động hoặc doanh thu); bổ sung thông tin còn thiếu, hệ thống không tự đoán.`,
          ],
        },
        {
          kind: "note",
          text: "Khi bộ quy tắc có căn cứ chưa được đối chiếu với văn bản gốc, trang cơ sở ghi rõ điều đó: kết quả khi ấy chỉ để tham khảo, cần kiểm tra lại trước khi thẩm định.",
        },
      ],
    },
    {
      id: "lich-su",
      title: "Lịch sử thay đổi",
      blocks: [
        {
          kind: "text",
          text: "Thẻ «Lịch sử thay đổi» của mỗi cơ sở ghi lại ai đã thay đổi gì và khi nào. Mọi lần ghi cũng được lưu trong nhật ký hệ thống, không sửa, xóa được.",
        },
      ],
    },
    {
      id: "nhap-tu-excel",
      title: "Nhập từ Excel",
      blocks: [
        {
          kind: "steps",
          items: [
            "Tải **tệp mẫu** (.xlsx). Trang «Cơ sở CNNT» có các cột cần nhập và danh sách chọn; trang «Hướng dẫn» giải thích từng cột; trang «Mã xã» liệt kê mã và tên các xã còn hiệu lực của tỉnh bạn.",
            "Mỗi dòng một cơ sở. Mã tỉnh 2 chữ số và mã xã 5 chữ số phải là đơn vị hành chính còn hiệu lực tại ngày nhập; chỉ nhập được cơ sở thuộc tỉnh mình.",
            "Tải tệp lên và chọn **Chạy thử**: hệ thống kiểm tra toàn bộ tệp và liệt kê mọi lỗi theo dòng và cột, chưa ghi gì.",
            "Sửa lỗi trong tệp rồi nhập lại, hoặc chọn chỉ nhập các dòng hợp lệ. Cơ sở có mã số thuế đã có trên hệ thống được cập nhật, không tạo trùng.",
          ],
        },
        {
          kind: "note",
          text: "Giới hạn: tệp .xlsx hoặc .csv (UTF-8) tối đa 10 MB, 50.000 dòng, 40 cột. Tệp xuất từ danh sách có cùng cột với tệp mẫu nên nhập lại được.",
        },
      ],
    },
  ],
};
