import { findTransition } from "./lifecycle";

/** Timeline entries that are not lifecycle transitions: the record's creation, money and monthly reports. */
const otherSteps: Record<string, string> = {
  CREATE: "Lập hồ sơ đề án trên hệ thống",
  MONEY_ADVANCE: "Tạm ứng kinh phí",
  MONEY_PAYMENT: "Thanh toán kinh phí",
  MONEY_REFUND: "Thu hồi, hoàn trả kinh phí",
  PROGRESS_REPORT: "Báo cáo tiến độ hằng tháng",
  CLOSE: "Kết thúc đề án (hệ thống tự động sau khi quyết toán xong)",
};

/** The Vietnamese label of a timeline step, whatever kind of step it is. */
export function projectStepLabel(code: string): string {
  return otherSteps[code] ?? findTransition(code)?.labelVi ?? code;
}
