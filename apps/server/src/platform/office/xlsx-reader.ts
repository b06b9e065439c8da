import { convertLegacy, encodingOfFont, isUpperCaseLegacyFont, normalizeText } from "@kc/domain";
import { parseXml, type XmlHandlers } from "./xml-stream";
import { type InflateBudget, inflateEntry } from "./zip-entries";
import { assertSafeZip, defaultZipLimits, type ZipEntry, zipInvalid } from "./zip-guard";

export type SheetLimits = { maxRows: number; maxColumns: number };

/** A cell whose font says it holds TCVN3 or VNI text: converted to Unicode, and reported to the officer. */
export type LegacyConversion = {
  row: number;
  column: number;
  encoding: string;
  before: string;
  after: string;
};

/** What a cell style (`s`, an index into cellXfs) tells the reader: the font, and whether numbers are dates. */
type CellStyle = { fontName: string | undefined; isDate: boolean };

const RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

/**
 * Reads the first worksheet (the first tab) of an .xlsx as trimmed NFC text, one array per row, reading only the
 * parts that needs: the package and workbook relationships, the workbook, styles (fonts for legacy encodings,
 * number formats for dates), shared strings and that sheet. Every part is inflated with a byte counter
 * (`zip-entries.ts`) and decoded across chunk boundaries (`xml-stream.ts`); see docs/decisions/0010.
 *
 * Cells read as ExcelJS's reader read them (shared, inline and rich-text strings as their text; numbers with
 * JavaScript's formatting; booleans as `true`/`false`; numbers in a date format as `yyyy-mm-dd`), with these
 * corrections: rich-text runs of an inline string are all kept, a formula's cached result is typed like a value,
 * an error is empty, and a cell without a style has the workbook's default font (as Excel shows it).
 */
export async function readFirstSheet(
  bytes: Uint8Array,
  limits: SheetLimits,
  conversions: LegacyConversion[],
): Promise<string[][]> {
  const entries = new Map(assertSafeZip(bytes).map((entry) => [entry.name.toLowerCase(), entry]));
  const budget: InflateBudget = { remaining: defaultZipLimits.maxUncompressedBytes };
  const part = (path: string): ZipEntry | undefined => entries.get(path.toLowerCase());
  const parse = (entry: ZipEntry, handlers: XmlHandlers) =>
    parseXml(inflateEntry(bytes, entry, defaultZipLimits, budget), handlers);
  const relationships = async (source: string) => {
    const entry = part(relsPathOf(source));
    return entry ? await readRelationships(entry, source, parse) : [];
  };

  const workbookPath =
    (await relationships("")).find((r) => r.type === `${RELATIONSHIP}officeDocument`)?.target ??
    "xl/workbook.xml";
  const workbookEntry = part(workbookPath);
  if (!workbookEntry) throw zipInvalid("Tệp không phải là bảng tính Excel (.xlsx)");
  const workbook = await readWorkbook(workbookEntry, parse);
  const workbookRels = await relationships(workbookPath);
  const target = (type: string) => workbookRels.find((r) => r.type === `${RELATIONSHIP}${type}`)?.target;
  const sheetPath = workbookRels.find((r) => r.id === workbook.firstSheetId)?.target;
  const sheetEntry = sheetPath ? part(sheetPath) : undefined;
  if (!sheetEntry) throw zipInvalid("Tệp Excel không có trang tính nào");

  const stylesEntry = part(target("styles") ?? "");
  const styles = stylesEntry ? await readStyles(stylesEntry, parse) : [];
  const stringsEntry = part(target("sharedStrings") ?? "");
  const strings = stringsEntry ? await readSharedStrings(stringsEntry, parse) : [];
  return readSheet(sheetEntry, parse, { limits, styles, strings, date1904: workbook.date1904, conversions });
}

type Parse = (entry: ZipEntry, handlers: XmlHandlers) => Promise<void>;
type Relationship = { id: string; type: string; target: string };

