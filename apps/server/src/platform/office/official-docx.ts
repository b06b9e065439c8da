import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";

/**
 * Building blocks of an administrative document laid out per Decree 30/2020/NĐ-CP, Appendix I: A4, Times New Roman,
 * margins 20 mm top/bottom, 30 mm left, 15 mm right; the issuing body top left and the national motto top right;
 * the title centred in bold capitals; body 13 pt justified with a first-line indent; signature block right.
 */
export const FONT = "Times New Roman";
const MM = 56.7; // twips per millimetre
export const pageProperties = {
  page: {
    size: { width: Math.round(210 * MM), height: Math.round(297 * MM) },
    margin: {
      top: Math.round(20 * MM),
      bottom: Math.round(20 * MM),
      left: Math.round(30 * MM),
      right: Math.round(15 * MM),
    },
  },
};
/** Text width of the page: 210 − 30 − 15 = 165 mm. */
export const TEXT_WIDTH = Math.round(165 * MM);
const pt = (points: number) => points * 2;

export function run(
  text: string,
  options: { bold?: boolean; italics?: boolean; size?: number; underline?: boolean } = {},
) {
  return new TextRun({
    text,
    font: FONT,
    size: pt(options.size ?? 13),
    bold: options.bold ?? false,
    italics: options.italics ?? false,
    ...(options.underline ? { underline: {} } : {}),
  });
}

export function centred(children: ParagraphChild[], spacingAfter = 0) {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: spacingAfter }, children });
}

/** A body paragraph: justified, first line indented 1 cm, 6 pt after. */
export function body(text: string, options: { bold?: boolean } = {}) {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { after: 120, line: 300 },
    children: [run(text, options)],
  });
}

export function heading(text: string) {
  return new Paragraph({
    alignment: AlignmentType.LEFT,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { before: 120, after: 120 },
    children: [run(text, { bold: true })],
  });
}

const none = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};

/**
 * The header: superior body and issuing body (bold) with the document number on the left; the motto, its
 * underlined slogan and the place and date (italic) on the right.
 */
export function officialHeader(options: {
  superior: string;
  issuer: string;
  number: string;
  place: string;
  /** The day, or the words to print instead (a document not yet issued: "ngày    tháng    năm 2026"). */
  date: Date | string;
}) {
  const { superior, issuer, number, place, date } = options;
  const left = [
    centred([run(superior.toUpperCase(), { size: 12 })]),
    centred([run(issuer.toUpperCase(), { bold: true, size: 12 })]),
    centred([run("───────", { size: 12 })], 80),
    centred([run(`Số: ${number}`, { size: 13 })]),
  ];
  const right = [
    centred([run("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", { bold: true, size: 12 })]),
    centred([run("Độc lập - Tự do - Hạnh phúc", { bold: true, size: 13, underline: true })], 120),
    centred([
      run(`${place}, ${typeof date === "string" ? date : vietnameseDate(date)}`, { italics: true, size: 13 }),
    ]),
  ];
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({
      children,
      width: { size: Math.round(TEXT_WIDTH * share), type: WidthType.DXA },
      borders: noBorders,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH * 0.42), Math.round(TEXT_WIDTH * 0.58)],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, 0.42), cell(right, 0.58)] })],
  });
}

/** "ngày 05 tháng 3 năm 2026": day and month below 10 (day) / 3 (month) take a leading zero (Decree 30 Art. 9.b). */
export function vietnameseDate(date: Date): string {
  const vn = new Date(date.getTime() + 7 * 3600_000);
  const day = vn.getUTCDate();
  const month = vn.getUTCMonth() + 1;
  return `ngày ${String(day).padStart(2, "0")} tháng ${month < 3 ? String(month).padStart(2, "0") : month} năm ${vn.getUTCFullYear()}`;
}

/** A data table with a bold header row and thin borders, cells 12 pt; `widths` are shares of the text width. */
export function dataTable(header: string[], rows: string[][], widths: number[], numeric: boolean[] = []) {
  const border = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
  const borders = { top: border, bottom: border, left: border, right: border };
  const cell = (text: string, i: number, bold: boolean) =>
    new TableCell({
      borders,
      verticalAlign: VerticalAlign.CENTER,
      width: { size: Math.round(TEXT_WIDTH * (widths[i] ?? 0.1)), type: WidthType.DXA },
      children: [
        new Paragraph({
          alignment: bold ? AlignmentType.CENTER : numeric[i] ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [run(text, { bold, size: 12 })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round(TEXT_WIDTH * w)),
    rows: [
      new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, i, true)) }),
      ...rows.map((row) => new TableRow({ children: row.map((text, i) => cell(text, i, false)) })),
    ],
  });
}

/** "Nơi nhận" (bold italic 12 pt, list 11 pt) on the left, the signer's title and name on the right. */
export function signatureBlock(options: { recipients: string[]; title: string; name: string }) {
  const left = [
    new Paragraph({ children: [run("Nơi nhận:", { bold: true, italics: true, size: 12 })] }),
    ...options.recipients.map((r) => new Paragraph({ children: [run(`- ${r};`, { size: 11 })] })),
    new Paragraph({ children: [run("- Lưu: VT.", { size: 11 })] }),
  ];
  const right = [
    centred([run(options.title.toUpperCase(), { bold: true, size: 13 })], 1200),
    centred([run(options.name, { bold: true, size: 13 })]),
  ];
  const cell = (children: Paragraph[], share: number) =>
    new TableCell({
      children,
      width: { size: Math.round(TEXT_WIDTH * share), type: WidthType.DXA },
      borders: noBorders,
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [Math.round(TEXT_WIDTH * 0.5), Math.round(TEXT_WIDTH * 0.5)],
    borders: noBorders,
    rows: [new TableRow({ children: [cell(left, 0.5), cell(right, 0.5)] })],
  });
}
