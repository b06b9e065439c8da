/**
 * Money in the browser: whole đồng held as decimal strings and grouped as text, or summed with BigInt, never
 * through JavaScript numbers, so amounts beyond 2^53 stay exact. Shared by every module that shows or takes
 * amounts (establishments, projects, plans, support norms).
 */

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;
const INTEGER = /^-?\d+$/;

/** "1234567" → "1.234.567" (the digits are grouped by three with dots). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/**
 * What an amount box keeps of typed text: digits only, without leading zeros, at most `maxDigits`; so a pasted
 * "1.250.000" is 1250000 and there is no way to enter a sign or decimals.
 */
export function wholeDigits(text: string | null | undefined, maxDigits: number): string {
  return (text ?? "")
    .replace(/\D/g, "")
    .replace(/^0+(?=\d)/, "")
    .slice(0, maxDigits);
}

/** Decimal string of đồng → "1.234.567 đ"; a fraction, if any, after a comma. Non-decimal text is shown as is. */
export function formatMoney(value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = value.trim();
  if (text === "") return "";
  const match = DECIMAL.exec(text);
  if (!match) return text;
  const [, sign, integer = "0", fraction] = match;
  const digits = integer.replace(/^0+(?=\d)/, "");
  const decimals = fraction?.replace(/0+$/, "");
  const negative = sign === "-" && /[1-9]/.test(`${digits}${decimals ?? ""}`);
  return `${negative ? "-" : ""}${groupDigits(digits)}${decimals ? `,${decimals}` : ""} đ`;
}

/** "1250000000" → "1.250.000.000" (no unit); empty for null; other text as is. */
export function formatDong(value: string | bigint | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value).trim();
  if (!INTEGER.test(text)) return text;
  const negative = text.startsWith("-");
  const digits = (negative ? text.slice(1) : text).replace(/^0+(?=\d)/, "");
  return `${negative ? "-" : ""}${groupDigits(digits)}`;
}

/** Money typed by a user: digits, optionally grouped by dots ("1.234.567"); spaces are ignored. */
export const MONEY_INPUT = /^(\d{1,3}(\.\d{3})+|\d+)$/;

/** "1.234.567" → "1234567"; empty → null. Call only on text that matched `MONEY_INPUT`. */
export function moneyFromInput(text: string | null | undefined): string | null {
  const compact = (text ?? "").replace(/\s/g, "");
  if (compact === "") return null;
  return compact.replace(/\./g, "").replace(/^0+(?=\d)/, "");
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
