/**
 * Exact arithmetic for derived figures (DOMAIN §9.5 F9, §9.7 Q5). Amounts stay integer đồng (`bigint`); a
 * derived figure (% of plan, year-on-year growth, share, average) is first an exact `Ratio` and is rounded
 * only once, when it is shown or compared with a printed value. No float ever touches a figure, so the same
 * inputs give the same digits on the server, in the browser and in the xlsx/docx exports.
 */

/** A decimal as printed: value = units / 10^scale ("57.615,3" → { units: 576153n, scale: 1 }). */
export type Fixed = { units: bigint; scale: number };

/** An exact rational; `den` is always > 0 so the sign lives in `num` and comparisons need no case split. */
export type Ratio = { num: bigint; den: bigint };

/** Largest scale accepted: 18 decimals is far beyond any printed figure and keeps 10^scale cheap. */
export const MAX_FIXED_SCALE = 18;

/** 10^n as bigint; RangeError for a scale that is not a whole number in 0..MAX_FIXED_SCALE (a caller bug). */
export function pow10(n: number): bigint {
  if (!Number.isInteger(n) || n < 0 || n > MAX_FIXED_SCALE) {
    throw new RangeError(`Số chữ số thập phân phải là số nguyên từ 0 đến ${MAX_FIXED_SCALE}, nhận ${n}`);
  }
  return 10n ** BigInt(n);
}

function absBig(value: bigint): bigint {
  return value < 0n ? -value : value;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [absBig(a), absBig(b)];
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** num/den in lowest terms with a positive denominator; null when den is 0n (the figure does not exist). */
export function makeRatio(num: bigint, den: bigint): Ratio | null {
  if (den === 0n) return null;
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** makeRatio for call sites that have already excluded a zero denominator. */
function ratioOf(num: bigint, den: bigint): Ratio {
  return makeRatio(num, den) ?? { num: 0n, den: 1n };
}

/**
 * THE rounding rule of every derived figure: round half away from zero ("làm tròn nửa lên" as taught in
 * school and as Excel's ROUND does): 0,125 → 0,13 and −0,125 → −0,13. It is symmetric, so a negative growth
 * prints as the mirror of the positive one, and it is what readers of printed reports expect. Exact: the
 * remainder is compared with half the denominator in integers.
 */
export function roundRatio(r: Ratio, decimals: number): Fixed {
  const scaled = absBig(r.num) * pow10(decimals);
  let units = scaled / r.den;
  if (2n * (scaled % r.den) >= r.den) units += 1n;
  return { units: r.num < 0n ? -units : units, scale: decimals };
}

/** part / whole × 100 (% of plan, share); null when whole is 0n because no percentage exists then. */
export function percentOf(part: bigint, whole: bigint): Ratio | null {
  return makeRatio(part * 100n, whole);
}

/** Share of a component in a total, in % (same arithmetic as percentOf, named for readability). */
export function shareOf(part: bigint, total: bigint): Ratio | null {
  return percentOf(part, total);
}

/**
 * (current / previous − 1) × 100. Null when previous ≤ 0n: growth from nothing, or from a negative base,
 * has no meaningful percentage (and a negative base would flip the sign of the result).
 */
export function growthPercent(current: bigint, previous: bigint): Ratio | null {
  if (previous <= 0n) return null;
  return ratioOf((current - previous) * 100n, previous);
}

/** total / count (staff per centre, products per round); null for a count ≤ 0; RangeError for a fraction. */
export function averagePer(total: bigint, count: number | bigint): Ratio | null {
  if (typeof count === "number" && !Number.isSafeInteger(count)) {
    throw new RangeError(`Số đơn vị để chia bình quân phải là số nguyên, nhận ${count}`);
  }
  const divisor = BigInt(count);
  return divisor <= 0n ? null : ratioOf(total, divisor);
}

/**
 * The whole that a printed percentage implies: part ÷ (stated / 100), e.g. 7.029,4 triệu at 30,89 % implies a
 * KCQG plan of 22.756,2 triệu (DOMAIN §2.2 "implied source plans"). Null when the stated percentage is 0.
 */
export function impliedWhole(part: bigint, statedPercent: Fixed): Ratio | null {
  return makeRatio(part * 100n * pow10(statedPercent.scale), statedPercent.units);
}

export function ratioFromFixed(f: Fixed): Ratio {
  return ratioOf(f.units, pow10(f.scale));
}

export function ratioFromBigInt(value: bigint): Ratio {
  return { num: value, den: 1n };
}

/** −1, 0 or 1 as a is less than, equal to or greater than b (denominators are positive). */
export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const difference = a.num * b.den - b.num * a.den;
  return difference < 0n ? -1 : difference > 0n ? 1 : 0;
}

export function subtractRatio(a: Ratio, b: Ratio): Ratio {
  return ratioOf(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function absRatio(r: Ratio): Ratio {
  return { num: absBig(r.num), den: r.den };
}

/**
 * Reads a number printed the Vietnamese way: dot thousands, comma decimals, optional sign ("+", ASCII "-" or
 * U+2212 "−") and an optional trailing "%" ("57.615,3", "73.781", "+2,61", "−1,64 %"). Grouping must be
 * regular (1–3 digits, then groups of exactly 3) or absent; anything else ("1,2,3", "1.23.4", "abc") is null.
 * The scale is the number of printed decimals, so "84,10" keeps scale 2: the printed precision matters when
 * a stated figure is compared with a recomputed one.
 */
const VI_DECIMAL = /^([+\-\u2212]?)(0|[1-9]\d*|[1-9]\d{0,2}(?:\.\d{3})+)(?:,(\d+))?(?:\s*%)?$/u;

export function parseViDecimal(text: string): Fixed | null {
  const match = VI_DECIMAL.exec(text.trim());
  if (!match) return null;
  const fraction = match[3] ?? "";
  if (fraction.length > MAX_FIXED_SCALE) return null;
  const digits = `${(match[2] ?? "").replaceAll(".", "")}${fraction}`;
  const units = BigInt(digits);
  return { units: match[1] === "" || match[1] === "+" ? units : -units, scale: fraction.length };
}

/** Triệu đồng → đồng, exactly; null when the value is finer than one đồng (more than 6 decimals that matter). */
export function millionsToDong(f: Fixed): bigint | null {
  const scaled = f.units * 1_000_000n;
  const divisor = pow10(f.scale);
  return scaled % divisor === 0n ? scaled / divisor : null;
}

/** Đồng as an exact number of triệu đồng (1.000.000 đồng = 1 triệu). */
export function dongToMillionsRatio(dong: bigint): Ratio {
  return ratioOf(dong, 1_000_000n);
}
