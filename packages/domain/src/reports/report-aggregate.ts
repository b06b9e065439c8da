import { growthPercent, percentOf, type Ratio, roundRatio } from "../figures/fixed";
import { parseReportAmount, type ReportCheckOutcome, runReportChecks } from "./report-checks";
import {
  cellKey,
  type ReportColumn,
  type ReportRow,
  type ReportTemplateVersion,
  type ReportValueKind,
  reportColumns,
  templateRows,
} from "./report-template";
import type { ReportState } from "./report-workflow";

/**
 * A region's or the nation's report computed from the provinces' approved reports of one template version and
 * period (issue 17 item 4, DOMAIN §9.7 Q1, Q3–Q5), DHIS2's "hide unapproved data" made the only way:
 *
 * - Only APPROVED and LOCKED reports count; every other province of the scope is listed as missing, with the
 *   state its report is in (or none), so a reader knows how complete the figure is.
 * - Amounts are summed per cell and per value kind. An estimate ("ước thực hiện") is never added to an actual:
 *   a cell whose provinces gave both kinds has no single figure, only the two sums side by side, and the checks
 *   that read it are not run (a total of half actuals and half guesses is neither).
 * - Percentages are recomputed from the summed amounts (Q5), never summed or averaged, and only when the same
 *   provinces gave both amounts: a "% of plan" over the plans of five provinces and the execution of three
 *   would be a figure nobody reported.
 * - A count of distinct establishments is summed too, but flagged: an establishment counted by two provinces is
 *   counted twice, so the sum is an upper bound, not a distinct count (Q4).
 * - Region membership is decided by the caller for the basis chosen (as of the period, or re-based on today's
 *   34 provinces, Q3): each province arrives with its region and the province it is counted under.
 *
 * The generated checks of the template run on the aggregate as on any report: sums of consistent reports are
 * consistent, so a failing check points at a province's slip (most often a cell one province left empty).
 */

export type AggregateScope = { kind: "NATIONAL" } | { kind: "REGION"; region: string };

/** A province that existed at the end of the period, placed for the basis chosen. */
export type AggregateProvince = {
  id: string;
  labelVi: string;
  /** Its region under the basis ("" when it has none). */
  region: string;
  /** Where its figures are counted: itself as of the period, today's province when re-based. */
  countedAs: { id: string; labelVi: string };
};

export type AggregateReportInput = {
  reportId: string;
  provinceId: string;
  state: ReportState;
  cells: readonly { row: string; column: ReportColumn; value: string; valueKind: ReportValueKind }[];
};

export type AggregateContribution = {
  provinceId: string;
  reportId: string;
  value: string;
  valueKind: ReportValueKind;
};

export type AggregateCell = {
  key: string;
  row: string;
  column: ReportColumn;
  /** The aggregate figure (integer or "30.89"); null when the provinces' kinds differ or nothing can be computed. */
  value: string | null;
  valueKind: ReportValueKind | null;
  /** Amount columns: the sum of each value kind and how many provinces gave it. */
  byKind: Partial<Record<ReportValueKind, { value: string; provinces: number }>>;
  /** How many included provinces gave this cell (fewer than included: the sum is partial). */
  reporting: number;
  /** A percentage computed here from the summed amounts, not read from the reports. */
  recomputed: boolean;
  /** A sum of the provinces' distinct counts: an upper bound of the distinct count (Q4). */
  distinctCountSum: boolean;
  /** The provinces behind the figure, in the provinces' order (a percentage column: the ones they printed). */
  contributions: AggregateContribution[];
};

export type AggregateProvinceStatus = AggregateProvince & {
  reportId: string | null;
  /** The state of its report for the period; null when none was opened. */
  state: ReportState | null;
};

export type ReportAggregate = {
  cells: AggregateCell[];
  included: AggregateProvinceStatus[];
  missing: AggregateProvinceStatus[];
  checks: ReportCheckOutcome[];
};

export const aggregatedReportStates: readonly ReportState[] = ["APPROVED", "LOCKED"];

/** Whether a row counts distinct establishments, whose provincial counts may overlap (Q4). */
export function isDistinctCountRow(row: Pick<ReportRow, "atMost" | "indicator">): boolean {
  return row.atMost !== undefined || row.indicator === "ESTAB_SUPPORTED";
}

