import {
  type ExportCell,
  type ExportRow,
  type ExportTable,
  formatDate,
  provincialCommitteeVi,
  reportStateLabels,
  reportSubjectVi,
} from "@kc/domain";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from "docx";
import {
  body,
  centred,
  FONT,
  heading,
  officialHeader,
  pageProperties,
  run,
  signatureBlock,
  TEXT_WIDTH,
} from "../../../platform/office/official-docx";
import type { ReportExport } from "./report-export-data";

const MM = 56.7;
const TABLE_TEXT = 9.5;
const line = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const borders = { top: line, bottom: line, left: line, right: line };

/** Widths in millimetres of the fixed columns; the figure columns share what is left of the 165 mm. */
function columnWidths(table: ExportTable): number[] {
  const fixed = table.unitColumn ? [10, 79, 20] : [10, 50];
  const used = fixed.reduce((a, b) => a + b, 0);
  const each = (165 - used) / table.columns.length;
  return [...fixed, ...table.columns.map(() => each)].map((mm) => Math.round(mm * MM));
}

function cellOf(
  children: Paragraph[],
  width: number,
  options: { columnSpan?: number; shaded?: boolean } = {},
): TableCell {
  return new TableCell({
    borders,
    verticalAlign: VerticalAlign.CENTER,
    width: { size: width, type: WidthType.DXA },
    margins: { left: 60, right: 60, top: 20, bottom: 20 },
    ...(options.columnSpan ? { columnSpan: options.columnSpan } : {}),
    ...(options.shaded ? { shading: { fill: "F2F2F2" } } : {}),
    children,
  });
}

const para = (alignment: (typeof AlignmentType)[keyof typeof AlignmentType], runs: TextRun[], indent = 0) =>
  new Paragraph({ alignment, ...(indent ? { indent: { left: indent } } : {}), children: runs });

/** A figure as printed, with "(ước)" under an estimate; "…" for a figure the report does not give yet. */
function figure(cell: ExportCell | "missing" | null, bold: boolean): Paragraph[] {
  if (cell === null) return [para(AlignmentType.RIGHT, [])];
  if (cell === "missing") return [para(AlignmentType.RIGHT, [run("…", { size: TABLE_TEXT })])];
  return [
    para(AlignmentType.RIGHT, [run(cell.text, { size: TABLE_TEXT, bold })]),
    ...(cell.estimate ? [para(AlignmentType.RIGHT, [run("(ước)", { size: 9, italics: true })])] : []),
  ];
}

function tableRow(table: ExportTable, row: ExportRow, widths: number[]): TableRow {
  if (row.kind === "GROUP") {
    return new TableRow({
      cantSplit: true,
      children: [
        cellOf([para(AlignmentType.LEFT, [])], widths[0] ?? 0),
        cellOf(
          [para(AlignmentType.LEFT, [run(row.labelVi, { size: TABLE_TEXT, italics: true })])],
          widths.slice(1).reduce((a, b) => a + b, 0),
          { columnSpan: widths.length - 1 },
        ),
      ],
    });
  }
  const bold = row.level === "TOTAL";
  const label = row.level === "PART" ? `- ${row.labelVi}` : row.labelVi;
  const fixed = [
    cellOf([para(AlignmentType.CENTER, [run(row.number, { size: TABLE_TEXT, bold })])], widths[0] ?? 0),
    cellOf(
      [para(AlignmentType.LEFT, [run(label, { size: TABLE_TEXT, bold })], row.level === "PART" ? 113 : 0)],
      widths[1] ?? 0,
    ),
    ...(table.unitColumn
      ? [cellOf([para(AlignmentType.CENTER, [run(row.unitVi, { size: TABLE_TEXT })])], widths[2] ?? 0)]
      : []),
  ];
  const offset = fixed.length;
  return new TableRow({
    cantSplit: true,
    children: [...fixed, ...row.cells.map((cell, i) => cellOf(figure(cell, bold), widths[offset + i] ?? 0))],
  });
}

/** One numbered table: its header repeated on every page it spans, rows never split across pages. */
function numberedTable(table: ExportTable): Table {
  const widths = columnWidths(table);
  // The unit of a money table is printed once above it ("Đơn vị tính: triệu đồng"), as Vietnamese reports do; on
  // a portrait page seven figure columns have no room to repeat it in every header.
  const unit = table.unitVi ? ` (${table.unitVi})` : "";
  const headers = [
    "STT",
    "Chỉ tiêu",
    ...(table.unitColumn ? ["Đơn vị tính"] : []),
    ...table.columns.map((c) => (unit ? c.headerVi.replace(unit, "") : c.headerVi)),
  ];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: headers.map((text, i) =>
          cellOf(
            [para(AlignmentType.CENTER, [run(text, { size: TABLE_TEXT, bold: true })])],
            widths[i] ?? 0,
            {
              shaded: true,
            },
          ),
        ),
      }),
      ...table.rows.map((row) => tableRow(table, row, widths)),
    ],
  });
}

