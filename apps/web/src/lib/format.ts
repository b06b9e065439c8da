/**
 * What the screens add to the domain's Vietnamese formats (`@kc/domain` format.ts): Ant Design's picker formats,
 * dayjs values for pickers, and a number format that shows nothing for a missing value.
 */
import {
  type FractionDigits,
  formatBasisPoints,
  formatNumber as formatDomainNumber,
  formatPercent as formatDomainPercent,
  todayInVietnam,
} from "@kc/domain";
import dayjs, { type Dayjs } from "dayjs";

/** Ant Design DatePicker format. */
export const DATE_FORMAT = "DD/MM/YYYY";

/**
 * 57615.3 → "57.615,3"; a missing value → "". Without `digits`, up to two decimals are shown and trailing zeros
 * dropped, which suits counts and shares alike.
 */
export function formatNumber(
  value: number | null | undefined,
  digits: FractionDigits = { maxFractionDigits: 2 },
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  return formatDomainNumber(value, digits);
}

/**
 * A share, the one way the app writes it: 60 → "60 %", 84.123 → "84,12 %", "55.5" → "55,5 %"; a missing value
 * → "". Text that is no number is shown as it is. Every screen (and the dashboard) uses this, never `${x}%`.
 */
export function formatPercent(
  value: number | string | null | undefined,
  digits: FractionDigits = { maxFractionDigits: 2 },
): string {
  if (value === null || value === undefined || value === "") return "";
  const number = typeof value === "number" ? value : Number(value);
  if (Number.isNaN(number)) return String(value);
  return formatDomainPercent(number, digits);
}

/** A share stored in basis points: 3000 → "30 %", 2550 → "25,5 %"; a missing value → "". */
export function formatShareBps(bps: number | null | undefined): string {
  return bps === null || bps === undefined ? "" : formatBasisPoints(bps);
}

/** Today in Vietnam, as a Dayjs for date pickers. */
export function todayDayjs(): Dayjs {
  return dayjs(todayInVietnam());
}

/** Dayjs from a picker → ISO `YYYY-MM-DD` for the API. */
export function toIsoDate(value: Dayjs | null | undefined): string | undefined {
  return value ? value.format("YYYY-MM-DD") : undefined;
}

/** Initials for an avatar: "Nguyễn Văn An" → "NA". */
export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return "?";
  const first = parts[0]?.[0] ?? "";
  const last = parts.length > 1 ? (parts[parts.length - 1]?.[0] ?? "") : "";
  return `${first}${last}`.toUpperCase();
}
