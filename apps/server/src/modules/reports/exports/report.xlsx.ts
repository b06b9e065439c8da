import {
  type ExportCell,
  type ExportTable,
  formatDate,
  provincialCommitteeVi,
  reportStateLabels,
  reportSubjectVi,
} from "@kc/domain";
import type ExcelJS from "exceljs";
import { safeText } from "../../../platform/office/xlsx-writer";
import type { ReportExport } from "./report-export-data";

const thin = { style: "thin", color: { argb: "FF000000" } } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } };
/** Rows above a table's header: body, title, state, caption, unit. The header is row 6, frozen with them. */
const HEADER_ROW = 6;

/** "#,##0.0" for triệu đồng, "#,##0" for counts, "0.00" for a percentage typed with two decimals. */
export function numberFormat(cell: ExportCell): string {
  const decimals = cell.decimals > 0 ? `.${"0".repeat(cell.decimals)}` : "";
  return cell.kind === "PERCENT" ? `0${decimals}` : `#,##0${decimals}`;
}

/**
 * The number a cell holds: triệu đồng for money (the exact đồng divided by a million, so nothing is lost to the
 * displayed decimal), the count, the printed percentage. A value that is not a number stays text.
 */
export function cellNumber(cell: ExportCell): number | string {
  const number = Number(cell.value);
  if (!Number.isFinite(number)) return safeText(cell.value);
  return cell.kind === "MONEY" ? number / 1e6 : number;
}

/**
 * A row tall enough for its wrapped text: spreadsheets do not grow a row for wrapped text written by a program,
 * so a long label would be cut (Excel) or drawn over the next row (LibreOffice). About 1.1 characters of 11 pt
 * text fit per unit of column width; a line is 15 points.
 */
function fitHeight(row: ExcelJS.Row, texts: readonly { text: string; width: number }[]) {
  const lines = Math.max(
    1,
    ...texts.map(({ text, width }) =>
      text.split("\n").reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / (width * 1.1))), 0),
    ),
  );
  if (lines > 1) row.height = lines * 15;
}

