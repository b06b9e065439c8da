import {
  checkStatements,
  type FigureCheckResult,
  type FigureStatement,
  type FigureUnit,
} from "../figures/consistency";
import type { Fixed } from "../figures/fixed";
import {
  cellKey,
  type ReportColumn,
  type ReportPartition,
  type ReportRow,
  type ReportTemplateVersion,
  reportColumns,
  templateRows,
} from "./report-template";

/**
 * The arithmetic checks of a report, generated from its template's structure rather than written by hand
 * (issue 17 item 1): every total with parts in a partition gets a sum check per amount column, every printed
 * percentage a recomputation, every printed growth a growth check, every part printed only as "% of its plan" a
 * recovered-plan check against the total plan, every bounded count an upper-bound check. They are
 * `FigureStatement`s for the figure engine's `checkStatements`, so a report, a typed-in conference report and
 * the dashboard's checks word their findings alike. A new row in a template brings its checks with it.
 */

/** Cell values by `cellKey`: amounts as integer strings (đồng or a count), percentages as "30.89" / "-1.64". */
export type ReportCellValues = ReadonlyMap<string, string>;

export type ReportCheckSeverity = "ERROR" | "WARNING";

export type GeneratedCheck = {
  statement: FigureStatement;
  /** A WARNING may be acknowledged with a reason at submission; an ERROR must be fixed. */
  severity: ReportCheckSeverity;
  /** The cells the check reads; the first is the printed figure it judges, where the finding is shown. */
  cells: string[];
};

export type ReportCheckOutcome = GeneratedCheck & { result: FigureCheckResult };

const partitionLabelsVi: Record<ReportPartition, string> = {
  SOURCE: "nguồn kinh phí",
  CONTENT: "nội dung hoạt động",
};

const AMOUNT_PATTERN = /^-?\d{1,20}$/;
const PERCENT_PATTERN = /^(-?)(\d{1,6})(?:\.(\d{1,6}))?$/;

export function parseReportAmount(text: string | undefined): bigint | null {
  return text !== undefined && AMOUNT_PATTERN.test(text) ? BigInt(text) : null;
}

export function parseReportPercent(text: string | undefined): Fixed | null {
  const match = text === undefined ? null : PERCENT_PATTERN.exec(text);
  if (!match) return null;
  const [, sign, whole, fraction = ""] = match;
  const units = BigInt(`${whole}${fraction}`);
  return { units: sign === "-" ? -units : units, scale: fraction.length };
}

/** Whether a text is a valid value for a cell of this column (the server's input check). */
export function isValidCellValue(column: ReportColumn, text: string): boolean {
  return reportColumns[column].kind === "AMOUNT"
    ? parseReportAmount(text) !== null
    : parseReportPercent(text) !== null;
}

function figureUnit(row: ReportRow): FigureUnit {
  return row.unit.kind === "MONEY" ? { kind: "MONEY" } : { kind: "COUNT", unitVi: row.unit.unitVi };
}

function isAmountColumn(column: ReportColumn): boolean {
  return reportColumns[column].kind === "AMOUNT";
}

/** Every generated check of a report whose inputs are all filled in; a check with an empty input is not run. */
export function generateReportChecks(
  template: Pick<ReportTemplateVersion, "sections" | "acknowledgeable">,
  values: ReportCellValues,
): GeneratedCheck[] {
  const rows = templateRows(template);
  const amount = (row: string, column: ReportColumn) => parseReportAmount(values.get(cellKey(row, column)));
  const percent = (row: string, column: ReportColumn) => parseReportPercent(values.get(cellKey(row, column)));
  const severityOf = (kind: "GROWTH" | "PERCENT"): ReportCheckSeverity =>
    template.acknowledgeable.includes(kind) ? "WARNING" : "ERROR";
  const checks: GeneratedCheck[] = [];

  for (const row of rows) {
    for (const partition of ["SOURCE", "CONTENT"] as const) {
      const parts = rows.filter((r) => r.partOf?.row === row.code && r.partOf.partition === partition);
      if (parts.length > 0) checks.push(...partitionChecks(row, partition, parts, amount, percent));
    }
    const planPercent = percent(row.code, "PCT_OF_PLAN");
    const period = amount(row.code, "PERIOD");
    const plan = amount(row.code, "PLAN");
    if (planPercent && period !== null && plan !== null) {
      checks.push({
        statement: {
          kind: "PERCENT",
          id: `PERCENT:${row.code}`,
          labelVi: `${row.labelVi}: thực hiện so với kế hoạch năm`,
          statedPercent: planPercent,
          part: period,
          whole: plan,
        },
        severity: severityOf("PERCENT"),
        cells: [cellKey(row.code, "PCT_OF_PLAN"), cellKey(row.code, "PERIOD"), cellKey(row.code, "PLAN")],
      });
    }
    const growths = [
      { stated: "GROWTH", current: "PERIOD", previous: "PREVIOUS", whatVi: "so với cùng kỳ năm trước" },
      {
        stated: "PLAN_GROWTH",
        current: "PLAN",
        previous: "PREVIOUS_PLAN",
        whatVi: "kế hoạch so với năm trước",
      },
    ] as const;
    // Only a growth of the period's figure may be acknowledged: its basis is what reports leave unstated. Two
    // approved plans are exact, so a plan growth that disagrees ("+1,08 %" for +7,72 %) is always an error.
    for (const growth of growths) {
      const stated = percent(row.code, growth.stated);
      const current = amount(row.code, growth.current);
      const previous = amount(row.code, growth.previous);
      if (!stated || current === null || previous === null) continue;
      checks.push({
        statement: {
          kind: "GROWTH",
          id: `GROWTH:${row.code}:${growth.stated}`,
          labelVi: `${row.labelVi}: tăng/giảm ${growth.whatVi}`,
          statedPercent: stated,
          current,
          previous,
        },
        severity: growth.stated === "GROWTH" ? severityOf("GROWTH") : "ERROR",
        cells: [
          cellKey(row.code, growth.stated),
          cellKey(row.code, growth.current),
          cellKey(row.code, growth.previous),
        ],
      });
    }
    if (row.atMost) checks.push(...boundChecks(row, rows, amount));
  }
  return checks;
}

