/**
 * Money of the projects module: integer đồng as decimal strings, computed with BigInt (never floats), shown
 * grouped the Vietnamese way ("1.250.000.000"). Quantities carry up to 3 decimals, as in the estimate form.
 */
import { groupDigits } from "../../establishments/display";

const INTEGER = /^-?\d+$/;

/** "1250000000" → "1.250.000.000"; empty for null; other text as is. */
export function formatDong(value: string | bigint | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value).trim();
  if (!INTEGER.test(text)) return text;
  const negative = text.startsWith("-");
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, "");
  return `${negative ? "-" : ""}${groupDigits(digits)}`;
}

/** A decimal string of đồng as BigInt; null when it is not one. */
export function toBigInt(value: string | null | undefined): bigint | null {
  if (value === null || value === undefined) return null;
  const text = value.trim();
  return INTEGER.test(text) ? BigInt(text) : null;
}

/** Sum of decimal strings of đồng (unreadable values count as 0). */
export function sumDong(values: ReadonlyArray<string | null | undefined>): bigint {
  return values.reduce((sum, value) => sum + (toBigInt(value) ?? 0n), 0n);
}

const QUANTITY = /^(0|[1-9]\d{0,11})(?:\.(\d{1,3}))?$/;

/** Thousandths of a quantity ("2.5" → 2500n), or null when it is not a non-negative decimal with ≤ 3 decimals. */
export function quantityThousandths(text: string | null | undefined): bigint | null {
  const match = QUANTITY.exec((text ?? "").trim());
  if (!match) return null;
  return BigInt(match[1] ?? "0") * 1000n + BigInt((match[2] ?? "").padEnd(3, "0"));
}

/** Quantity × unit price, rounded down to the đồng (as the server does); null when either is unreadable. */
export function lineTotal(
  quantity: string | null | undefined,
  unitPrice: string | null | undefined,
): bigint | null {
  const thousandths = quantityThousandths(quantity);
  const price = toBigInt(unitPrice);
  return thousandths === null || price === null ? null : (thousandths * price) / 1000n;
}

/** "2.5" → "2,5", "1.000" → "1" (a quantity in the Vietnamese way, without trailing zeros). */
export function formatQuantity(text: string): string {
  const [whole = "", fraction = ""] = text.split(".");
  const decimals = fraction.replace(/0+$/, "");
  return `${groupDigits(whole)}${decimals ? `,${decimals}` : ""}`;
}

/** Basis points as a percentage: 10000 → "100 %", 2550 → "25,5 %". */
export function formatBps(bps: number | null | undefined): string {
  if (bps === null || bps === undefined) return "";
  return `${new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 2 }).format(bps / 100)} %`;
}
