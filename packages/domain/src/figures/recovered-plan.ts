import type { Evaluation, FigureFlag } from "./figure-flag";
import { compareRatio, type Fixed, impliedWhole, pow10, type Ratio, roundRatio } from "./fixed";
import { FIGURE_NOT_AVAILABLE_VI, formatFixedVi, formatMillionVi } from "./format-vi";

/**
 * The third slip of R-2018-south (DOMAIN §2.2 "Implied source plans"), which the sum and percentage checks cannot
 * see: the report prints each source's execution and its "% of the source's plan" but not the source plans. A
 * part's plan is recovered as actual ÷ printed %; the recovered plans (with any plans the report does give) must
 * add up to the printed total plan. A printed percentage is read as ROUNDED to its last place (the one rounding
 * rule, `roundRatio`), so each recovered plan is an interval, and the check fails only when the printed total lies
 * outside the sum of the intervals: 7.029,4 at 30,89 % and 12.594,3 at 24,67 % give 73.793–73.821 triệu đồng,
 * which cannot contain 73.781, so the 26,3 triệu đồng gap is no rounding artefact.
 */
export type RecoveredPlanPart = {
  labelVi: string;
  /** What the part executed in the period (đồng). */
  actual: bigint;
  /** Its printed "% of its plan"; used only when `plan` is not given. */
  statedPercent: Fixed | null;
  /** The part's plan when the report gives it (đồng). */
  plan: bigint | null;
};

export type RecoveredPlanCheckInput = {
  labelVi: string;
  /** The printed plan of the whole (đồng). */
  totalPlan: bigint;
  parts: readonly RecoveredPlanPart[];
};

type Interval = { low: Ratio; high: Ratio; central: bigint };

function addRatios(a: Ratio, b: Ratio): Ratio {
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

/** The plan a part may have had: exact when given, else the interval the rounded printed % allows; null if none. */
function partPlan(part: RecoveredPlanPart): Interval | null {
  if (part.plan !== null) {
    const exact = { num: part.plan, den: 1n };
    return { low: exact, high: exact, central: part.plan };
  }
  const percent = part.statedPercent;
  if (percent === null || percent.units <= 0n || part.actual < 0n) return null;
  const central = impliedWhole(part.actual, percent);
  if (central === null) return null;
  // The printed p stands for [p − ½ unit, p + ½ unit): the plan is actual × 100 over that range, reversed.
  const twiceScaled = 2n * pow10(percent.scale);
  const low = { num: part.actual * 100n * twiceScaled, den: 2n * percent.units + 1n };
  const high = { num: part.actual * 100n * twiceScaled, den: 2n * percent.units - 1n };
  return { low, high, central: roundRatio(central, 0).units };
}

function millionsOf(r: Ratio): string {
  return formatFixedVi(roundRatio({ num: r.num, den: r.den * 1_000_000n }, 1));
}

export function recoveredPlanEvaluation(input: RecoveredPlanCheckInput): Evaluation {
  const stated = formatMillionVi(input.totalPlan);
  const intervals = input.parts.map(partPlan);
  if (intervals.some((interval) => interval === null) || intervals.length === 0) {
    const messageVi =
      `${input.labelVi}: không suy ra được kế hoạch của từng thành phần ` +
      "(thiếu kế hoạch, hoặc tỷ lệ in trong báo cáo bằng 0 hay âm)";
    const none = FIGURE_NOT_AVAILABLE_VI;
    const flag: FigureFlag = {
      code: "RECOVERED_PLAN_MISMATCH",
      stated,
      computed: none,
      difference: none,
      messageVi,
    };
    return { stated, computed: none, difference: none, flag };
  }
  const known = intervals as Interval[];
  const low = known.map((i) => i.low).reduce(addRatios);
  const high = known.map((i) => i.high).reduce(addRatios);
  const central = known.reduce((sum, i) => sum + i.central, 0n);
  const gap = central > input.totalPlan ? central - input.totalPlan : input.totalPlan - central;
  const computed = formatMillionVi(central);
  const difference = `${formatMillionVi(gap)} triệu đồng`;
  const total = { num: input.totalPlan, den: 1n };
  if (compareRatio(total, low) >= 0 && compareRatio(total, high) <= 0) {
    return { stated, computed, difference, flag: null };
  }
  const partsVi = input.parts
    .map((part, index) => `${part.labelVi} ${formatMillionVi(known[index]?.central ?? 0n)}`)
    .join(" + ");
  const messageVi =
    `${input.labelVi}: kế hoạch từng nguồn suy ra từ số thực hiện và tỷ lệ in trong báo cáo (${partsVi}) ` +
    `cộng lại ${computed} triệu đồng, khác kế hoạch ${stated} triệu đồng in trong báo cáo (lệch ${difference}); ` +
    `kể cả khi các tỷ lệ đã được làm tròn, tổng phải nằm trong ${millionsOf(low)}–${millionsOf(high)} triệu đồng`;
  return {
    stated,
    computed,
    difference,
    flag: { code: "RECOVERED_PLAN_MISMATCH", stated, computed, difference, messageVi },
  };
}
