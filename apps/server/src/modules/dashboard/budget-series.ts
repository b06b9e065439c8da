import { khuyenCongSources } from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { type Money, money, type Pct, percentOfPlan } from "../figures/figure-view";
import type { DashboardScope } from "./dashboard-scope";

/** How many years the trend looks back, the chosen one included. */
const TREND_YEARS = 10;

export type MonthlyPoint = {
  month: number;
  exec: Money | null;
  cumulative: Money | null;
  cumulativePct: Pct;
};
export type ReportedCutoff = { month: number; kind: "ANNUAL" | "YEAR_TO_DATE"; value: Money; pct: Pct };
export type TrendPoint = { year: number; plan: Money | null; exec: Money | null; execPct: Pct };

const toBig = (text: string | null) => (text === null ? null : BigInt(text));

type MonthRow = { month: number; origin: string; exec: string };

/** Execution of the year by month and origin (payment records or reports), to the cut-off month. */
export async function monthRows(db: Db, scope: DashboardScope, year: number, cutoffMonth: number) {
  return rowsOf<MonthRow>(
    await db.execute(sql`
      SELECT month, origin, sum(value)::text AS exec FROM figure_rollup
      WHERE indicator = 'BUDGET_EXEC' AND year = ${year} AND month BETWEEN 1 AND ${cutoffMonth}
        AND source = ANY(${sql.param([...khuyenCongSources])}::text[]) AND ${scope.filter}
      GROUP BY month, origin`),
  );
}

/**
 * The year month by month, saying only what the records say (issue 14, "dashboard honesty"). Payments are
 * booked on the day they were paid, so they make true monthly figures; a month without any payment record in the
 * scope has no monthly figure (null, drawn as a gap and named "không có số liệu tháng"), not 0. Reported figures
 * are cumulative from January to their cut-off month (an annual report is cut off in December): they never fill
 * a month's slot, and come as what they are, a year-to-date value at their cut-off.
 */
export function monthlySeries(
  rows: readonly MonthRow[],
  cutoffMonth: number,
  plan: bigint | null,
): { monthly: MonthlyPoint[]; reportedCutoffs: ReportedCutoff[] } {
  const paid = new Map<number, bigint>();
  const reported = new Map<number, bigint>();
  for (const row of rows) {
    const target = row.origin === "REPORTED" ? reported : paid;
    target.set(Number(row.month), (target.get(Number(row.month)) ?? 0n) + BigInt(row.exec));
  }
  let cumulative: bigint | null = null;
  const monthly = Array.from({ length: cutoffMonth }, (_, i): MonthlyPoint => {
    const exec = paid.get(i + 1) ?? null;
    if (exec !== null) cumulative = (cumulative ?? 0n) + exec;
    return {
      month: i + 1,
      exec: exec === null ? null : money(exec),
      cumulative: cumulative === null ? null : money(cumulative),
      cumulativePct: cumulative === null ? null : percentOfPlan(cumulative, plan ?? 0n),
    };
  });
  // Reports hold increments over the previous cut-off; at each cut-off the year-to-date value is their sum.
  let toDate = 0n;
  const reportedCutoffs = [...reported.keys()]
    .sort((a, b) => a - b)
    .map((month): ReportedCutoff => {
      toDate += reported.get(month) ?? 0n;
      return {
        month,
        kind: month === 12 ? "ANNUAL" : "YEAR_TO_DATE",
        value: money(toDate),
        pct: percentOfPlan(toDate, plan ?? 0n),
      };
    });
  return { monthly, reportedCutoffs };
}

/**
 * Plan and execution (to the same cut-off month) of each year from the first one with figures, up to ten years
 * back, to the chosen year. Every year between is listed, so a year without figures is a gap on the axis instead
 * of its neighbours being drawn side by side; a year without a plan has none (null), not a plan of 0.
 */
export async function trendSeries(
  db: Db,
  scope: DashboardScope,
  year: number,
  cutoffMonth: number,
): Promise<TrendPoint[]> {
  const rows = rowsOf<{ year: number; plan: string | null; exec: string | null }>(
    await db.execute(sql`
      SELECT year, (sum(value) FILTER (WHERE indicator = 'BUDGET_PLAN'))::text AS plan,
        (sum(value) FILTER (WHERE indicator = 'BUDGET_EXEC' AND month BETWEEN 1 AND ${cutoffMonth}))::text AS exec
      FROM figure_rollup
      WHERE indicator IN ('BUDGET_PLAN', 'BUDGET_EXEC') AND year BETWEEN ${year - TREND_YEARS + 1} AND ${year}
        AND source = ANY(${sql.param([...khuyenCongSources])}::text[]) AND ${scope.filter}
      GROUP BY year`),
  );
  const byYear = new Map(rows.map((row) => [Number(row.year), row]));
  const first = Math.min(...byYear.keys());
  if (!Number.isFinite(first)) return [];
  return Array.from({ length: year - first + 1 }, (_, i): TrendPoint => {
    const row = byYear.get(first + i);
    const plan = toBig(row?.plan ?? null);
    const exec = toBig(row?.exec ?? null);
    return {
      year: first + i,
      plan: plan === null ? null : money(plan),
      exec: exec === null ? null : money(exec),
      execPct: exec === null || plan === null ? null : percentOfPlan(exec, plan),
    };
  });
}
