import { formatDong } from "../format";
import type { Evaluation, FigureFlag, FigureFlagCode } from "./figure-flag";
import {
  absRatio,
  compareRatio,
  type Fixed,
  growthPercent,
  percentOf,
  pow10,
  type Ratio,
  ratioFromFixed,
  subtractRatio,
} from "./fixed";
import {
  exactMillionDecimals,
  FIGURE_NOT_AVAILABLE_VI,
  formatMillionVi,
  formatPercentPointsVi,
  formatPercentVi,
} from "./format-vi";
import { type RecoveredPlanCheckInput, recoveredPlanEvaluation } from "./recovered-plan";

export type { RecoveredPlanCheckInput, RecoveredPlanPart } from "./recovered-plan";

/**
 * Checks of figures as printed in a report against the raw amounts they come from (DOMAIN §9.5 F9, §9.7 Q5,
 * test vectors in §2.2). Amounts are integer đồng and are shown in triệu đồng, as the reports print them.
 * A percentage is compared with the EXACT recomputed ratio, never with a rounded one, so the only slack is
 * the stated tolerance: by default one unit of the last printed place, and never less than 0,01 percentage
 * point (Q5). That accepts a printed value that was rounded or truncated (2,61 for 2,615… %) and rejects
 * anything further off (1,08 for 7,72 %).
 */

export { type Evaluation, type FigureFlag, type FigureFlagCode, figureFlagCodes } from "./figure-flag";

/**
 * What the amounts of a statement are: money (integer đồng, shown in triệu đồng, the default) or a count with
 * its unit ("cơ sở", "lượt"), shown as a whole number. Only the wording of the figures depends on it.
 */
export type FigureUnit = { kind: "MONEY" } | { kind: "COUNT"; unitVi: string };

export type SumCheckInput = {
  labelVi: string;
  total: bigint;
  parts: readonly { labelVi: string; value: bigint }[];
  unit?: FigureUnit;
};

/** A count that cannot exceed another: distinct establishments ≤ participations (lượt), DOMAIN §9.7 Q4. */
export type AtMostCheckInput = {
  labelVi: string;
  value: bigint;
  bound: bigint;
  boundLabelVi: string;
  unit?: FigureUnit;
};

export type PercentCheckInput = {
  labelVi: string;
  /** The printed percentage, e.g. parseViDecimal("84,12"). */
  statedPercent: Fixed;
  part: bigint;
  whole: bigint;
  /** Accepted gap in percentage points (non-negative); default as described at the top of this file. */
  tolerancePp?: Fixed;
};

export type GrowthCheckInput = {
  labelVi: string;
  statedPercent: Fixed;
  current: bigint;
  previous: bigint;
  tolerancePp?: Fixed;
};

export const figureStatementKinds = ["SUM", "PERCENT", "GROWTH", "RECOVERED_PLAN", "AT_MOST"] as const;

export type FigureStatement =
  | ({ kind: "SUM"; id: string } & SumCheckInput)
  | ({ kind: "PERCENT"; id: string } & PercentCheckInput)
  | ({ kind: "GROWTH"; id: string } & GrowthCheckInput)
  | ({ kind: "RECOVERED_PLAN"; id: string } & RecoveredPlanCheckInput)
  | ({ kind: "AT_MOST"; id: string } & AtMostCheckInput);

export type FigureCheckResult = {
  id: string;
  kind: FigureStatement["kind"];
  labelVi: string;
  ok: boolean;
  /** The printed figure and the recomputed one, shown side by side even when they agree. */
  stated: string;
  computed: string;
  /** The gap between the two, with its unit ("0,0 triệu đồng", "6,64 điểm phần trăm"), or "—". */
  difference: string;
  flag: FigureFlag | null;
};

export const MILLION_UNIT_VI = "triệu đồng";

/** The amounts of one statement in a common format: triệu đồng with enough decimals, or whole counts. */
function amountFormat(unit: FigureUnit | undefined, amounts: readonly bigint[]) {
  if (unit?.kind === "COUNT") return { text: (value: bigint) => formatDong(value), unitVi: unit.unitVi };
  const decimals = exactMillionDecimals(amounts);
  return { text: (value: bigint) => formatMillionVi(value, decimals), unitVi: MILLION_UNIT_VI };
}

