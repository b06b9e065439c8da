import { formatDong } from "../format";
import { dongToMillionsRatio, type Fixed, pow10, type Ratio, roundRatio } from "./fixed";

/**
 * Vietnamese printing of derived figures, as in the conference reports: dot thousands, comma decimals,
 * "84,12 %" (a plain space before %), the typographic minus U+2212 ("−1,64 %", as the reports print it;
 * parseViDecimal reads it back, and the ASCII "-" too). A figure that cannot be computed prints as "—".
 * Every rounding goes through roundRatio (half away from zero), so a figure prints the same everywhere.
 */

export const VI_MINUS = "\u2212";
export const FIGURE_NOT_AVAILABLE_VI = "—";

/** 57615.3 (units 576153, scale 1) → "57.615,3"; keeps every printed decimal, trailing zeros included. */
export function formatFixedVi(f: Fixed): string {
  const divisor = pow10(f.scale);
  const negative = f.units < 0n;
  const magnitude = negative ? -f.units : f.units;
  const whole = formatDong(magnitude / divisor);
  const fraction = f.scale === 0 ? "" : `,${(magnitude % divisor).toString().padStart(f.scale, "0")}`;
  return `${negative ? VI_MINUS : ""}${whole}${fraction}`;
}

export type PercentFormatOptions = {
  /** Decimals after rounding; 2 by default, as the reports print percentages. */
  decimals?: number;
  /** Growth figures: "+2,62 %" for a rise. The sign follows the rounded value, so 0,001 % prints "0,00 %". */
  signed?: boolean;
};

/** A percentage ratio (already × 100) → "84,12 %"; signed growth → "+7,72 %" / "−1,64 %"; null → "—". */
export function formatPercentVi(r: Ratio | null, options: PercentFormatOptions = {}): string {
  if (r === null) return FIGURE_NOT_AVAILABLE_VI;
  const rounded = roundRatio(r, options.decimals ?? 2);
  const plus = options.signed === true && rounded.units > 0n ? "+" : "";
  return `${plus}${formatFixedVi(rounded)} %`;
}

/** A gap between two percentages → "6,64 điểm phần trăm" (points, not a percentage of a percentage). */
export function formatPercentPointsVi(r: Ratio, decimals = 2): string {
  return `${formatFixedVi(roundRatio(r, decimals))} điểm phần trăm`;
}

/** Đồng shown in triệu đồng: 57_615_300_000n → "57.615,3"; 56_147_000_000n → "56.147,0" (1 decimal default). */
export function formatMillionVi(dong: bigint, decimals = 1): string {
  return formatFixedVi(roundRatio(dongToMillionsRatio(dong), decimals));
}

/**
 * Fewest decimals (at least `minDecimals`, at most 6 = one đồng) that show every amount exactly in triệu
 * đồng. Consistency messages use it so a gap of 40.000 đồng reads "0,04" instead of a misleading "0,0".
 */
export function exactMillionDecimals(amounts: readonly bigint[], minDecimals = 1): number {
  let decimals = minDecimals;
  while (decimals < 6 && amounts.some((amount) => amount % pow10(6 - decimals) !== 0n)) decimals += 1;
  return decimals;
}
