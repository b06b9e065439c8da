/**
 * Vietnamese number and date formats for the UI and office exports: 57.615,3 and dd/MM/yyyy.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();

/** Fixed decimals (a number), or at most `maxFractionDigits` decimals with trailing zeros dropped. */
export type FractionDigits = number | { maxFractionDigits: number };

export function formatNumber(value: number, digits: FractionDigits = 0): string {
  const [min, max] = typeof digits === "number" ? [digits, digits] : [0, digits.maxFractionDigits];
  const key = `${min}:${max}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat("vi-VN", { minimumFractionDigits: min, maximumFractionDigits: max });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

/** Formats integer đồng (bigint or decimal string) with dot grouping, exactly, beyond 2^53. */
export function formatDong(value: bigint | string): string {
  const text = typeof value === "bigint" ? value.toString() : value;
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
  return `${negative ? "-" : ""}${grouped}`;
}

/** ISO date (YYYY-MM-DD) → dd/MM/yyyy. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return "";
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/** dd/MM/yyyy → ISO date, or null when the text is not a real calendar date. */
export function parseVietnameseDate(text: string): string | null {
  const match = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** True when `text` is an ISO calendar date that exists. */
export function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

const VIETNAM_OFFSET_MS = 7 * 3600_000;
const pad = (value: number) => String(value).padStart(2, "0");

/**
 * An instant (ISO timestamp) → "dd/MM/yyyy HH:mm:ss" on the wall clock of Vietnam (UTC+7, no daylight saving),
 * whatever the reader's time zone; text that is no instant is returned as it is.
 */
export function formatDateTime(iso: string | null | undefined, withSeconds = true): string {
  if (!iso) return "";
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const d = new Date(time + VIETNAM_OFFSET_MS);
  const date = `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  const clock = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${withSeconds ? `:${pad(d.getUTCSeconds())}` : ""}`;
  return `${date} ${clock}`;
}

/** Today's date in Vietnam (UTC+7), as ISO. Business dates are Vietnamese calendar days. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/**
 * The one way a share is written, in the UI and in office exports: a space before the sign and a decimal comma,
 * as the server prints its figures ("84,12 %"). Cells that hold shares do not wrap (`white-space: nowrap`).
 */
export const PERCENT_SIGN = " %";

/** 60 → "60 %", 84.123 → "84,12 %" (at most two decimals unless `digits` says otherwise). */
export function formatPercent(value: number, digits: FractionDigits = { maxFractionDigits: 2 }): string {
  return `${formatNumber(value, digits)}${PERCENT_SIGN}`;
}

/** Basis points (1/100 of a percent, as shares are stored): 3000 → "30 %", 2550 → "25,5 %". */
export function formatBasisPoints(bps: number, digits: FractionDigits = { maxFractionDigits: 2 }): string {
  return formatPercent(bps / 100, digits);
}
