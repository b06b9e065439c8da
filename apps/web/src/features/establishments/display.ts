/**
 * Display helpers of this module. Money is đồng held as decimal strings and is grouped as text, never through
 * JavaScript numbers, so amounts beyond 2^53 stay exact.
 */
import { formatDateTime, formatNumber } from "../../lib/format";
import { WEBSITE } from "./form-rules";

const DECIMAL = /^([+-])?(\d+)(?:\.(\d+))?$/;

/** "1234567" → "1.234.567" (the digits are grouped by three with dots). */
export function groupDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Decimal string of đồng → "1.234.567 ₫"; a fraction, if any, after a comma. Non-decimal text is shown as is. */
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
  return `${negative ? "-" : ""}${groupDigits(digits)}${decimals ? `,${decimals}` : ""} ₫`;
}

/** Money typed by a user: digits, optionally grouped by dots ("1.234.567"); spaces are ignored. */
export const MONEY_INPUT = /^(\d{1,3}(\.\d{3})+|\d+)$/;

/** "1.234.567" → "1234567"; empty → null. Call only on text that matched `MONEY_INPUT`. */
export function moneyFromInput(text: string | null | undefined): string | null {
  const compact = (text ?? "").replace(/\s/g, "");
  if (compact === "") return null;
  return compact.replace(/\./g, "").replace(/^0+(?=\d)/, "");
}

/** 55.5 or "55.5" → "55,5 %" (a space before the sign, as the figures the server prints: "84,12 %"). */
export function formatPercent(value: number | string | null | undefined): string {
  if (value === null || value === undefined || value === "") return "";
  const number = typeof value === "number" ? value : Number(value);
  if (Number.isNaN(number)) return String(value);
  return `${formatNumber(number, { maxFractionDigits: 2 })} %`;
}

/** An instant (ISO timestamp, UTC) → its calendar date in Vietnam, "dd/MM/yyyy". */
export function formatInstantDate(iso: string | null | undefined): string {
  return formatDateTime(iso, false).slice(0, 10);
}

/** A history value as text: strings as they are, lists joined, other values as JSON; empty → null. */
export function historyValue(value: unknown): string | null {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === "string" || typeof item === "number")) {
    return value.join(", ");
  }
  return JSON.stringify(value);
}

/**
 * The link for a recorded website: an http(s) address as it is, a bare domain ("coso.vn") over https. Anything
 * else (javascript:, data:) gets no link and is shown as plain text.
 */
export function websiteHref(value: string): string | null {
  if (!WEBSITE.test(value)) return null;
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}
