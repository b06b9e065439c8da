import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";

/**
 * Spreadsheet output shared by every export (RELIABILITY.md §5.1, §5.5): typed cells, never formulas; text that a
 * spreadsheet would evaluate (= + - @ TAB CR NUL at the start) gets a leading apostrophe; ID-like numbers stay
 * text; money is a number with Vietnamese grouping when it fits a double exactly, and text beyond 2^53.
 */
export type ColumnKind = "text" | "integer" | "dong" | "percent" | "boolean" | "date";
export type SheetColumn = { header: string; kind: ColumnKind; width?: number };
export type CellValue = string | number | bigint | boolean | null | undefined;

const FORMULA_TRIGGER = /^[=+\-@\t\r\0]/;

/** The text a cell will hold: raw data stays untouched in the database; escaping happens only here. */
export function safeText(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/**
 * The inverse, applied when a spreadsheet comes back in: our own guard apostrophe before a trigger character is
 * dropped, so an export re-imports to the very text it came from.
 */
export function restoreGuardedText(value: string): string {
  return /^'[=+\-@\t\r\0]/.test(value) ? value.slice(1) : value;
}

export function cellFor(kind: ColumnKind, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === undefined || value === "") return null;
  switch (kind) {
    case "boolean":
      return value === true || value === "true" ? "Có" : "Không";
    case "integer":
    case "percent":
      return typeof value === "number" ? value : Number(value);
    case "dong": {
      const big = typeof value === "bigint" ? value : BigInt(String(value));
      const limit = BigInt(Number.MAX_SAFE_INTEGER);
      return big <= limit && big >= -limit ? Number(big) : big.toString();
    }
    default:
      return safeText(String(value));
  }
}

const numberFormats: Partial<Record<ColumnKind, string>> = {
  dong: "#,##0",
  integer: "#,##0",
  percent: "0.00",
};

/** Column formats for a sheet (Excel shows #,##0 with the reader's locale separators: 1.234.567 in vi-VN). */
export function applyColumns(sheet: ExcelJS.Worksheet, columns: SheetColumn[]): void {
  sheet.columns = columns.map((column) => ({
    header: column.header,
    width: column.width ?? Math.min(60, Math.max(12, column.header.length + 2)),
    style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {},
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
}

/** A streaming workbook writer into `output`, so a 50,000-row export never sits whole in memory. */
export async function streamingWorkbook(output: Writable) {
  const { default: Excel } = await import("exceljs");
  return new Excel.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
}

/** RFC 6266 Content-Disposition with a UTF-8 filename and an ASCII fallback. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName
    // NFD takes the marks off every Vietnamese letter but đ, which is a letter of its own.
    .replace(/đ/gu, "d")
    .replace(/Đ/gu, "D")
    .normalize("NFD")
    .replace(/[^\x20-\x7e]/g, "")
    .replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
