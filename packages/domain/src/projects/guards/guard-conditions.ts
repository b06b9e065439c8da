import type { GuardCode } from "../lifecycle/lifecycle.types";

/**
 * When a guard can be met, so the project page can say why a step cannot be taken before its form opens
 * (issue 14, item 2):
 *
 * - `PRECONDITION`: the project's state or the documents already on file decide it; nothing typed into the
 *   step's form changes the answer, so an unmet precondition greys the step out with its reason.
 * - `STEP_DATE`: a deadline, judged on the step's own date. The page evaluates it on today's date and shows it
 *   unmet once the deadline has passed; the step is then no longer the main button, but stays open, because an
 *   officer may record a step that happened before the deadline (its decision, filing or minute is dated then).
 * - `FORM`: the step's own form supplies what the guard reads (the appraisal result, the contract amount, the
 *   adjustment asked for, the accepted spend); evaluated before the form, it only says what the form will ask.
 *
 * Evaluated before the form, a guard reads the project as it is today, with none of the form's inputs. A guard
 * that also looks at the form's inputs but fails without them only for a precondition (the approver level
 * fails early only when no adjustment is pending) is a `PRECONDITION`. `satisfies Record<GuardCode, …>` makes a
 * new guard code without a class a type error.
 */
export type GuardClass = "PRECONDITION" | "STEP_DATE" | "FORM";

export type GuardCondition = {
  class: GuardClass;
  /** The condition as a checklist line, said positively ("Có dự toán…"), whether met or not. */
  labelVi: string;
};

export const guardConditions = {
  REQUIRES_ESTIMATE: {
    class: "PRECONDITION",
    labelVi: "Có dự toán kinh phí chi tiết (Mẫu 1) hợp lệ",
  },
  REQUIRES_BENEFICIARY_REQUEST: {
    class: "PRECONDITION",
    labelVi: "Có văn bản đề nghị hỗ trợ của đơn vị thụ hưởng (khi khác đơn vị thực hiện)",
  },
  BEFORE_BASE_DEADLINE: { class: "STEP_DATE", labelVi: "Còn trong hạn gửi hồ sơ về Sở Công Thương" },
  BEFORE_CENTRAL_DEADLINE: { class: "STEP_DATE", labelVi: "Còn trong hạn đăng ký với Cục" },
  DIRECT_ROUTE_ALLOWED: {
    class: "PRECONDITION",
    labelVi: "Đơn vị thực hiện được đăng ký trực tiếp với Cục",
  },
  APPRAISAL_PASSED: { class: "FORM", labelVi: "Kết quả thẩm định là Đạt (nhập trong biểu mẫu)" },
  APPRAISAL_FAILED: { class: "FORM", labelVi: "Kết quả thẩm định là Không đạt (nhập trong biểu mẫu)" },
  ESTIMATE_WITHIN_CAPS: {
    class: "PRECONDITION",
    labelVi: "Kinh phí khuyến công từng dòng dự toán không vượt mức trần",
  },
  GROUP_PROJECT_ONLY: { class: "PRECONDITION", labelVi: "Đề án lập theo nhóm" },
  REQUIRES_IMPLEMENTATION_PLAN: {
    class: "PRECONDITION",
    labelVi: "Đề án nhóm có kế hoạch triển khai (Mẫu 11) đã phê duyệt và gửi Cục",
  },
  BIDDING_APPLIES: { class: "PRECONDITION", labelVi: "Đề án thuộc trường hợp phải đấu thầu" },
  REQUIRES_BID_RESULT: {
    class: "PRECONDITION",
    labelVi: "Không có nội dung phải đấu thầu (nếu có, ký hợp đồng qua bước đấu thầu)",
  },
  CONTRACT_WITHIN_APPROVED_SUPPORT: {
    class: "FORM",
    labelVi: "Kinh phí hợp đồng không vượt mức được duyệt (nhập trong biểu mẫu)",
  },
  REQUIRES_CONTRACT: { class: "PRECONDITION", labelVi: "Đã có hợp đồng hoặc quyết định giao nhiệm vụ" },
  REQUIRES_ADJUSTMENT_TYPES: {
    class: "FORM",
    labelVi: "Chọn nội dung đề nghị điều chỉnh (trong biểu mẫu)",
  },
  REQUIRES_DOIT_CONFIRMATION: {
    class: "PRECONDITION",
    labelVi: "Có văn bản xác nhận của Sở Công Thương (khi đề án thực hiện tại một tỉnh)",
  },
  ADJUSTMENT_APPROVER_LEVEL: {
    class: "PRECONDITION",
    labelVi: "Có đề nghị điều chỉnh đang chờ; văn bản quyết định do đúng cấp có thẩm quyền ký",
  },
  PENDING_REQUEST_IS_CHANGE: {
    class: "PRECONDITION",
    labelVi: "Đề nghị đang chờ là đề nghị điều chỉnh (không phải ngừng hoặc gia hạn)",
  },
  PENDING_REQUEST_IS_STOP: { class: "PRECONDITION", labelVi: "Đề nghị đang chờ là đề nghị ngừng" },
  PENDING_REQUEST_IS_EXTENSION: { class: "PRECONDITION", labelVi: "Đề nghị đang chờ là đề nghị gia hạn" },
  REQUIRES_ACCEPTANCE_EVIDENCE: {
    class: "PRECONDITION",
    labelVi: "Đủ hồ sơ nghiệm thu theo nội dung hỗ trợ",
  },
  REQUIRES_ACCEPTED_SPEND: {
    class: "FORM",
    labelVi: "Có giá trị được nghiệm thu, xác nhận (nhập trong biểu mẫu nếu chưa có)",
  },
  SETTLEMENT_DOSSIER_ON_TIME: {
    class: "STEP_DATE",
    labelVi: "Hồ sơ quyết toán trong 15 ngày sau nghiệm thu",
  },
  LIQUIDATION_ON_TIME: {
    class: "STEP_DATE",
    labelVi: "Thanh lý, quyết toán trước ngày 22/01 năm sau",
  },
  MONEY_RECONCILED: {
    class: "PRECONDITION",
    labelVi: "Kinh phí đã quyết toán khớp với số đã cấp (không còn phải thu hồi hay thanh toán)",
  },
} as const satisfies Record<GuardCode, GuardCondition>;