function sumEvaluation(input: SumCheckInput): Evaluation {
  const sum = input.parts.reduce((total, part) => total + part.value, 0n);
  const gap = sum > input.total ? sum - input.total : input.total - sum;
  const format = amountFormat(input.unit, [input.total, sum, gap]);
  const computed = format.text(sum);
  const stated = format.text(input.total);
  const difference = `${format.text(gap)} ${format.unitVi}`;
  if (gap === 0n) return { stated, computed, difference, flag: null };
  const partsVi = input.parts.map((part) => part.labelVi).join(" + ") || "Tổng các thành phần";
  const messageVi =
    `${partsVi} = ${computed} ${format.unitVi}, khác tổng ${stated} ${format.unitVi} ` +
    `in trong báo cáo (lệch ${difference})`;
  return {
    stated,
    computed,
    difference,
    flag: { code: "SUM_MISMATCH", stated, computed, difference, messageVi },
  };
}

/** Percentages are shown with at least 2 decimals, or with as many as were printed. */
function shownDecimals(stated: Fixed): number {
  return Math.max(stated.scale, 2);
}

/** One unit of the last printed place, at least 0,01 pp: "84,12" → 0,01; "49,1" → 0,1; "85" → 1. */
function defaultTolerancePp(stated: Fixed): Ratio {
  return { num: 1n, den: pow10(Math.min(stated.scale, 2)) };
}

type RatioCheck = {
  input: PercentCheckInput | GrowthCheckInput;
  computed: Ratio | null;
  /** Growth figures carry a sign ("+7,72 %"); percentages of a plan do not. */
  signed: boolean;
  /** The two amounts the figure is recomputed from, quoted in the message. */
  amounts: readonly [bigint, bigint];
  /** Why the figure cannot exist, or null; checked before any comparison. */
  impossibleVi: string | null;
  codes: { mismatch: FigureFlagCode; impossible: FigureFlagCode };
};

function ratioEvaluation(check: RatioCheck): Evaluation {
  const { input, signed } = check;
  const decimals = shownDecimals(input.statedPercent);
  const stated = formatPercentVi(ratioFromFixed(input.statedPercent), {
    decimals: input.statedPercent.scale,
    signed,
  });
  const computed = formatPercentVi(check.computed, { decimals, signed });
  const gap = check.computed && absRatio(subtractRatio(ratioFromFixed(input.statedPercent), check.computed));
  const difference = gap ? formatPercentPointsVi(gap, decimals) : FIGURE_NOT_AVAILABLE_VI;
  if (check.impossibleVi !== null || gap === null) {
    const reasonVi = check.impossibleVi ?? "không tính lại được từ các số liệu gốc";
    const messageVi = `${input.labelVi} in trong báo cáo là ${stated}: ${reasonVi}`;
    return {
      stated,
      computed,
      difference,
      flag: { code: check.codes.impossible, stated, computed, difference, messageVi },
    };
  }
  const tolerance = input.tolerancePp
    ? ratioFromFixed(input.tolerancePp)
    : defaultTolerancePp(input.statedPercent);
  if (compareRatio(gap, tolerance) <= 0) return { stated, computed, difference, flag: null };
  const amountDecimals = exactMillionDecimals(check.amounts);
  const [first, second] = check.amounts.map((amount) => formatMillionVi(amount, amountDecimals));
  const messageVi =
    `${input.labelVi} in trong báo cáo là ${stated}; tính lại từ ${first} và ${second} ${MILLION_UNIT_VI} ` +
    `được ${computed} (lệch ${difference})`;
  return {
    stated,
    computed,
    difference,
    flag: { code: check.codes.mismatch, stated, computed, difference, messageVi },
  };
}

function percentImpossibleVi(input: PercentCheckInput): string | null {
  if (input.statedPercent.units < 0n) return "tỷ lệ so với kế hoạch hoặc so với tổng không thể âm";
  if (input.whole <= 0n) {
    return `không tính được tỷ lệ vì giá trị làm gốc là ${formatMillionVi(input.whole)} ${MILLION_UNIT_VI}, phải lớn hơn 0`;
  }
  if (input.part < 0n) {
    return `giá trị tính tỷ lệ là ${formatMillionVi(input.part)} ${MILLION_UNIT_VI}, không thể âm`;
  }
  return null;
}

