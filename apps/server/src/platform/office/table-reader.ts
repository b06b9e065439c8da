import { normalizeText } from "@kc/domain";
import { parse } from "csv-parse/sync";
import { AppError } from "../errors";
import { type LegacyConversion, readFirstSheet } from "./xlsx-reader";
import { restoreGuardedText } from "./xlsx-writer";

export type { LegacyConversion };

export type TableLimits = { maxRows: number; maxColumns: number };

export type Table = {
  header: string[];
  rows: { rowNumber: number; cells: string[] }[];
  conversions: LegacyConversion[];
};

const invalid = (detail: string) =>
  new AppError("IMPORT_FILE_INVALID", { detail, errors: [{ path: "file", message: detail }] });

/**
 * Reads the first sheet of an .xlsx, or a UTF-8 .csv, into trimmed NFC strings, checked against the limits on
 * rows and columns. The file type is decided by its bytes, never by its name (ASVS 5.2.2). A .csv is already
 * whole in memory (the upload limit bounds it) and is decoded in one fatal pass; an .xlsx is inflated with a byte
 * counter and decoded across chunk boundaries (`xlsx-reader.ts`).
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

/** Our own verdicts (limits, bombs, encodings) stand; anything else the file did to the reader makes it unreadable. */
async function readXlsx(
  bytes: Uint8Array,
  limits: TableLimits,
  conversions: LegacyConversion[],
): Promise<string[][]> {
  try {
    return await readFirstSheet(bytes, limits, conversions);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw invalid("Không đọc được tệp Excel; hãy lưu lại bằng Excel hoặc LibreOffice rồi thử lại");
  }
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
