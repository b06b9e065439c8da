import { Readable } from "node:stream";
import { convertLegacy, encodingOfFont, isUpperCaseLegacyFont, normalizeText } from "@kc/domain";
import { parse } from "csv-parse/sync";
import type ExcelJS from "exceljs";
import { AppError } from "../errors";
import { restoreGuardedText } from "./xlsx-writer";
import { assertSafeZip } from "./zip-guard";

export type TableLimits = { maxRows: number; maxColumns: number };

/** A cell whose font says it holds TCVN3 or VNI text: converted to Unicode, and reported to the officer. */
export type LegacyConversion = {
  row: number;
  column: number;
  encoding: string;
  before: string;
  after: string;
};

export type Table = {
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
  conversions: LegacyConversion[];
};

const invalid = (detail: string) =>
  new AppError("IMPORT_FILE_INVALID", { detail, errors: [{ path: "file", message: detail }] });

/**
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv, into trimmed NFC strings, checked against the limits on
 * rows and columns. The file type is decided by its bytes, never by its name (ASVS 5.2.2).
 */
export async function readTable(bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const conversions: LegacyConversion[] = [];
  const matrix = isZip ? await readXlsx(bytes, limits, conversions) : readCsv(bytes, limits);
  const [header, ...rest] = matrix;
  if (!header || header.every((cell) => cell === "")) throw invalid("Tệp không có dòng tiêu đề");
  const rows = rest
    .map((cells, index) => ({ rowNumber: index + 2, cells: cells.map(restoreGuardedText) }))
    .filter((row) => row.cells.some((cell) => cell !== ""));
  return { header, rows, conversions };
}

/**
 * Reads the first worksheet with ExcelJS's streaming reader: rows are visited one at a time and only their text is
 * kept, so a 50,000-row sheet costs its cells' strings, not a whole workbook model (RELIABILITY.md §5.2). Styles
 * are cached so each cell's font is known (legacy-encoding detection).
 *
 * ExcelJS 4.4's streaming reader now and then loses a part of the package while it streams it (about one read in
 * 200 here: "Cannot read properties of undefined (reading 'sheets')" when the workbook part came back empty). It is
 * a race inside the library, not a property of the file: the same bytes read again are read whole. So when the
 * library fails, or finds no worksheet, the bytes are read again before the file is called unreadable; our own
 * verdicts (too many rows) are final.
 */
const XLSX_READ_ATTEMPTS = 3;

async function readXlsx(
  bytes: Uint8Array,
  limits: TableLimits,
  conversions: LegacyConversion[],
): Promise<string[][]> {
  assertSafeZip(bytes);
  for (let attempt = 1; ; attempt++) {
    const last = attempt === XLSX_READ_ATTEMPTS;
    const found: LegacyConversion[] = [];
    let matrix: string[][];
    try {
      matrix = await streamFirstSheet(bytes, limits, found);
    } catch (error) {
      if (error instanceof AppError) throw error;
      if (!last) continue;
      throw invalid("Không đọc được tệp Excel; hãy lưu lại bằng Excel hoặc LibreOffice rồi thử lại");
    }
    if (matrix.length === 0) {
      if (!last) continue;
      throw invalid("Tệp Excel không có trang tính nào");
    }
    conversions.push(...found);
    return Array.from(matrix, (cells) => cells ?? []);
  }
}

/** One streaming pass over the first worksheet; the library's own failures are left to the caller. */
async function streamFirstSheet(
  bytes: Uint8Array,
  limits: TableLimits,
  conversions: LegacyConversion[],
): Promise<string[][]> {
  // Loaded on first use: ExcelJS costs ~0.3 s of start-up that most processes never need.
  const { default: Excel } = await import("exceljs");
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes)]), {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const matrix: string[][] = [];
  for await (const worksheet of reader) {
    for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
      if (row.number > limits.maxRows + 1) throw invalid(`Tệp có quá ${limits.maxRows} dòng dữ liệu`);
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, col) => {
        if (col > limits.maxColumns) return;
        const text = cellText(cell.value);
        // Old provincial sheets typed in .VnTime or VNI-Times fonts hold 8-bit text that only looks Vietnamese
        // in that font (RELIABILITY.md §5.4): the font name is the reliable signal.
        const encoding = text ? encodingOfFont(cell.font?.name) : null;
        if (encoding) {
          const upperCase = isUpperCaseLegacyFont(cell.font?.name);
          const converted = normalizeText(convertLegacy(text, encoding, { upperCase }));
          if (converted !== text)
            conversions.push({ row: row.number, column: col - 1, encoding, before: text, after: converted });
          cells[col - 1] = converted;
        } else {
          cells[col - 1] = text;
        }
      });
      matrix[row.number - 1] = Array.from(cells, (cell) => cell ?? "");
    }
    break; // the first worksheet only
  }
  return matrix;
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    // Excel dates carry no zone; ExcelJS gives them at UTC midnight.
    return value.toISOString().slice(0, 10);
  }
  if (typeof value === "object") {
    if ("richText" in value) return normalizeText(value.richText.map((part) => part.text).join(""));
    if ("text" in value && typeof value.text === "string") return normalizeText(value.text);
    if ("result" in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
    return "";
  }
  return normalizeText(String(value));
}

function readCsv(bytes: Uint8Array, limits: TableLimits): string[][] {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw invalid("Tệp CSV không phải mã UTF-8; hãy lưu lại với mã UTF-8");
  }
  if (text.includes("\u0000")) throw invalid("Tệp không phải là tệp văn bản CSV");
  try {
    const records = parse(text.replace(/^\uFEFF/, ""), {
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      to: limits.maxRows + 2,
      delimiter: [",", ";"],
    }) as string[][];
    if (records.length > limits.maxRows + 1) throw invalid(`Tệp có quá ${limits.maxRows} dòng dữ liệu`);
    return records.map((row) => row.slice(0, limits.maxColumns).map((cell) => normalizeText(cell)));
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid("Tệp CSV sai định dạng (dấu ngoặc kép hoặc dấu phân cách không hợp lệ)");
  }
}