function tableBlock(table: ExportTable): (Paragraph | Table)[] {
  const estimates = table.rows.some(
    (r) => r.kind === "ROW" && r.cells.some((c) => c && c !== "missing" && c.estimate),
  );
  return [
    heading(`${table.number}. ${table.captionVi.replace(/^Bảng \d+\.\s*/u, "")}`),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 40 },
      children: [run(table.captionVi, { bold: true, size: 12 })],
    }),
    ...(table.unitVi
      ? [
          new Paragraph({
            alignment: AlignmentType.RIGHT,
            keepNext: true,
            children: [run(`Đơn vị tính: ${table.unitVi}`, { italics: true, size: 11 })],
          }),
        ]
      : []),
    numberedTable(table),
    new Paragraph({
      spacing: { before: 60, after: 120 },
      children: estimates
        ? [
            run(
              "Ghi chú: số có ghi “(ước)” là số ước thực hiện, sẽ được thay bằng số thực hiện khi hết kỳ.",
              { italics: true, size: 11 },
            ),
          ]
        : [],
    }),
  ];
}

/** The narrative as the province wrote it, one paragraph per line; an empty section says so. */
function narrativeBlock(data: ReportExport): Paragraph[] {
  return data.template.narrative.flatMap((section, i) => {
    const text = (data.page.narrative[section.code] ?? "").trim();
    const paragraphs = text
      ? text.split(/\n+/u).map((part) => body(part.trim()))
      : [body("(Chưa có nội dung.)")];
    return [heading(`${ROMAN[i + 1] ?? i + 2}. ${section.titleVi.toUpperCase()}`), ...paragraphs];
  });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** "DỰ THẢO" in a box, and why: the report is not approved yet. */
function draftMark(data: ReportExport): Paragraph[] {
  if (!data.draft) return [];
  const box = { style: BorderStyle.SINGLE, size: 8, color: "000000", space: 2 };
  return [
    new Paragraph({
      alignment: AlignmentType.LEFT,
      border: { top: box, bottom: box, left: box, right: box },
      indent: { right: Math.round(140 * MM) },
      children: [run("DỰ THẢO", { bold: true, size: 13 })],
    }),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
  ];
}

/**
 * A province's periodic report as an administrative document of Decree 30/2020/NĐ-CP (Appendix I): the
 * province's People's Committee and its Department of Industry and Trade as they were in the report's year, the
 * national motto, "Số: …/BC-SCT" for the clerk to fill, place and date (the day it was sent, else blank for the
 * signer), "BÁO CÁO" with its subject and period, the figures as numbered tables of the template (nothing is
 * computed here), the narrative, the recipients and the signer; page numbers centred at the top from page 2.
 * A report the centre has not approved is marked "DỰ THẢO" with its state. Built on the main thread, like the
 * other one-report documents (decision 0021): one small document, tens of milliseconds.
 */
export async function reportDocx(data: ReportExport): Promise<Buffer> {
  const { page, province } = data;
  const committee = provincialCommitteeVi(province);
  const subject = reportSubjectVi(page.titleVi, page.periodLabelVi);
  const date = data.documentDay
    ? new Date(`${data.documentDay}T00:00:00+07:00`)
    : `ngày      tháng      năm ${data.exportedOn.slice(0, 4)}`;
  const period = `${page.periodLabelVi.charAt(0).toLocaleLowerCase("vi")}${page.periodLabelVi.slice(1)}`;
  const basis = data.legalBasis ? `Thực hiện ${data.legalBasis}, ` : "";
  const children = [
    ...draftMark(data),
    officialHeader({
      superior: committee,
      issuer: "Sở Công Thương",
      number: "         /BC-SCT",
      place: province.name,
      date,
    }),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    centred([run("BÁO CÁO", { bold: true, size: 14 })]),
    centred([run(subject, { bold: true, size: 14 })]),
    centred([run("────────", { size: 13 })], data.draft ? 60 : 240),
    ...(data.draft
      ? [
          centred(
            [
              run(
                `(Dự thảo: báo cáo chưa được duyệt; trạng thái “${reportStateLabels[page.state]}”, phiên bản ${page.version})`,
                { italics: true, size: 12 },
              ),
            ],
            240,
          ),
        ]
      : []),
    body(
      `${basis}Sở Công Thương ${province.name} báo cáo tình hình thực hiện hoạt động khuyến công ${period} (số liệu từ ngày ${formatDate(page.windowFrom)} đến ngày ${formatDate(page.windowTo)}) như sau:`,
    ),
    heading("I. KẾT QUẢ THỰC HIỆN"),
    ...data.tables.flatMap(tableBlock),
    ...narrativeBlock(data),
    body(
      `Trên đây là báo cáo tình hình thực hiện hoạt động khuyến công ${period} của Sở Công Thương ${province.name}./.`,
    ),
    new Paragraph({ spacing: { before: 240 }, children: [] }),
    signatureBlock({
      recipients: [`Bộ Công Thương (${data.agencyName})`, `${committee} (để báo cáo)`],
      title: "Giám đốc",
      name: "",
    }),
  ];
  const document = new Document({
    creator: "Khuyến công",
    title: `${subject} — ${province.name}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { ...pageProperties, titlePage: true },
        headers: {
          first: new Header({ children: [] }),
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ font: FONT, size: 26, children: [PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
