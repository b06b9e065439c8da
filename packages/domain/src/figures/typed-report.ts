import { foldForSearch } from "../text";
import type { FigureStatement } from "./consistency";
import { type Fixed, MAX_FIXED_SCALE, millionsToDong, parseViDecimal } from "./fixed";

/**
 * A report typed in or pasted by a user (issue 14: "the figure checker accepts a report typed in or pasted by
 * the user, its own printed values"): one line per printed claim, with the figures it is computed from.
 *
 *   Nội dung | Loại | Số in trong báo cáo | Số thứ nhất | Số thứ hai | (thêm thành phần cho loại tổng)
 *
 * - tỷ lệ (% kế hoạch): printed %, then the part and the whole in triệu đồng;
 * - tăng trưởng (so với kỳ trước): printed % with its sign, then this period's and the previous one's amount;
 * - tổng: printed total in triệu đồng, then two or more parts.
 *
 * Pasted rows are the cells of Excel or Word separated by tabs (or by ";"). Nothing here computes a figure:
 * the rows become `FigureStatement`s for `checkStatements`, the one engine the preset reports use too.
 */

export const typedCheckKinds = ["PERCENT", "GROWTH", "SUM"] as const;
export type TypedCheckKind = (typeof typedCheckKinds)[number];

/** One row as typed: every value is the text the user printed, read only by `statementsFromRows`. */
export type TypedCheckRow = {
  labelVi: string;
  kind: TypedCheckKind;
  printed: string;
  figures: string[];
};

export const typedReportErrorCodes = [
  "FIGURE_KIND_UNKNOWN",
  "FIGURE_NUMBER_INVALID",
  "FIGURE_COUNT_WRONG",
  "FIGURE_TOO_PRECISE",
  "FIGURE_REPORT_EMPTY",
] as const;
export type TypedReportErrorCode = (typeof typedReportErrorCodes)[number];

/**
 * A problem with one row (1-based, as the user counts lines: of the pasted text for `parseTypedReport`, of the
 * rows for `statementsFromRows`) or with the report as a whole (row 0).
 */
export type TypedReportError = {
  row: number;
  code: TypedReportErrorCode;
  /** Which cell: "kind", "printed" or "figures.<index>"; absent for the row as a whole. */
  field?: string;
  messageVi: string;
};

/** Names a user may type for each kind, folded (no diacritics, lower case). */
const KIND_WORDS: Record<TypedCheckKind, readonly string[]> = {
  PERCENT: ["ty le", "ti le", "ty le ke hoach", "% ke hoach", "phan tram", "percent"],
  GROWTH: ["tang truong", "tang giam", "so voi ky truoc", "so voi cung ky", "toc do tang", "growth"],
  SUM: ["tong", "tong so", "tong cong", "tong thanh phan", "sum"],
};

export const typedCheckKindLabels: Record<TypedCheckKind, string> = {
  PERCENT: "Tỷ lệ (% kế hoạch)",
  GROWTH: "Tăng trưởng (so với kỳ trước)",
  SUM: "Tổng các thành phần",
};

/** The kind a typed word names ("Tỷ lệ", "tang truong", "%", "PERCENT"), or null. */
export function parseCheckKind(text: string): TypedCheckKind | null {
  const trimmed = text.trim();
  if (trimmed === "%") return "PERCENT";
  const folded = foldForSearch(trimmed);
  if (folded === "") return null;
  for (const kind of typedCheckKinds) {
    if (folded === kind.toLowerCase() || KIND_WORDS[kind].some((word) => foldForSearch(word) === folded))
      return kind;
  }
  return null;
}

/** A dot-decimal number typed the plain way ("84.12", "1234.5"), with an optional sign and "%". */
const PLAIN_DECIMAL = /^([+\-\u2212]?)(\d+)\.(\d+)(?:\s*%)?$/u;

/**
 * A number as a user typed or pasted it: the Vietnamese way ("57.615,3", "+2,61 %", "−1,64"), with spaces
 * between thousands ("57 615,3"), or plain ("57615.3", "84.12"). A dot followed by exactly three digits is a
 * thousands separator, as Vietnamese reports print it ("73.781" is 73 781); any other single dot is a decimal
 * point. Null for anything else ("1,234.5", "12a").
 */
export function parseTypedNumber(text: string): Fixed | null {
  const compact = text
    .trim()
    .replace(/(\d)[\s\u00a0\u202f]+(?=\d{3}(?:\D|$))/gu, "$1")
    .replace(/\s+%$/u, " %");
  const vi = parseViDecimal(compact);
  if (vi) return vi;
  const plain = PLAIN_DECIMAL.exec(compact);
  if (!plain) return null;
  const fraction = plain[3] ?? "";
  if (fraction.length > MAX_FIXED_SCALE) return null;
  const units = BigInt(`${plain[2]}${fraction}`);
  return { units: plain[1] === "" || plain[1] === "+" ? units : -units, scale: fraction.length };
}

function cellsOf(line: string): string[] {
  const separator = line.includes("\t") ? "\t" : ";";
  return line.split(separator).map((cell) => cell.trim());
}

/**
 * Rows from text pasted out of Excel or Word: one claim per line, cells separated by tabs (or ";"). Blank lines
 * are skipped, and so is a first line that is a header (its kind and printed value are not readable). A line
 * whose kind cannot be read is reported, not guessed.
 */
