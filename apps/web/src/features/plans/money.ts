/**
 * Money of the plans module: integer đồng as decimal strings, computed with BigInt so sums of plan lines stay
 * exact. The server already sends amounts as text in triệu đồng; these helpers cover what it sends in đồng
 * (reported figures, programme targets, the form's live totals).
 */
import { groupDigits } from "../establishments/display";
import { formatDong, sumDong, toBigInt } from "../projects/money";
import { type FundingSource, type SourceGroup, sourceGroupOf, sourceGroups } from "./codes";

export { formatDong, sumDong, toBigInt };

const MILLION_TENTHS = 100_000n;

/** Integer đồng → triệu đồng with one decimal, rounded half away from zero: "57615300000" → "57.615,3". */
export function dongToMillionText(dong: string | null | undefined): string {
  const value = toBigInt(dong);
  if (value === null) return dong ?? "";
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const tenths = (magnitude + MILLION_TENTHS / 2n) / MILLION_TENTHS;
  const text = `${groupDigits(String(tenths / 10n))},${tenths % 10n}`;
  return negative && tenths > 0n ? `−${text}` : text;
}

/** A count as a Vietnamese number ("1.234"); text that is not an integer is shown as it came. */
export function formatCount(value: string | null | undefined): string {
  return formatDong(value);
}

/** part / whole as "84,12 %" (two decimals, half up); null without a positive base. */
export function percentText(part: string, whole: string): string | null {
  const numerator = toBigInt(part);
  const denominator = toBigInt(whole);
  if (numerator === null || denominator === null || denominator <= 0n) return null;
  const hundredths = (numerator * 20_000n + denominator) / (2n * denominator);
  const negative = hundredths < 0n;
  const magnitude = negative ? -hundredths : hundredths;
  const decimals = String(magnitude % 100n).padStart(2, "0");
  return `${negative ? "−" : ""}${groupDigits(String(magnitude / 100n))},${decimals} %`;
}

type LineLike = { source?: FundingSource | null; amount?: string | null };

/** The đồng of each source group over some lines (lines without a source or a readable amount count as 0). */
export function totalsByGroup(lines: readonly LineLike[]): Record<SourceGroup, bigint> {
  const totals = Object.fromEntries(sourceGroups.map((group) => [group, 0n])) as Record<SourceGroup, bigint>;
  for (const line of lines) {
    if (!line.source) continue;
    const group = sourceGroupOf(line.source);
    totals[group] += toBigInt(line.amount) ?? 0n;
  }
  return totals;
}
