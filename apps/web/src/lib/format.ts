/**
 * Vietnamese display formats: numbers as 57.615,3, dates as dd/MM/yyyy, times in Vietnam time (UTC+7, no DST).
 * Kept here until `@kc/domain`'s format module is ready to be shared; the behaviour must stay identical.
 */
import dayjs, { type Dayjs } from "dayjs";

/** Ant Design DatePicker format. */
export const DATE_FORMAT = "DD/MM/YYYY";
export const DATE_TIME_FORMAT = "DD/MM/YYYY HH:mm:ss";
const VIETNAM_OFFSET_MS = 7 * 3600_000;

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(min: number, max: number): Intl.NumberFormat {
  const key = `${min}:${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * 57615.3 → "57.615,3". `fractionDigits` fixes the number of decimals; without it up to `maxFractionDigits`
 * decimals are shown and trailing zeros dropped.
 */
export function formatNumber(
  value: number | null | undefined,
  options: { fractionDigits?: number; maxFractionDigits?: number } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "";
  const { fractionDigits, maxFractionDigits = 2 } = options;
  if (fractionDigits !== undefined) return numberFormat(fractionDigits, fractionDigits).format(value);
  return numberFormat(0, maxFractionDigits).format(value);
}

/** "2025-07-01" (or an ISO timestamp) → "01/07/2025". The calendar date is taken as written. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** The wall-clock parts of an instant in Vietnam. */
function vietnamParts(iso: string): Date | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return null;
  return new Date(time + VIETNAM_OFFSET_MS);
}

const pad = (value: number) => String(value).padStart(2, "0");

/** Instant (ISO timestamp, UTC) → "dd/MM/yyyy HH:mm:ss" in Vietnam time. */
export function formatDateTime(iso: string | null | undefined, withSeconds = true): string {
  if (!iso) return "";
  const d = vietnamParts(iso);
  if (!d) return iso;
  const date = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ""}`;
  return `${date} ${time}`;
}

/** Today's calendar date in Vietnam, as ISO `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Today in Vietnam, as a Dayjs for date pickers. */
export function todayDayjs(): Dayjs {
  return dayjs(todayIso());
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
