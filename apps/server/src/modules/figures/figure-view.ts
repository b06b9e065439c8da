import {
  formatDong,
  formatMillionVi,
  formatPercentVi,
  growthPercent,
  percentOf,
  type Ratio,
  roundRatio,
} from "@kc/domain";

/**
 * How figures travel to the browser and into exports: the exact integer đồng and the text the engine printed,
 * so no client recomputes or re-rounds a percentage (DOMAIN §9.7 Q5: derived figures are computed in one place).
 */
export type Money = { dong: string; text: string };
export type Pct = { value: string; text: string } | null;

export function money(dong: bigint): Money {
  return { dong: dong.toString(), text: formatMillionVi(dong) };
}

function pct(ratio: Ratio | null, signed: boolean): Pct {
  if (!ratio) return null;
  const fixed = roundRatio(ratio, 2);
  const negative = fixed.units < 0n;
  const digits = (negative ? -fixed.units : fixed.units).toString().padStart(3, "0");
  const value = `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  return { value, text: formatPercentVi(ratio, { signed }) };
}

export function percentOfPlan(part: bigint, whole: bigint): Pct {
  return pct(percentOf(part, whole), false);
}

export function growthOn(current: bigint, previous: bigint): Pct {
  return pct(growthPercent(current, previous), true);
}

/** A reported value or target as printed: money (BUDGET_EXEC, in đồng) in triệu đồng, a count with grouping. */
export function figureText(indicator: string, value: bigint): string {
  return indicator === "BUDGET_EXEC" ? formatMillionVi(value) : formatDong(value);
}