export function parseTypedReport(text: string): { rows: TypedCheckRow[]; errors: TypedReportError[] } {
  const rows: TypedCheckRow[] = [];
  const errors: TypedReportError[] = [];
  const lines = text
    .replace(/\r\n?/gu, "\n")
    .split("\n")
    .filter((line) => line.trim() !== "");
  lines.forEach((line, index) => {
    const [labelVi = "", kindText = "", printed = "", ...figures] = cellsOf(line);
    const kind = parseCheckKind(kindText);
    if (index === 0 && kind === null && parseTypedNumber(printed) === null) return; // a header
    if (kind === null) {
      errors.push({
        row: index + 1,
        code: "FIGURE_KIND_UNKNOWN",
        field: "kind",
        messageVi: `Dòng dán thứ ${index + 1} ("${labelVi || line.trim()}"): không rõ loại kiểm tra "${kindText}". Ghi một trong: tỷ lệ, tăng trưởng, tổng.`,
      });
      return;
    }
    while (figures.length > 0 && figures.at(-1) === "") figures.pop();
    rows.push({ labelVi, kind, printed, figures });
  });
  if (rows.length === 0 && errors.length === 0)
    errors.push({ row: 0, code: "FIGURE_REPORT_EMPTY", messageVi: "Chưa có dòng số liệu nào để kiểm tra." });
  return { rows, errors };
}

const FIGURE_NAMES: Record<TypedCheckKind, readonly string[]> = {
  PERCENT: ["số thực hiện (phần)", "số kế hoạch (gốc)"],
  GROWTH: ["số kỳ này", "số kỳ trước"],
  SUM: ["thành phần"],
};

/**
 * The statements the typed rows make, or the errors that stop them: each row is checked on its own, a wrong
 * cell is named with its row and what was expected, and nothing is guessed (an unreadable number is an error,
 * never a 0).
 */
export function statementsFromRows(rows: readonly TypedCheckRow[]): {
  statements: FigureStatement[];
  errors: TypedReportError[];
} {
  const statements: FigureStatement[] = [];
  const errors: TypedReportError[] = [];
  rows.forEach((row, index) => {
    const n = index + 1;
    const labelVi = row.labelVi.trim() || `Dòng ${n}`;
    const where = row.labelVi.trim() ? `Dòng ${n} (${labelVi})` : `Dòng ${n}`;
    const rowErrors: TypedReportError[] = [];
    const number = (text: string, field: string, what: string): Fixed | null => {
      const parsed = parseTypedNumber(text);
      if (parsed === null)
        rowErrors.push({
          row: n,
          code: "FIGURE_NUMBER_INVALID",
          field,
          messageVi: `${where}: ${what} "${text}" không phải là số. Ghi theo kiểu 1.234,5 hoặc 1234.5.`,
        });
      return parsed;
    };
    const amount = (text: string, field: string, what: string): bigint | null => {
      const parsed = number(text, field, what);
      if (parsed === null) return null;
      const dong = millionsToDong(parsed);
      if (dong === null)
        rowErrors.push({
          row: n,
          code: "FIGURE_TOO_PRECISE",
          field,
          messageVi: `${where}: ${what} "${text}" lẻ hơn 1 đồng (quá 6 chữ số thập phân của triệu đồng).`,
        });
      return dong;
    };
    const wanted = row.kind === "SUM" ? "ít nhất 2" : "đúng 2";
    const countOk = row.kind === "SUM" ? row.figures.length >= 2 : row.figures.length === 2;
    if (!countOk) {
      errors.push({
        row: n,
        code: "FIGURE_COUNT_WRONG",
        messageVi: `${where}: loại "${typedCheckKindLabels[row.kind]}" cần ${wanted} số liệu gốc (${FIGURE_NAMES[row.kind].join(", ")}), đang có ${row.figures.length}.`,
      });
      return;
    }
    const id = `row-${n}`;
    if (row.kind === "SUM") {
      const total = amount(row.printed, "printed", "tổng in trong báo cáo");
      const parts = row.figures.map((text, i) => ({
        labelVi: `Thành phần ${i + 1}`,
        value: amount(text, `figures.${i}`, `thành phần ${i + 1}`),
      }));
      if (rowErrors.length === 0 && total !== null)
        statements.push({
          kind: "SUM",
          id,
          labelVi,
          total,
          parts: parts.map((part) => ({ labelVi: part.labelVi, value: part.value ?? 0n })),
        });
    } else {
      const statedPercent = number(row.printed, "printed", "tỷ lệ in trong báo cáo");
      const [firstName, secondName] = FIGURE_NAMES[row.kind];
      const first = amount(row.figures[0] ?? "", "figures.0", firstName ?? "");
      const second = amount(row.figures[1] ?? "", "figures.1", secondName ?? "");
      if (rowErrors.length === 0 && statedPercent && first !== null && second !== null)
        statements.push(
          row.kind === "PERCENT"
            ? { kind: "PERCENT", id, labelVi, statedPercent, part: first, whole: second }
            : { kind: "GROWTH", id, labelVi, statedPercent, current: first, previous: second },
        );
    }
    errors.push(...rowErrors);
  });
  return { statements, errors };
}
