import { generateReportChecks, type ReportCheckSeverity } from "./report-checks";
import {
  cellKey,
  type ReportColumn,
  type ReportTemplateVersion,
  reportColumns,
  templateRows,
} from "./report-template";

/**
 * The checks a template version generates, as the administrator reads them before publishing it
 * ("KP = KP_KCQG + KP_KCDP"). They are not described separately: the preview runs the report's own generator on
 * a report with every cell filled (and once more with the parts' plans left out, which is when the recovered-plan
 * check appears), so it lists exactly the checks a report on this version will run.
 */
export type CheckPreview = {
  id: string;
  kind: "SUM" | "PERCENT" | "GROWTH" | "RECOVERED_PLAN" | "AT_MOST";
  severity: ReportCheckSeverity;
  /** The rule in row codes: "KP = KP_KCQG + KP_KCDP". */
  formula: string;
  /** The same rule in words, with the column it reads. */
  descriptionVi: string;
};

type Template = Pick<ReportTemplateVersion, "sections" | "acknowledgeable">;

function filledCells(template: Template, leaveOutPartPlans: boolean): Map<string, string> {
  const values = new Map<string, string>();
  for (const row of templateRows(template)) {
    for (const column of row.columns) {
      if (leaveOutPartPlans && row.partOf && column === "PLAN") continue;
      values.set(cellKey(row.code, column), reportColumns[column].kind === "AMOUNT" ? "1" : "1.00");
    }
  }
  return values;
}

const columnOf = (cell: string) => cell.slice(cell.indexOf("/") + 1) as ReportColumn;
const rowOf = (cell: string) => cell.slice(0, cell.indexOf("/"));
const columnVi = (cell: string) => reportColumns[columnOf(cell)].labelVi.toLowerCase();

function formulaOf(kind: CheckPreview["kind"], cells: readonly string[]): string {
  const [first = "", second = "", third = ""] = cells;
  switch (kind) {
    case "SUM":
      return `${rowOf(first)} = ${cells.slice(1).map(rowOf).join(" + ")} (${columnVi(first)})`;
    case "PERCENT":
      return `${reportColumns.PCT_OF_PLAN.labelVi} của ${rowOf(first)} = ${rowOf(second)} thực hiện ÷ kế hoạch năm × 100`;
    case "GROWTH":
      return `${reportColumns[columnOf(first)].labelVi} của ${rowOf(first)} = (${columnVi(second)} − ${columnVi(third)}) ÷ ${columnVi(third)} × 100`;
    case "RECOVERED_PLAN": {
      const parts = [...new Set(cells.slice(1).map(rowOf))];
      return `Kế hoạch năm của ${rowOf(first)} ≈ Σ thực hiện ÷ % kế hoạch của ${parts.join(", ")}`;
    }
    case "AT_MOST":
      return `${rowOf(first)} ≤ ${rowOf(second)} (${columnVi(first)})`;
  }
}

/** Every check a report on this version will run, in the order the report lists them. */
export function previewTemplateChecks(template: Template): CheckPreview[] {
  const seen = new Set<string>();
  const previews: CheckPreview[] = [];
  for (const leaveOut of [false, true]) {
    for (const check of generateReportChecks(template, filledCells(template, leaveOut))) {
      const { statement } = check;
      if (seen.has(statement.id)) continue;
      seen.add(statement.id);
      const kind = statement.kind as CheckPreview["kind"];
      previews.push({
        id: statement.id,
        kind,
        severity: check.severity,
        formula: formulaOf(kind, check.cells),
        descriptionVi: statement.labelVi,
      });
    }
  }
  return previews;
}
