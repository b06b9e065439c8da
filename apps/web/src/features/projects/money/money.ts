/**
 * Quantities and shares of the projects module (amounts themselves are `lib/money.ts`). Quantities carry up to
 * 3 decimals, as in the estimate form; a line total is computed with BigInt, never floats.
 */
import { groupDigits, toBigInt } from "../../../lib/money";

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