/** `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package itself ("") → `_rels/.rels`. */
function relsPathOf(source: string): string {
  const slash = source.lastIndexOf("/");
  return `${source.slice(0, slash + 1)}_rels/${source.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against its source part's folder, as a zip entry name. */
function resolvePart(source: string, target: string): string {
  const segments = target.startsWith("/") ? [] : source.split("/").slice(0, -1);
  for (const segment of target.split("/")) {
    if (segment === "..") segments.pop();
    else if (segment !== "." && segment !== "") segments.push(segment);
  }
  return segments.join("/");
}

async function readRelationships(entry: ZipEntry, source: string, parse: Parse): Promise<Relationship[]> {
  const found: Relationship[] = [];
  await parse(entry, {
    open(name, a) {
      if (name === "Relationship" && a.Id && a.Type && a.Target && a.TargetMode !== "External")
        found.push({ id: a.Id, type: a.Type, target: resolvePart(source, decodeURI(a.Target)) });
    },
  });
  return found;
}

async function readWorkbook(entry: ZipEntry, parse: Parse) {
  let firstSheetId: string | undefined;
  let date1904 = false;
  await parse(entry, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      // The relationship id is `r:id`, whatever prefix the writer bound to the relationships namespace.
      if (name === "sheet" && firstSheetId === undefined)
        firstSheetId = Object.entries(a).find(([key]) => key.endsWith(":id"))?.[1];
    },
  });
  return { firstSheetId, date1904 };
}

/** Built-in number formats that show a date or a time (ECMA-376 Part 1, §18.8.30; 27–36 and 50–58 are East Asian). */
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54,
  55, 56, 57, 58,
]);

/** A format code shows a date when, outside quotes, brackets and escapes, it has a date or time letter. */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]|"[^"]*"|\\.|_.|\*./g, "");
  return /[ymdhMsb]/.test(bare);
}

async function readStyles(entry: ZipEntry, parse: Parse): Promise<CellStyle[]> {
  const customFormats = new Map<number, string>();
  const fonts: (string | undefined)[] = [];
  const styles: CellStyle[] = [];
  let inFonts = false;
  let inCellXfs = false;
  await parse(entry, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId) customFormats.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "fonts") inFonts = true;
      else if (name === "font" && inFonts) fonts.push(undefined);
      else if (name === "name" && inFonts) fonts[fonts.length - 1] = a.val;
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) {
        const format = Number(a.numFmtId ?? 0);
        const code = customFormats.get(format);
        styles.push({
          fontName: fonts[Number(a.fontId ?? 0)],
          isDate:
            format !== 0 && (code === undefined ? BUILT_IN_DATE_FORMATS.has(format) : isDateFormat(code)),
        });
      }
    },
    close(name) {
      if (name === "fonts") inFonts = false;
      else if (name === "cellXfs") inCellXfs = false;
    },
  });
  return styles;
}

/** `_x000D_`-style escapes of characters XML cannot hold (ECMA-376 Part 1, §22.9.2.19 ST_Xstring). */
const unescapeXstring = (text: string) =>
  text.includes("_x")
    ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
    : text;

/**
 * The text of each `<si>`: its `<t>`, or its rich-text runs' `<t>` joined; phonetic guides (`<rPh>`) are not text.
 * Shared by `<si>` (shared strings) and `<is>` (inline strings), which have the same content model.
 */
function stringItemText() {
  let parts: string[] = [];
  let inText = false;
  let inPhonetic = 0;
  return {
    open(name: string) {
      if (name === "rPh") inPhonetic++;
      else if (name === "t" && inPhonetic === 0) inText = true;
    },
    text(text: string) {
      if (inText) parts.push(text);
    },
    close(name: string) {
      if (name === "rPh") inPhonetic--;
      else if (name === "t") inText = false;
    },
    take(): string {
      const text = unescapeXstring(parts.join(""));
      parts = [];
      return text;
    },
  };
}

async function readSharedStrings(entry: ZipEntry, parse: Parse): Promise<string[]> {
  const strings: string[] = [];
  const item = stringItemText();
  await parse(entry, {
    open: item.open,
    text: item.text,
    close(name) {
      if (name === "si") strings.push(item.take());
      else item.close(name);
    },
  });
  return strings;
}

/** "AB12" → 28; a reference without letters gives 0. */
function columnOf(reference: string): number {
  let column = 0;
  for (const char of reference) {
    const code = char.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + code - 64;
  }
  return column;
}

type SheetContext = {
  limits: SheetLimits;
  styles: CellStyle[];
  strings: string[];
  date1904: boolean;
  conversions: LegacyConversion[];
};

async function readSheet(entry: ZipEntry, parse: Parse, context: SheetContext): Promise<string[][]> {
  const { limits, styles, strings, date1904, conversions } = context;
  const matrix: string[][] = [];
  let rowNumber = 0;
  let cells: string[] = [];
  let column = 0;
  let cell: { type: string; style: number; value: string; hasValue: boolean } | null = null;
  let inValue = false;
  const inline = stringItemText();
  const invalid = (detail: string) => zipInvalid(detail);

  const finishCell = () => {
    if (!cell || column < 1 || column > limits.maxColumns) return;
    const style = styles[cell.style];
    const text = cellText(cell, style, strings, inline.take(), date1904);
    // Old provincial sheets typed in .VnTime or VNI-Times fonts hold 8-bit text that only looks Vietnamese in
    // that font (RELIABILITY.md §5.4): the font name is the reliable signal.
    const encoding = text ? encodingOfFont(style?.fontName) : null;
    if (encoding) {
      const upperCase = isUpperCaseLegacyFont(style?.fontName);
      const converted = normalizeText(convertLegacy(text, encoding, { upperCase }));
      if (converted !== text)
        conversions.push({ row: rowNumber, column: column - 1, encoding, before: text, after: converted });
      cells[column - 1] = converted;
    } else {
      cells[column - 1] = text;
    }
  };

  await parse(entry, {
    open(name, a) {
      switch (name) {
        case "row":
          rowNumber = a.r ? Number.parseInt(a.r, 10) : rowNumber + 1;
          if (!(rowNumber >= 1)) throw invalid("Tệp Excel bị hỏng (số dòng không hợp lệ)");
          if (rowNumber > limits.maxRows + 1) throw invalid(`Tệp có quá ${limits.maxRows} dòng dữ liệu`);
          cells = [];
          column = 0;
          break;
        case "c":
          column = a.r ? columnOf(a.r) : column + 1;
          cell = { type: a.t ?? "n", style: Number(a.s ?? 0), value: "", hasValue: false };
          inline.take();
          break;
        case "v":
          inValue = cell !== null;
          if (cell) cell.hasValue = true;
          break;
        default:
          if (cell) inline.open(name);
      }
    },
    text(text) {
      if (inValue && cell) cell.value += text;
      else if (cell) inline.text(text);
    },
    close(name) {
      switch (name) {
        case "row":
          matrix[rowNumber - 1] = Array.from(cells, (text) => text ?? "");
          break;
        case "c":
          finishCell();
          cell = null;
          break;
        case "v":
          inValue = false;
          break;
        default:
          if (cell) inline.close(name);
      }
    },
  });
  return Array.from(matrix, (row) => row ?? []);
}

function cellText(
  cell: { type: string; value: string; hasValue: boolean },
  style: CellStyle | undefined,
  strings: string[],
  inlineText: string,
  date1904: boolean,
): string {
  switch (cell.type) {
    case "s":
      return normalizeText(strings[Number.parseInt(cell.value, 10)] ?? "");
    case "inlineStr":
      return normalizeText(inlineText);
    case "str":
      return normalizeText(unescapeXstring(cell.value));
    case "b":
      return cell.hasValue ? String(Number.parseInt(cell.value, 10) !== 0) : "";
    case "e":
      return "";
    case "d":
      // An ISO 8601 date cell (rare: Excel writes serial numbers); only its day is a business date here.
      return normalizeText(cell.value).slice(0, 10);
    default: {
      if (!cell.hasValue || cell.value.trim() === "") return "";
      const number = Number.parseFloat(cell.value);
      if (!Number.isFinite(number)) return normalizeText(cell.value);
      if (style?.isDate) {
        // Excel dates carry no zone: the serial is days since 1899-12-30 (or 1904-01-01), read at UTC midnight.
        const epochDays = date1904 ? 24107 : 25569;
        const date = new Date(Math.round((number - epochDays) * 86_400_000));
        if (!Number.isNaN(date.getTime())) return date.toISOString().slice(0, 10);
      }
      return normalizeText(String(number));
    }
  }
}
