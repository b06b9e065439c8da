import {
  isValidReportPeriod,
  type RegionCode,
  type ReportAggregate,
  type ReportTemplateVersion,
  type ReportWindow,
  reportWindow,
  templateRows,
} from "@kc/domain";
import type { Db } from "../../db/client";
import { aggregateOfPeriod } from "../reports/get-report-aggregate";
import { cellText } from "../reports/report-page";
import { listTemplates } from "../reports/reports.queries";

/**
 * The region's figures from the provinces' approved periodic reports (issue 17 item 7), when the conference's
 * period is exactly a report period of a template in force (the 6-month report for a mid-year conference; an
 * ad-hoc "7 tháng đầu năm" cut-off has none) and at least one province of the region, as it was, has its report
 * approved. Null otherwise: the pack then prints the figures from records alone, as before.
 */
export async function conferenceReportFigures(
  db: Db,
  region: RegionCode,
  period: { from: string; to: string },
): Promise<ConferenceReportFigures | null> {
  const year = Number(period.from.slice(0, 4));
  for (const { id, template } of await listTemplates(db)) {
    for (let index = 1; index <= 12; index++) {
      if (!isValidReportPeriod(template.periodKind, { year, index })) continue;
      const window = reportWindow(template, { year, index });
      const inForce =
        window.to >= template.validFrom && (template.validTo === null || window.to <= template.validTo);
      if (!inForce || window.from !== period.from || window.to !== period.to) continue;
      const { aggregate } = await aggregateOfPeriod(db, {
        templateId: id,
        template,
        window,
        year,
        periodIndex: index,
        scope: { kind: "REGION", region },
        basis: "AS_OF",
      });
      if (aggregate.included.length > 0) return presentFigures(template, window, aggregate);
    }
  }
  return null;
}

export type ConferenceReportFigures = ReturnType<typeof presentFigures>;

/** The rows with a figure of the period, as the pack's table prints them, and who is in or missing. */
function presentFigures(template: ReportTemplateVersion, window: ReportWindow, aggregate: ReportAggregate) {
  const cells = new Map(aggregate.cells.map((cell) => [cell.key, cell]));
  const text = (row: string, column: "PLAN" | "PERIOD" | "PCT_OF_PLAN") => {
    const cell = cells.get(`${row}/${column}`);
    if (!cell) return "—";
    if (cell.value !== null) return cellText(template, row, column, cell.value);
    const kinds = Object.entries(cell.byKind);
    // An estimate is never added to an actual: both sums are printed apart.
    if (kinds.length > 1)
      return kinds
        .map(
          ([kind, total]) =>
            `${kind === "ESTIMATE" ? "ước " : ""}${cellText(template, row, column, total.value)}`,
        )
        .join(" + ");
    return "—";
  };
  const rows = templateRows(template)
    .filter((row) => row.columns.includes("PERIOD") && (cells.get(`${row.code}/PERIOD`)?.reporting ?? 0) > 0)
    .map((row) => ({
      labelVi: row.partOf ? `– ${row.labelVi}` : row.labelVi,
      unitVi: row.unit.kind === "MONEY" ? "triệu đồng" : row.unit.unitVi,
      plan: row.columns.includes("PLAN") ? text(row.code, "PLAN") : "",
      period: text(row.code, "PERIOD"),
      pct: row.columns.includes("PCT_OF_PLAN") ? text(row.code, "PCT_OF_PLAN") : "",
      estimate: cells.get(`${row.code}/PERIOD`)?.valueKind === "ESTIMATE",
      upperBound: cells.get(`${row.code}/PERIOD`)?.distinctCountSum ?? false,
    }));
  return {
    titleVi: template.titleVi,
    periodLabelVi: window.labelVi,
    included: aggregate.included.map((p) => p.labelVi),
    missing: aggregate.missing.map((p) => p.labelVi),
    failingChecks: aggregate.checks.filter((check) => !check.result.ok).map((check) => check.result.labelVi),
    rows,
  };
}
