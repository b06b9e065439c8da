import { BPS_WHOLE } from "../projects/money/money";

/**
 * (d) The booths a participation takes: whole standard booths (a whole number), and/or a share of one shared
 * booth (its key and this participant's share). Each problem names its field, so the form and the import row
 * can say which value is wrong.
 */
export type BoothInput = {
  wholeBooths: unknown;
  sharedBoothKey: string | null;
  sharedBoothShareBps: unknown;
};

export type BoothField = "wholeBooths" | "sharedBoothKey" | "sharedBoothShareBps";
export type BoothProblem = { code: "FAIR_BOOTHS_INVALID"; field: BoothField; messageVi: string };

export const WHOLE_BOOTHS_MAX = 1000;

export function checkBoothInput(input: BoothInput): BoothProblem[] {
  const problems: BoothProblem[] = [];
  const problem = (field: BoothField, messageVi: string) =>
    problems.push({ code: "FAIR_BOOTHS_INVALID", field, messageVi });
  const shared = input.sharedBoothKey !== null && input.sharedBoothKey.trim() !== "";
  const whole = input.wholeBooths;

  if (typeof whole !== "number" || !Number.isFinite(whole)) {
    problem("wholeBooths", "Số gian hàng tiêu chuẩn phải là một số");
  } else if (!Number.isInteger(whole)) {
    problem(
      "wholeBooths",
      "Số gian hàng tiêu chuẩn phải là số nguyên; phần gian dùng chung hãy ghi ở gian hàng chung",
    );
  } else if (whole < 0 || whole > WHOLE_BOOTHS_MAX) {
    problem("wholeBooths", `Số gian hàng tiêu chuẩn phải từ 0 đến ${WHOLE_BOOTHS_MAX}`);
  } else if (whole === 0 && !shared) {
    problem("wholeBooths", "Số gian hàng tiêu chuẩn phải lớn hơn 0 khi không dùng gian hàng chung");
  }

  if (input.sharedBoothKey !== null && input.sharedBoothKey.trim() === "") {
    problem("sharedBoothKey", "Mã gian hàng chung không được để trống");
  }
  const share = input.sharedBoothShareBps;
  if (shared) {
    if (typeof share !== "number" || !Number.isInteger(share) || share <= 0 || share > BPS_WHOLE) {
      problem("sharedBoothShareBps", "Phần chia gian hàng chung phải lớn hơn 0 % và không quá 100 %");
    }
  } else if (share !== null && share !== undefined) {
    problem("sharedBoothShareBps", "Chỉ ghi phần chia khi có mã gian hàng chung");
  }
  return problems;
}