function percentEvaluation(input: PercentCheckInput): Evaluation {
  return ratioEvaluation({
    input,
    computed: percentOf(input.part, input.whole),
    signed: false,
    amounts: [input.part, input.whole],
    impossibleVi: percentImpossibleVi(input),
    codes: { mismatch: "PERCENT_MISMATCH", impossible: "PERCENT_IMPOSSIBLE" },
  });
}

function growthImpossibleVi(input: GrowthCheckInput): string | null {
  if (input.previous <= 0n) {
    return `không tính được tốc độ tăng vì số kỳ trước là ${formatMillionVi(input.previous)} ${MILLION_UNIT_VI}, phải lớn hơn 0`;
  }
  if (input.statedPercent.units < -100n * pow10(input.statedPercent.scale)) {
    return "một số liệu không âm không thể giảm quá 100 %";
  }
  if (input.current < 0n) {
    return `số kỳ này là ${formatMillionVi(input.current)} ${MILLION_UNIT_VI}, không thể âm`;
  }
  return null;
}

function growthEvaluation(input: GrowthCheckInput): Evaluation {
  return ratioEvaluation({
    input,
    computed: growthPercent(input.current, input.previous),
    signed: true,
    amounts: [input.current, input.previous],
    impossibleVi: growthImpossibleVi(input),
    codes: { mismatch: "GROWTH_MISMATCH", impossible: "GROWTH_IMPOSSIBLE" },
  });
}

function atMostEvaluation(input: AtMostCheckInput): Evaluation {
  const excess = input.value - input.bound;
  const format = amountFormat(input.unit, [input.value, input.bound]);
  const stated = format.text(input.value);
  const computed = format.text(input.bound);
  const difference = `${format.text(excess > 0n ? excess : 0n)} ${format.unitVi}`;
  if (excess <= 0n) return { stated, computed, difference, flag: null };
  const messageVi =
    `${input.labelVi} là ${stated} ${format.unitVi}, nhiều hơn ${input.boundLabelVi.toLowerCase()} ` +
    `(${computed} ${format.unitVi}), điều không thể xảy ra (vượt ${difference})`;
  return {
    stated,
    computed,
    difference,
    flag: { code: "COUNT_EXCEEDS_BOUND", stated, computed, difference, messageVi },
  };
}

/** Σ parts must equal the printed total to the đồng (F9: KCQG + KCĐP = total). */
export function checkSum(input: SumCheckInput): FigureFlag | null {
  return sumEvaluation(input).flag;
}

/** A printed "% of plan" or share against part / whole × 100; negative or uncomputable → PERCENT_IMPOSSIBLE. */
export function checkPercent(input: PercentCheckInput): FigureFlag | null {
  return percentEvaluation(input).flag;
}

/** A printed growth against (current / previous − 1) × 100; below −100 % or previous ≤ 0 → GROWTH_IMPOSSIBLE. */
export function checkGrowth(input: GrowthCheckInput): FigureFlag | null {
  return growthEvaluation(input).flag;
}

function evaluateStatement(statement: FigureStatement): Evaluation {
  switch (statement.kind) {
    case "SUM":
      return sumEvaluation(statement);
    case "PERCENT":
      return percentEvaluation(statement);
    case "GROWTH":
      return growthEvaluation(statement);
    case "RECOVERED_PLAN":
      return recoveredPlanEvaluation(statement);
    case "AT_MOST":
      return atMostEvaluation(statement);
  }
}

/** Every statement of a report, in order, with the recomputed figure and the flag if any. */
export function checkStatements(statements: readonly FigureStatement[]): FigureCheckResult[] {
  return statements.map((statement) => {
    const { stated, computed, difference, flag } = evaluateStatement(statement);
    return {
      id: statement.id,
      kind: statement.kind,
      labelVi: statement.labelVi,
      ok: flag === null,
      stated,
      computed,
      difference,
      flag,
    };
  });
}