/** A percentage in the form report cells store it: "30.89", "-1.64". */
export function percentCellValue(ratio: Ratio): string {
  const fixed = roundRatio(ratio, 2);
  const negative = fixed.units < 0n;
  const digits = (negative ? -fixed.units : fixed.units).toString().padStart(3, "0");
  return `${negative ? "-" : ""}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export function inAggregateScope(
  scope: AggregateScope,
  province: Pick<AggregateProvince, "region">,
): boolean {
  return scope.kind === "NATIONAL" || province.region === scope.region;
}

type Summed = {
  byKind: Map<ReportValueKind, { sum: bigint; provinces: number }>;
  providers: Set<string>;
  contributions: AggregateContribution[];
};

const percentInputs: Partial<
  Record<ReportColumn, { of: ReportColumn; over: ReportColumn; growth: boolean }>
> = {
  PCT_OF_PLAN: { of: "PERIOD", over: "PLAN", growth: false },
  GROWTH: { of: "PERIOD", over: "PREVIOUS", growth: true },
  PLAN_GROWTH: { of: "PLAN", over: "PREVIOUS_PLAN", growth: true },
};

export function aggregateReports(input: {
  template: Pick<ReportTemplateVersion, "sections" | "acknowledgeable">;
  scope: AggregateScope;
  /** Every province of the period's map under the basis; those outside the scope are ignored. */
  provinces: readonly AggregateProvince[];
  /** The period's reports in any state; only approved and locked ones of provinces in scope count. */
  reports: readonly AggregateReportInput[];
}): ReportAggregate {
  const inScope = input.provinces.filter((province) => inAggregateScope(input.scope, province));
  const reportOf = new Map(input.reports.map((report) => [report.provinceId, report]));
  const statuses = inScope.map((province): AggregateProvinceStatus => {
    const report = reportOf.get(province.id);
    return { ...province, reportId: report?.reportId ?? null, state: report?.state ?? null };
  });
  const included = statuses.filter((s) => s.state !== null && aggregatedReportStates.includes(s.state));
  const missing = statuses.filter((s) => s.state === null || !aggregatedReportStates.includes(s.state));

  const summed = new Map<string, Summed>();
  for (const province of included) {
    const report = reportOf.get(province.id);
    for (const cell of report?.cells ?? []) {
      const key = cellKey(cell.row, cell.column);
      const entry: Summed = summed.get(key) ?? { byKind: new Map(), providers: new Set(), contributions: [] };
      summed.set(key, entry);
      entry.providers.add(province.id);
      entry.contributions.push({
        provinceId: province.id,
        reportId: report?.reportId ?? "",
        value: cell.value,
        valueKind: cell.valueKind,
      });
      const amount = reportColumns[cell.column].kind === "AMOUNT" ? parseReportAmount(cell.value) : null;
      if (amount === null) continue;
      const kind = entry.byKind.get(cell.valueKind) ?? { sum: 0n, provinces: 0 };
      entry.byKind.set(cell.valueKind, { sum: kind.sum + amount, provinces: kind.provinces + 1 });
    }
  }

  const amountCell = (key: string): { sum: bigint; kind: ReportValueKind } | null => {
    const kinds = [...(summed.get(key)?.byKind ?? new Map()).entries()];
    if (kinds.length !== 1) return null;
    const [[kind, { sum }]] = kinds as [[ReportValueKind, { sum: bigint }]];
    return { sum, kind };
  };

  const cells: AggregateCell[] = [];
  for (const row of templateRows(input.template)) {
    for (const column of row.columns) {
      const key = cellKey(row.code, column);
      const entry = summed.get(key);
      let value: string | null = null;
      let valueKind: ReportValueKind | null = null;
      const recipe = percentInputs[column];
      if (reportColumns[column].kind === "AMOUNT") {
        const single = amountCell(key);
        if (single) [value, valueKind] = [single.sum.toString(), single.kind];
      } else if (recipe) {
        const of = amountCell(cellKey(row.code, recipe.of));
        const over = amountCell(cellKey(row.code, recipe.over));
        const sameProvinces = sameSet(
          summed.get(cellKey(row.code, recipe.of))?.providers,
          summed.get(cellKey(row.code, recipe.over))?.providers,
        );
        const ratio =
          of && over && sameProvinces
            ? recipe.growth
              ? growthPercent(of.sum, over.sum)
              : percentOf(of.sum, over.sum)
            : null;
        if (ratio && of) [value, valueKind] = [percentCellValue(ratio), of.kind];
      }
      cells.push({
        key,
        row: row.code,
        column,
        value,
        valueKind,
        byKind: Object.fromEntries(
          [...(entry?.byKind ?? new Map()).entries()].map(([kind, total]) => [
            kind,
            { value: total.sum.toString(), provinces: total.provinces },
          ]),
        ),
        reporting: entry?.providers.size ?? 0,
        recomputed: recipe !== undefined,
        distinctCountSum: isDistinctCountRow(row),
        contributions: entry?.contributions ?? [],
      });
    }
  }

  const values = new Map(cells.flatMap((cell) => (cell.value === null ? [] : [[cell.key, cell.value]])));
  return { cells, included, missing, checks: runReportChecks(input.template, values) };
}

function sameSet(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b || a.size !== b.size) return false;
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
