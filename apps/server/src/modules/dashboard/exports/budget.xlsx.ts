import type ExcelJS from "exceljs";
import { safeText } from "../../../platform/office/xlsx-writer";
import type { Money, Pct } from "../../figures/figure-view";
import { type BudgetExportScope, type BudgetView, exportCaption } from "./budget-export.types";

const MILLIONS = "#,##0.0";
const PERCENT = "0.00";

/**
 * Triệu đồng as a number for display (the exact đồng stay in the API; a sheet shows one decimal); an empty cell
 * when there is no figure (no plan, no monthly record), which is not 0.
 */
const millions = (m: Money | null) => (m ? Number(m.dong) / 1e6 : null);
/** The engine's rounded percentage (2 decimals, as printed), as a number; empty when it is not defined. */
const percent = (p: Pct) => (p ? Number(p.value) : null);

type Column = { header: string; width: number; numFmt?: string };
type Figures = { plan: Money | null; exec: Money; execPct: Pct; prevExec: Money; growth: Pct };

/** The five figures every row of the first two sheets shows, in the same columns. */
const figureColumns: Column[] = [
  { header: "Kế hoạch", width: 14, numFmt: MILLIONS },
  { header: "Thực hiện", width: 14, numFmt: MILLIONS },
  { header: "% kế hoạch", width: 11, numFmt: PERCENT },
  { header: "Cùng kỳ năm trước", width: 14, numFmt: MILLIONS },
  { header: "Tăng/giảm (%)", width: 12, numFmt: PERCENT },
];

function figureCells(f: Figures): ExcelJS.CellValue[] {
  return [millions(f.plan), millions(f.exec), percent(f.execPct), millions(f.prevExec), percent(f.growth)];
}

function sheetWith(
  workbook: ExcelJS.Workbook,
  name: string,
  caption: string,
  columns: Column[],
  rows: ExcelJS.CellValue[][],
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 3 }] });
  sheet.columns = columns.map((c) => ({ width: c.width, style: c.numFmt ? { numFmt: c.numFmt } : {} }));
  const title = sheet.addRow([safeText(caption)]);
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(title.number, 1, title.number, columns.length);
  sheet.addRow(["Đơn vị tính: triệu đồng; tỷ lệ: %"]).font = { italic: true };
  const header = sheet.addRow(columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/**
 * The dashboard's plan-against-execution view as .xlsx: one sheet by region or province (with the total row the
 * view carries), one by source of funds, one by month. Amounts are numbers in triệu đồng, percentages the
 * engine's two-decimal values as numbers; nothing is recomputed here (DOMAIN §9.7 Q5).
 */
export async function budgetXlsx(view: BudgetView, scope: BudgetExportScope): Promise<Buffer> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const caption = exportCaption(view, scope);
  const kcqg = view.bySource.find((s) => s.source === "KCQG");
  const kcdp = view.bySource.find((s) => s.source === "KCDP");
  const main = sheetWith(
    workbook,
    "Kế hoạch - thực hiện",
    caption,
    [
      { header: "Khu vực, đơn vị", width: 34 },
      ...figureColumns,
      { header: "KCQG thực hiện", width: 14, numFmt: MILLIONS },
      { header: "KCĐP thực hiện", width: 14, numFmt: MILLIONS },
    ],
    [
      ...view.rows.map((r) => [
        safeText(r.labelVi),
        ...figureCells(r),
        millions(r.bySource.KCQG.exec),
        millions(r.bySource.KCDP.exec),
      ]),
      [
        "Tổng số",
        ...figureCells(view.totals),
        kcqg ? millions(kcqg.exec) : null,
        kcdp ? millions(kcdp.exec) : null,
      ],
    ],
  );
  const total = main.lastRow;
  if (total) total.font = { bold: true };
  sheetWith(
    workbook,
    "Theo nguồn vốn",
    caption,
    [{ header: "Nguồn vốn", width: 34 }, ...figureColumns],
    view.bySource.map((s) => [safeText(s.labelVi), ...figureCells(s)]),
  );
  sheetWith(
    workbook,
    "Theo tháng",
    caption,
    [
      { header: "Tháng", width: 28 },
      { header: "Thực hiện trong tháng", width: 16, numFmt: MILLIONS },
      { header: "Lũy kế", width: 14, numFmt: MILLIONS },
      { header: "Lũy kế / kế hoạch (%)", width: 14, numFmt: PERCENT },
    ],
    [
      ...view.monthly.map((m) => [
        m.month,
        millions(m.exec),
        millions(m.cumulative),
        percent(m.cumulativePct),
      ]),
      // Reported figures are year-to-date at their cut-off, never one month's: they get rows of their own.
      ...view.reportedCutoffs.map((r) => [
        `Báo cáo ${r.kind === "ANNUAL" ? "cả năm" : `lũy kế đến hết tháng ${r.month}`}`,
        null,
        millions(r.value),
        percent(r.pct),
      ]),
    ],
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
