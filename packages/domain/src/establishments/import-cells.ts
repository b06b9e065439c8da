import { foldForSearch } from "../text";
import { establishmentLimits } from "./establishment.constants";

/**
 * Parsers of single spreadsheet cells as officers type them: Vietnamese number formats (1.234.567 and 62,5),
 * "Có"/"Không"/"x" for yes and no, codes or labels for coded values. Each returns a value or a stable code
 * with a Vietnamese message; the row parser adds the column header. Cells arrive as text (the server turns
 * numeric cells into their decimal text first).
 */

export const importIssueCodes = [
  "REQUIRED",
  "NOT_INTEGER",
  "NOT_MONEY",
  "AMBIGUOUS_NUMBER",
  "NOT_PERCENT",
  "OUT_OF_RANGE",
  "NOT_BOOLEAN",
  "UNKNOWN_VALUE",
  "INVALID",
  "TOO_LONG",
  "TOO_MANY",
  "DUPLICATE",
  "PADDED",
  "CHECK_DIGIT",
  "LEGACY_ENCODING",
] as const;
export type ImportIssueCode = (typeof importIssueCodes)[number];

export type CellResult<T> = { ok: true; value: T } | { ok: false; code: ImportIssueCode; messageVi: string };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = <T>(code: ImportIssueCode, messageVi: string): CellResult<T> => ({ ok: false, code, messageVi });

const SPACES = /[\s\u00a0\u202f]/gu;

type IntegerText = { sign: "" | "-"; digits: string } | "FRACTION" | "AMBIGUOUS" | "NOT_NUMBER";

/**
 * Reads an integer written the Vietnamese way ("1.234.567", "1 234 567"), plainly ("1234567"), with English
 * grouping when it cannot be a decimal ("1,234,567"), or with a zero fraction ("12,0", "1234567.00").
 * "1,234" is refused as ambiguous: in Vietnamese it is one point two three four.
 */
function readInteger(text: string): IntegerText {
  const compact = text.replace(SPACES, "");
  const sign = compact.startsWith("-") ? "-" : "";
  const body = sign ? compact.slice(1) : compact;
  let digits: string | null = null;
  if (/^\d+$/u.test(body)) digits = body;
  else if (/^\d{1,3}(?:\.\d{3})+(?:,0+)?$/u.test(body))
    digits = body.replace(/,0+$/u, "").replaceAll(".", "");
  else if (/^\d{1,3}(?:,\d{3}){2,}(?:\.0+)?$/u.test(body))
    digits = body.replace(/\.0+$/u, "").replaceAll(",", "");
  else if (/^\d{1,3},\d{3}$/u.test(body)) return "AMBIGUOUS";
  else if (/^\d+[.,]0+$/u.test(body)) digits = body.replace(/[.,]0+$/u, "");
  else if (/^\d+(?:\.\d{3})*[.,]\d+$/u.test(body)) return "FRACTION";
  if (digits === null) return "NOT_NUMBER";
  const trimmed = digits.replace(/^0+(?=\d)/u, "");
  return { sign: trimmed === "0" ? "" : sign, digits: trimmed };
}

export function parseIntegerCell(text: string, min: number, max: number): CellResult<number> {
  const read = readInteger(text);
  if (read === "AMBIGUOUS") {
    return fail("AMBIGUOUS_NUMBER", `«${text}» không rõ dấu phẩy là phân cách hàng nghìn hay thập phân`);
  }
  if (typeof read === "string") return fail("NOT_INTEGER", "Không phải số nguyên");
  const value = Number(`${read.sign}${read.digits}`);
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    return fail("OUT_OF_RANGE", `Phải từ ${min} đến ${max}`);
  }
  return ok(value);
}

