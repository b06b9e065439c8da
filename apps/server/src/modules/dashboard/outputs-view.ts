import { type OutputsQuery, outputIndicatorCodes, reportedIndicators } from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { DashboardScope } from "./dashboard-scope";

/**
 * Outputs over a range of years (DOMAIN §8.2: establishments supported, trainees, machines, models, booths,
 * products honoured…), one read of the summary. Participations (lượt) and booths stay separate indicators
 * (§9.7 Q4); none is ever added to another.
 */
export async function outputsView(db: Db, scope: DashboardScope, query: OutputsQuery) {
  // Per unit, year and indicator, a reported figure stays as reported and records count only where no report
  // exists (decision 0016): the two origins are never added for the same cell, and both are returned for the check.
  const rows = rowsOf<{
    indicator: string;
    year: number;
    value: string;
    reported: string | null;
    recounted: string;
  }>(
    await db.execute(sql`
      WITH cells AS (
        SELECT indicator, year, unit_id, bool_or(origin = 'REPORTED') AS has_report,
          coalesce(sum(value) FILTER (WHERE origin = 'REPORTED'), 0) AS reported,
          coalesce(sum(value) FILTER (WHERE origin = 'RECORDS'), 0) AS recounted
        FROM figure_rollup
        WHERE indicator = ANY(${sql.param(outputIndicatorCodes)}::text[]) AND year BETWEEN ${query.yearFrom} AND ${query.yearTo}
          AND ${scope.filter}
        GROUP BY indicator, year, unit_id)
      SELECT indicator, year, sum(CASE WHEN has_report THEN reported ELSE recounted END)::text AS value,
        CASE WHEN bool_or(has_report) THEN sum(reported) FILTER (WHERE has_report)::text END AS reported,
        sum(recounted)::text AS recounted
      FROM cells GROUP BY indicator, year`),
  );
  const years = Array.from({ length: query.yearTo - query.yearFrom + 1 }, (_, i) => query.yearFrom + i);
  return {
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    indicators: outputIndicatorCodes
      .map((code) => {
        const mine = rows.filter((r) => r.indicator === code);
        const byYear = years.map((year) => {
          const cell = mine.find((r) => Number(r.year) === year);
          return {
            year,
            value: cell?.value ?? "0",
            reported: cell?.reported ?? null,
            recounted: cell?.recounted ?? "0",
          };
        });
        const total = byYear.reduce((sum, y) => sum + BigInt(y.value), 0n);
        return {
          code,
          labelVi: reportedIndicators[code].labelVi,
          unitVi: reportedIndicators[code].unitVi,
          total: `${total}`,
          byYear,
        };
      })
      .filter((indicator) => indicator.total !== "0"),
  };
}
