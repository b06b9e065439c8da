/**
 * What the screens add to the domain's Vietnamese formats (`@kc/domain` format.ts): Ant Design's picker formats,
 * dayjs values for pickers, and a number format that shows nothing for a missing value.
 */
import { type FractionDigits, formatNumber as formatDomainNumber, todayInVietnam } from "@kc/domain";
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