/** Đồng as a decimal string, exact at any size up to 18 digits; negative amounts are refused. */
export function parseDongCell(text: string): CellResult<string> {
  const read = readInteger(text);
  if (read === "AMBIGUOUS") {
    return fail(
      "AMBIGUOUS_NUMBER",
      `«${text}» không rõ dấu phẩy là phân cách hàng nghìn hay thập phân; hãy nhập 1.234 hoặc 1234`,
    );
  }
  if (read === "FRACTION") return fail("NOT_MONEY", "Số tiền phải là số nguyên đồng");
  if (typeof read === "string")
    return fail("NOT_MONEY", "Không phải số tiền hợp lệ (đồng, ví dụ 1.250.000.000)");
  if (read.sign === "-") return fail("OUT_OF_RANGE", "Số tiền không được âm");
  if (read.digits.length > establishmentLimits.dongDigitsMax) {
    return fail("OUT_OF_RANGE", `Số tiền quá lớn (tối đa ${establishmentLimits.dongDigitsMax} chữ số)`);
  }
  return ok(read.digits);
}

/** "62,5", "62.5", "62,5 %" → 62.5; 0–100 with at most two decimals. */
export function parsePercentCell(text: string): CellResult<number> {
  const compact = text.replace(SPACES, "").replace(/%$/u, "").replace(",", ".");
  const match = /^(\d{1,3})(?:\.(\d+))?$/u.exec(compact);
  if (!match) return fail("NOT_PERCENT", "Không phải tỷ lệ phần trăm (ví dụ 62,5)");
  if ((match[2] ?? "").length > 2) return fail("NOT_PERCENT", "Tỷ lệ tối đa 2 chữ số thập phân");
  const value = Number(compact);
  if (value > 100) return fail("OUT_OF_RANGE", "Tỷ lệ phải từ 0 đến 100");
  return ok(value);
}

const TRUE_WORDS = new Set(["co", "x", "1", "true"]);
const FALSE_WORDS = new Set(["khong", "0", "false"]);

/** "Có", "x" → true; "Không" → false; empty → undefined (not known). */
export function parseBooleanCell(text: string): CellResult<boolean | undefined> {
  const word = foldForSearch(text);
  if (word === "") return ok(undefined);
  if (TRUE_WORDS.has(word)) return ok(true);
  if (FALSE_WORDS.has(word)) return ok(false);
  return fail("NOT_BOOLEAN", "Chỉ nhận Có, Không hoặc x (để trống nếu chưa rõ)");
}

/** A code ("HKD", "hkd") or its label ("Hộ kinh doanh", "ho kinh doanh"). */
export function parseEnumCell<T extends string>(
  text: string,
  codes: readonly T[],
  labels: Readonly<Record<T, string>>,
): CellResult<T> {
  const found = enumLookup(codes, labels).get(foldForSearch(text));
  if (found !== undefined) return ok(found);
  const allowed = codes.map((code) => `${code} (${labels[code]})`).join(", ");
  return fail("UNKNOWN_VALUE", `Giá trị «${text.trim()}» không hợp lệ; chỉ nhận: ${allowed}`);
}

/** Folded code and folded label → code, built once per label table (an import parses these cells 50,000 times). */
const enumLookups = new WeakMap<object, Map<string, string>>();

function enumLookup<T extends string>(
  codes: readonly T[],
  labels: Readonly<Record<T, string>>,
): Map<string, T> {
  let lookup = enumLookups.get(labels);
  if (!lookup) {
    lookup = new Map();
    // Labels first, then codes, so that a code wins when a code and a label fold alike (a code wins over a label that folds alike).
    for (const code of [...codes].reverse()) lookup.set(foldForSearch(labels[code]), code);
    for (const code of [...codes].reverse()) lookup.set(foldForSearch(code), code);
    enumLookups.set(labels, lookup);
  }
  return lookup as Map<string, T>;
}

/** Items separated by ";" (also "," or a line break), trimmed, empties dropped. */
export function splitListCell(text: string): string[] {
  return text
    .split(/[;,\n]+/u)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
