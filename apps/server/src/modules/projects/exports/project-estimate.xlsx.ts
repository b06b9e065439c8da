import { estimateTotals, lineAmount, type SpendingCategory, spendingCategoryLabels } from "@kc/domain";
import { cellFor, safeText } from "../../../platform/office/xlsx-writer";
import { estimateLineOf } from "../project-snapshot";
import type { ProjectDetail } from "../projects.queries";

const HEADERS = [
  "STT",
  "Nội dung chi",
  "Khoản chi (TTLT 26/2014)",
  "Mã định mức",
  "Số lượng",
  "Đơn giá (đồng)",
  "Thành tiền (đồng)",
  "Kinh phí khuyến công (đồng)",
  "Vốn đối ứng (đồng)",
  "Nguồn khác (đồng)",
];
const WIDTHS = [6, 44, 30, 11, 10, 16, 18, 18, 18, 16];
const MONEY_FROM = 6; // columns F… hold đồng

/**
 * The estimate in the layout of the proposal form (Form 1 of Circ. 36/2013: dự toán chi tiết kinh phí): a title
 * block naming the project, one row per line with its amount, and the totals by source. Numbers are typed cells
 * with Vietnamese grouping; text is formula-safe.
 */
export async function projectEstimateXlsx(detail: ProjectDetail): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Dự toán", {
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const { row } = detail;
  const title = sheet.addRow(["DỰ TOÁN CHI TIẾT KINH PHÍ ĐỀ ÁN KHUYẾN CÔNG"]);
  title.font = { bold: true, size: 14, name: "Times New Roman" };
  sheet.mergeCells(title.number, 1, title.number, HEADERS.length);
  title.alignment = { horizontal: "center" };
  for (const [label, value] of [
    ["Tên đề án", row.title],
    ["Mã đề án", row.code],
    ["Đơn vị thực hiện", row.implementerName],
    ["Năm kế hoạch", String(row.planYear)],
  ] as const) {
    const line = sheet.addRow([`${label}: ${safeText(value)}`]);
    sheet.mergeCells(line.number, 1, line.number, HEADERS.length);
  }
  sheet.addRow([]);
  const header = sheet.addRow(HEADERS);
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  const lines = detail.lines.map(estimateLineOf);
  lines.forEach((l, i) => {
    sheet.addRow([
      i + 1,
      cellFor("text", l.item),
      spendingCategoryLabels[l.spendingCategory as SpendingCategory] ?? l.spendingCategory,
      cellFor("text", l.normCode),
      Number(l.quantity),
      cellFor("dong", l.unitPrice),
      cellFor("dong", lineAmount(l) ?? 0n),
      cellFor("dong", l.kcAmount),
      cellFor("dong", l.counterpartAmount),
      cellFor("dong", l.otherAmount),
    ]);
  });
  const totals = estimateTotals(lines);
  const sum = sheet.addRow([
    "",
    "Tổng cộng",
    "",
    "",
    null,
    null,
    cellFor("dong", totals.total),
    cellFor("dong", totals.kcSupport),
    cellFor("dong", totals.counterpart),
    cellFor("dong", totals.other),
  ]);
  sum.font = { bold: true };
  for (let r = header.number; r <= sum.number; r++) {
    for (let c = 1; c <= HEADERS.length; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = {
        top: { style: "thin" },
        bottom: { style: "thin" },
        left: { style: "thin" },
        right: { style: "thin" },
      };
      if (c >= MONEY_FROM && r > header.number) cell.numFmt = "#,##0";
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
