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
  const rows = rowsOf<{ indicator: string; year: number; value: string }>(
    await db.execute(sql`
      SELECT indicator, year, sum(value)::text AS value FROM figure_rollup
      WHERE indicator = ANY(${sql.param(outputIndicatorCodes)}::text[]) AND year BETWEEN ${query.yearFrom} AND ${query.yearTo}
        AND ${scope.filter}
      GROUP BY indicator, year`),
  );
  const years = Array.from({ length: query.yearTo - query.yearFrom + 1 }, (_, i) => query.yearFrom + i);
  return {
    yearFrom: query.yearFrom,
    yearTo: query.yearTo,
    indicators: outputIndicatorCodes
      .map((code) => {
        const mine = rows.filter((r) => r.indicator === code);
        const byYear = years.map((year) => ({
          year,
          value: mine
            .filter((r) => Number(r.year) === year)
            .reduce((sum, r) => sum + BigInt(r.value), 0n)
            .toString(),
        }));
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
