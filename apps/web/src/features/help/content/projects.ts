import { type ProjectStatus, projectStatusLabels } from "@kc/domain";
import type { HelpTopic } from "../help-topic";

const status = (code: ProjectStatus) => `«${projectStatusLabels[code]}»`;

export const projectsHelp: HelpTopic = {
  module: "de-an",
  title: "Đề án khuyến công",
  summary:
    "Đề án, nhiệm vụ khuyến công từ khi lập, thẩm định, phê duyệt, giao kế hoạch, ký hợp đồng, triển khai đến nghiệm thu và quyết toán.",
  page: "/app/de-an",
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
              "Đơn vị thực hiện đề án",
              "Lập và sửa đề án của đơn vị mình khi đang lập hoặc bị trả lại, gửi hồ sơ, báo cáo tiến độ, tải văn bản.",
            ],
            [
              "Lãnh đạo, chuyên viên Sở / Trung tâm",
              "Lập đề án trong tỉnh, thẩm định cấp cơ sở, đăng ký với Cục, ghi các bước của Sở; ghi tạm ứng, thanh toán với đề án KCĐP.",
            ],
            [
              "Lãnh đạo, chuyên viên Cục",
              "Thẩm định cấp Bộ, đưa vào kế hoạch, giao kế hoạch, ký hợp đồng, nghiệm thu, quyết toán; ghi tạm ứng, thanh toán với đề án KCQG.",
            ],
            ["Thanh tra, kiểm toán", "Xem và xuất hồ sơ trong phạm vi dữ liệu."],
          ],
        },
        {
          kind: "note",
          text: "Ai được làm bước nào do bảng chuyển trạng thái quyết định theo cấp kinh phí (KCQG hay KCĐP) và loại đề án; nút của một bước chỉ hiện với người được làm bước đó.",
        },
      ],
    },
    {
      id: "lap-de-an",
      title: "Lập và gửi đề án",
      blocks: [
        {
          kind: "steps",
          items: [
            "Bấm **Lập đề án**, chọn cấp kinh phí, loại đề án (đơn lẻ, điểm, nhóm, nhiệm vụ), năm kế hoạch, đơn vị thực hiện và cơ sở thụ hưởng.",
            "Nhập dự toán chi tiết (Mẫu 1) theo nội dung hoạt động; hệ thống so từng dòng với mức trần của bộ định mức hỗ trợ có hiệu lực.",
            "Tải lên các văn bản bắt buộc, ví dụ văn bản đề nghị hỗ trợ của đơn vị thụ hưởng khi đơn vị thực hiện không phải là đơn vị thụ hưởng.",
            "Gửi hồ sơ: với đề án KCQG, hồ sơ gửi Sở Công Thương trước ngày 20/5 và đăng ký với Cục trước ngày 15/6 của năm trước năm kế hoạch (mặc định; hạn có thể được cấu hình khác).",
          ],
        },
      ],
    },
    {
      id: "cac-buoc",
      title: "Các bước và điều kiện",
      blocks: [
        {
          kind: "text",
          text: "Trên trang đề án, mỗi bước tiếp theo hiện kèm danh sách điều kiện. Khi còn điều kiện chưa đạt (thiếu văn bản, quá hạn gửi hồ sơ, chưa có kết quả thẩm định, vượt mức trần…), nút bị làm mờ và ghi lý do; bổ sung đủ rồi mới mở được biểu mẫu của bước.",
        },
        {
          kind: "text",
          text: "Mỗi bước phải kèm văn bản làm căn cứ (quyết định, biên bản hoặc biểu mẫu có số hiệu); hệ thống ghi lại người thực hiện, ngày và văn bản trong thẻ «Tiến trình».",
        },
      ],
    },
    {
      id: "trang-thai",
      title: "Ý nghĩa các trạng thái",
      blocks: [
        {
          kind: "table",
          head: ["Trạng thái", "Ý nghĩa"],
          rows: [
            [status("DRAFT"), "Đơn vị thực hiện đang lập hồ sơ; sửa được."],
            [status("SUBMITTED_BASE"), "Hồ sơ đã gửi Sở Công Thương, chờ thẩm định cấp cơ sở."],
            [status("RETURNED"), "Sở yêu cầu bổ sung; sửa rồi gửi lại (không bị giữ hạn gửi lần đầu)."],
            [status("BASE_APPRAISED"), "Sở đã thẩm định đạt (phiếu thẩm định Mẫu 4a/4b)."],
            [status("SUBMITTED_CENTRAL"), "Đã đăng ký với Cục, chờ thẩm định cấp Bộ."],
            [status("CENTRAL_APPRAISED"), "Cục đã thẩm định, chờ đưa vào kế hoạch."],
            [status("IN_APPROVED_PLAN"), "Có tên trong kế hoạch khuyến công năm được Bộ trưởng phê duyệt."],
            [status("ASSIGNED"), "Cục đã giao kế hoạch cho đơn vị thực hiện."],
            [status("PLAN_DETAILED"), "Đề án nhóm: Sở đã duyệt kế hoạch triển khai (Mẫu 11)."],
            [status("TENDERING"), "Nội dung phải đấu thầu đang được đấu thầu."],
            [status("CONTRACTED"), "Đã ký hợp đồng thực hiện đề án hoặc giao nhiệm vụ."],
            [status("IN_PROGRESS"), "Đang triển khai; báo cáo tiến độ hằng tháng, tạm ứng, thanh toán."],
            [
              status("ADJUSTMENT_PENDING"),
              "Đã đề nghị điều chỉnh, bổ sung hoặc ngừng; chờ cấp có thẩm quyền trả lời.",
            ],
            [status("CARRIED_OVER"), "Được gia hạn sang năm sau."],
            [status("STOPPED"), "Ngừng triển khai; quyết toán theo khối lượng đã làm."],
            [
              status("COMPLETED_PENDING_ACCEPTANCE"),
              "Đơn vị thực hiện báo hoàn thành (Mẫu 3b), chờ nghiệm thu.",
            ],
            [status("ACCEPTED"), "Đã có biên bản nghiệm thu cơ sở (Mẫu 5a/5b/5c)."],
            [status("SETTLEMENT_FILED"), "Đã nộp hồ sơ quyết toán."],
            [status("LIQUIDATED_SETTLED"), "Đã thanh lý hợp đồng (Mẫu 6) và duyệt quyết toán."],
            [
              status("PARTIALLY_SETTLED"),
              "Quyết toán theo khối lượng thực hiện (đề án ngừng hoặc bất khả kháng).",
            ],
            [status("CLOSED"), "Kết thúc: tiền đã đối chiếu xong, hệ thống tự đóng."],
            [
              `${status("REJECTED_BASE")}, ${status("REJECTED_CENTRAL")}, ${status("NOT_FUNDED")}`,
              "Không đi tiếp trong năm; có thể đề xuất lại năm sau bằng một đề án mới.",
            ],
          ],
        },
      ],
    },
    {
      id: "kinh-phi",
      title: "Kinh phí, tạm ứng và giải ngân",
      blocks: [
        {
          kind: "list",
          items: [
            "Kinh phí gồm kinh phí khuyến công (KCQG hoặc KCĐP), vốn đối ứng của đơn vị thụ hưởng và nguồn khác; mức hỗ trợ từ kinh phí khuyến công không vượt mức trần của bộ định mức có hiệu lực vào ngày phê duyệt.",
            "Tạm ứng, thanh toán và thu hồi ghi ở thẻ «Giải ngân», do cơ quan chi trả ghi: Cục với đề án KCQG, tỉnh với đề án KCĐP.",
            "Tổng tạm ứng trước nghiệm thu không quá 70 % kinh phí hỗ trợ theo hợp đồng (Thông tư liên tịch 26/2014/TTLT-BTC-BCT), trừ trường hợp được cấu hình riêng; đề án nhóm chỉ tạm ứng khi kế hoạch triển khai đã được duyệt và gửi Cục.",
            "Giá trị quyết toán không vượt kinh phí hợp đồng; đề án chỉ kết thúc khi không còn khoản phải thu hồi hay phải thanh toán.",
          ],
        },
      ],
    },
    {
      id: "tien-do",
      title: "Báo cáo tiến độ hằng tháng",
      blocks: [
        {
          kind: "text",
          text: "Khi đề án đang triển khai, đơn vị thực hiện báo cáo tiến độ (Mẫu 3a) trước ngày 25 hằng tháng ở thẻ «Tiến độ»; tháng chưa báo cáo hiện là quá hạn.",
        },
      ],
    },
    {
      id: "van-ban",
      title: "Văn bản và tệp đính kèm",
      blocks: [
        {
          kind: "list",
          items: [
            "Thẻ «Văn bản» giữ các văn bản của đề án theo loại (đề án, dự toán, văn bản đề nghị, phiếu thẩm định, quyết định, biên bản…).",
            "Chấp nhận PDF, tài liệu Office hoặc OpenDocument và ảnh; hệ thống nhận biết loại tệp theo nội dung, không theo tên, và từ chối tệp hỏng hoặc giả dạng.",
            "Từ trang đề án có thể xuất hồ sơ (.docx) và danh sách (.xlsx).",
          ],
        },
      ],
    },
  ],
};