/** "Bảng 1 - Kinh phí khuyến công", within Excel's 31 characters and without the characters it refuses. */
function sheetName(table: ExportTable): string {
  const name = table.captionVi.replace(/^Bảng (\d+)\.\s*/u, "Bảng $1 - ").replace(/[\\/*?:[\]]/gu, " ");
  return name.length <= 31 ? name : `${name.slice(0, 30).trimEnd()}…`;
}

function titleRows(sheet: ExcelJS.Worksheet, data: ReportExport, width: number, caption: string) {
  const { page } = data;
  const lines: [string, Partial<ExcelJS.Font>][] = [
    [`${provincialCommitteeVi(data.province).toUpperCase()} — SỞ CÔNG THƯƠNG`, { bold: true }],
    [`BÁO CÁO ${reportSubjectVi(page.titleVi, page.periodLabelVi)}`, { bold: true, size: 13 }],
    [
      `Trạng thái: ${reportStateLabels[page.state]}${data.draft ? " (dự thảo, chưa được duyệt)" : ""}; phiên bản ${page.version}; số liệu từ ${formatDate(page.windowFrom)} đến ${formatDate(page.windowTo)}; xuất ngày ${formatDate(data.exportedOn)}`,
      { italic: true },
    ],
    [caption, { bold: true }],
  ];
  for (const [text, font] of lines) {
    const row = sheet.addRow([safeText(text)]);
    row.font = font;
    sheet.mergeCells(row.number, 1, row.number, width);
  }
}

/**
 * One sheet per numbered table, in the template's layout: the rows of the section with their parts under
 * "Trong đó" lines, the template's columns with the unit in the header, a frozen header and label column.
 * Cells are typed numbers with the decimals the report prints; the printed percentages are the reported figures,
 * never formulas (DOMAIN §9.7 Q5), and the checks sheet says whether they agree. Estimates are italic with a note.
 */
function tableSheet(workbook: ExcelJS.Workbook, data: ReportExport, table: ExportTable) {
  const fixed = table.unitColumn ? 3 : 2;
  const width = fixed + table.columns.length;
  const sheet = workbook.addWorksheet(sheetName(table), {
    views: [{ state: "frozen", xSplit: 2, ySplit: HEADER_ROW }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = [
    { width: 6 },
    { width: table.unitColumn ? 48 : 40 },
    ...(table.unitColumn ? [{ width: 12 }] : []),
    ...table.columns.map(() => ({ width: 15 })),
  ];
  titleRows(sheet, data, width, table.captionVi);
  const unit = sheet.addRow([table.unitVi ? `Đơn vị tính: ${table.unitVi}; tỷ lệ: %` : "Tỷ lệ: %"]);
  unit.font = { italic: true };
  const header = sheet.addRow([
    "STT",
    "Chỉ tiêu",
    ...(table.unitColumn ? ["Đơn vị tính"] : []),
    ...table.columns.map((c) => c.headerVi),
  ]);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.height = 45;
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  });
  let estimates = false;
  for (const row of table.rows) {
    if (row.kind === "GROUP") {
      const group = sheet.addRow(["", row.labelVi]);
      group.font = { italic: true };
      for (let col = 1; col <= width; col++) group.getCell(col).border = BORDER;
      continue;
    }
    // An en dash, as on the screen: a leading "-" would be guarded against formulas and show an apostrophe.
    const label = row.level === "PART" ? `– ${row.labelVi}` : row.labelVi;
    const line = sheet.addRow([row.number, safeText(label), ...(table.unitColumn ? [row.unitVi] : [])]);
    line.getCell(2).alignment = { wrapText: true, vertical: "top", indent: row.level === "PART" ? 1 : 0 };
    fitHeight(line, [{ text: label, width: (table.unitColumn ? 48 : 40) - 3 }]);
    line.getCell(1).alignment = { horizontal: "center" };
    row.cells.forEach((cell, i) => {
      const target = line.getCell(fixed + 1 + i);
      if (cell === null || cell === "missing") return;
      target.value = cellNumber(cell);
      target.numFmt = numberFormat(cell);
      if (cell.estimate) {
        estimates = true;
        target.font = { italic: true };
        target.note = "Số ước thực hiện";
      }
    });
    if (row.level === "TOTAL") line.font = { bold: true };
    for (let col = 1; col <= width; col++) line.getCell(col).border = BORDER;
  }
  if (estimates) {
    sheet.addRow([]);
    sheet.addRow(["", "Số in nghiêng, có ghi chú “Số ước thực hiện”, là số ước thực hiện."]).font = {
      italic: true,
    };
  }
}

/** The generated checks on the cells as exported, with the submitter's explanation where one was given. */
function checksSheet(workbook: ExcelJS.Workbook, data: ReportExport) {
  const sheet = workbook.addWorksheet("Kiểm tra", { views: [{ state: "frozen", ySplit: HEADER_ROW }] });
  const columns = [6, 60, 18, 11, 11, 18, 18, 22, 40];
  sheet.columns = columns.map((width) => ({ width }));
  titleRows(sheet, data, columns.length, "Kết quả kiểm tra số liệu (tự động, sinh từ cấu trúc mẫu báo cáo)");
  sheet.addRow([]);
  const header = sheet.addRow([
    "STT",
    "Nội dung kiểm tra",
    "Ô",
    "Mức độ",
    "Kết quả",
    "Số trong báo cáo",
    "Số tính lại",
    "Chênh lệch",
    "Giải trình của đơn vị",
  ]);
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  header.eachCell((cell) => {
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
  });
  const latest = data.page.submissions.at(-1);
  const reasons = new Map((latest?.acknowledgements ?? []).map((a) => [a.checkId, a.reasonVi]));
  data.page.checks.forEach((check, i) => {
    const row = sheet.addRow([
      i + 1,
      safeText(check.result.labelVi),
      check.cell,
      check.severity === "ERROR" ? "Lỗi" : "Cảnh báo",
      check.result.ok ? "Đạt" : "Không đạt",
      safeText(check.result.stated),
      safeText(check.result.computed),
      safeText(check.result.difference),
      safeText(reasons.get(check.id) ?? ""),
    ]);
    row.alignment = { vertical: "top", wrapText: true };
    fitHeight(row, [
      { text: check.result.labelVi, width: 60 },
      { text: reasons.get(check.id) ?? "", width: 40 },
    ]);
    if (!check.result.ok) row.getCell(5).font = { bold: true, color: { argb: "FFC00000" } };
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
    });
  });
  if (data.page.checks.length === 0)
    sheet.addRow(["", "Mẫu báo cáo không sinh kiểm tra nào cho các ô đã nhập."]);
}

function narrativeSheet(workbook: ExcelJS.Workbook, data: ReportExport) {
  const sheet = workbook.addWorksheet("Thuyết minh");
  sheet.columns = [{ width: 36 }, { width: 110 }];
  titleRows(sheet, data, 2, "Thuyết minh");
  sheet.addRow([]);
  for (const section of data.template.narrative) {
    const row = sheet.addRow([section.titleVi, safeText(data.page.narrative[section.code] ?? "")]);
    row.alignment = { vertical: "top", wrapText: true };
    row.getCell(1).font = { bold: true };
    fitHeight(row, [{ text: data.page.narrative[section.code] ?? "", width: 110 }]);
  }
}

/** The report as .xlsx in the template's layout: a sheet per numbered table, the checks, the narrative. */
export async function reportXlsx(data: ReportExport): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  workbook.creator = "Khuyến công";
  for (const table of data.tables) tableSheet(workbook, data, table);
  checksSheet(workbook, data);
  narrativeSheet(workbook, data);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