type AmountOf = (row: string, column: ReportColumn) => bigint | null;
type PercentOf = (row: string, column: ReportColumn) => Fixed | null;

function partitionChecks(
  total: ReportRow,
  partition: ReportPartition,
  parts: readonly ReportRow[],
  amount: AmountOf,
  percent: PercentOf,
): GeneratedCheck[] {
  const checks: GeneratedCheck[] = [];
  const byVi = `theo ${partitionLabelsVi[partition]}`;
  for (const column of total.columns.filter(isAmountColumn)) {
    if (!parts.every((part) => part.columns.includes(column))) continue;
    const totalValue = amount(total.code, column);
    const partValues = parts.map((part) => amount(part.code, column));
    if (totalValue === null || partValues.some((value) => value === null)) continue;
    checks.push({
      statement: {
        kind: "SUM",
        id: `SUM:${total.code}:${partition}:${column}`,
        labelVi: `${total.labelVi} (${reportColumns[column].labelVi.toLowerCase()}) ${byVi}`,
        total: totalValue,
        parts: parts.map((part, index) => ({ labelVi: part.labelVi, value: partValues[index] ?? 0n })),
        unit: figureUnit(total),
      },
      severity: "ERROR",
      cells: [cellKey(total.code, column), ...parts.map((part) => cellKey(part.code, column))],
    });
  }
  // A part printed with its execution and "% of its plan" but without the plan: recover it (DOMAIN §2.2).
  const totalPlan = amount(total.code, "PLAN");
  const recovered = parts.map((part) => ({
    labelVi: part.labelVi,
    actual: amount(part.code, "PERIOD"),
    statedPercent: percent(part.code, "PCT_OF_PLAN"),
    plan: amount(part.code, "PLAN"),
  }));
  const recoverable =
    total.unit.kind === "MONEY" &&
    totalPlan !== null &&
    recovered.every((part) => part.actual !== null && (part.plan !== null || part.statedPercent !== null)) &&
    recovered.some((part) => part.plan === null);
  if (recoverable) {
    checks.push({
      statement: {
        kind: "RECOVERED_PLAN",
        id: `RECOVERED_PLAN:${total.code}:${partition}`,
        labelVi: `${total.labelVi}: kế hoạch năm ${byVi}`,
        totalPlan,
        parts: recovered.map((part) => ({ ...part, actual: part.actual ?? 0n })),
      },
      severity: "ERROR",
      cells: [
        cellKey(total.code, "PLAN"),
        ...parts.flatMap((part) => [cellKey(part.code, "PERIOD"), cellKey(part.code, "PCT_OF_PLAN")]),
      ],
    });
  }
  return checks;
}

function boundChecks(row: ReportRow, rows: readonly ReportRow[], amount: AmountOf): GeneratedCheck[] {
  const bound = rows.find((r) => r.code === row.atMost);
  if (!bound) return [];
  return (["PERIOD", "PREVIOUS"] as const)
    .filter((column) => row.columns.includes(column) && bound.columns.includes(column))
    .flatMap((column): GeneratedCheck[] => {
      const value = amount(row.code, column);
      const limit = amount(bound.code, column);
      if (value === null || limit === null) return [];
      return [
        {
          statement: {
            kind: "AT_MOST",
            id: `AT_MOST:${row.code}:${column}`,
            labelVi: `${row.labelVi} (${reportColumns[column].labelVi.toLowerCase()})`,
            value,
            bound: limit,
            boundLabelVi: bound.labelVi,
            unit: figureUnit(row),
          },
          severity: "ERROR",
          cells: [cellKey(row.code, column), cellKey(bound.code, column)],
        },
      ];
    });
}

/** The generated checks with the engine's verdicts, in template order. */
export function runReportChecks(
  template: Pick<ReportTemplateVersion, "sections" | "acknowledgeable">,
  values: ReportCellValues,
): ReportCheckOutcome[] {
  const generated = generateReportChecks(template, values);
  const results = checkStatements(generated.map((check) => check.statement));
  return generated.map((check, index) => ({ ...check, result: results[index] as FigureCheckResult }));
}

/**
 * The period's figure of every row that has no value yet: a report is complete only without them (0 is a value).
 * Plans, last year's figures and printed percentages may stay empty: they give context, and a part printed
 * without its plan is exactly what the recovered-plan check reads.
 */
export function missingCells(
  template: Pick<ReportTemplateVersion, "sections">,
  values: ReportCellValues,
): string[] {
  return templateRows(template)
    .filter((row) => row.columns.includes("PERIOD"))
    .map((row) => cellKey(row.code, "PERIOD"))
    .filter((key) => parseReportAmount(values.get(key)) === null);
}
