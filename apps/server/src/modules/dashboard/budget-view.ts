import {
  type BudgetViewQuery,
  CENTRAL_UNIT_ID,
  khuyenCongSources,
  periodToDate,
  regionLabels,
  type SourceGroup,
  sourceGroupLabels,
  sourceGroupOf,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { growthOn, money, percentOfPlan } from "../figures/figure-view";
import { unitLabels } from "../plans/unit-scope";
import { monthlySeries, monthRows, trendSeries } from "./budget-series";
import { basisColumns, type DashboardScope } from "./dashboard-scope";

/** `plan` stays null until a plan line is met: no plan is "chưa có kế hoạch", not a plan of 0. */
type Sums = { plan: bigint | null; exec: bigint; prev: bigint; carried: bigint; reported: bigint };
const zero = (): Sums => ({ plan: null, exec: 0n, prev: 0n, carried: 0n, reported: 0n });
type Cell = { region: string; unit: string; source: string } & Record<keyof Sums, string | null>;

function add(target: Sums, cell: Cell) {
  if (cell.plan !== null) target.plan = (target.plan ?? 0n) + BigInt(cell.plan);
  target.exec += BigInt(cell.exec ?? 0);
  target.prev += BigInt(cell.prev ?? 0);
  target.carried += BigInt(cell.carried ?? 0);
  target.reported += BigInt(cell.reported ?? 0);
}

function figures(s: Sums) {
  return {
    plan: s.plan === null ? null : money(s.plan),
    exec: money(s.exec),
    execPct: s.plan === null ? null : percentOfPlan(s.exec, s.plan),
    prevExec: money(s.prev),
    growth: growthOn(s.exec, s.prev),
  };
}

const isKhuyenCong = (source: string) => (khuyenCongSources as readonly string[]).includes(source);

/**
 * Plan against execution for a scope, a year and a cut-off month (DOMAIN §8.2 BUDGET_PLAN, BUDGET_EXEC and the
 * derived % and growth): three reads of the summary roll-up, whatever the number of projects. Percentages come
 * from the figure engine, on the exact sums.
 */
export async function budgetView(db: Db, scope: DashboardScope, query: BudgetViewQuery) {
  const { year, cutoffMonth: m } = query;
  const col = basisColumns(query.basis);
  const [cells, months, trend] = await Promise.all([
    db.execute(sql`
      SELECT ${col.region} AS region, ${col.unit} AS unit, source,
        sum(value) FILTER (WHERE indicator = 'BUDGET_PLAN' AND year = ${year})::text AS plan,
        sum(value) FILTER (WHERE indicator = 'BUDGET_EXEC' AND year = ${year} AND month BETWEEN 1 AND ${m})::text AS exec,
        sum(value) FILTER (WHERE indicator = 'BUDGET_EXEC' AND year = ${year - 1} AND month BETWEEN 1 AND ${m})::text AS prev,
        sum(value) FILTER (WHERE indicator = 'BUDGET_EXEC' AND year = ${year} AND month BETWEEN 1 AND ${m}
          AND carried)::text AS carried,
        sum(value) FILTER (WHERE indicator = 'BUDGET_EXEC' AND year = ${year} AND month BETWEEN 1 AND ${m}
          AND origin = 'REPORTED')::text AS reported
      FROM figure_rollup
      WHERE indicator IN ('BUDGET_PLAN', 'BUDGET_EXEC') AND year IN (${year}, ${year - 1}) AND ${scope.filter}
      GROUP BY 1, 2, 3`),
    monthRows(db, scope, year, m),
    trendSeries(db, scope, year, m),
  ]);
  const totals = zero();
  const bySource = new Map<SourceGroup, Sums>();
  const byChild = new Map<string, { all: Sums; KCQG: Sums; KCDP: Sums }>();
  const byUnit = new Map<string, Sums>();
  for (const cell of rowsOf<Cell>(cells)) {
    const group = sourceGroupOf(cell.source);
    add(entry(bySource, group, zero), cell);
    if (!isKhuyenCong(cell.source)) continue;
    add(totals, cell);
    add(entry(byUnit, cell.unit, zero), cell);
    const childKey = scope.level === "NATIONAL" ? cell.region || CENTRAL_UNIT_ID : cell.unit;
    if (scope.level === "UNIT") continue;
    const child = entry(byChild, childKey, () => ({ all: zero(), KCQG: zero(), KCDP: zero() }));
    add(child.all, cell);
    add(group === "KCQG" ? child.KCQG : child.KCDP, cell);
  }
  const labels = await unitLabels(db, [...new Set([...byUnit.keys(), ...byChild.keys()])]);
  const row = (key: string, sums: { all: Sums; KCQG: Sums; KCDP: Sums } | undefined, asRegion: boolean) => ({
    key,
    labelVi: asRegion ? regionLabels[key as keyof typeof regionLabels].vi : (labels.get(key) ?? key),
    level: asRegion ? ("REGION" as const) : ("UNIT" as const),
    drill: asRegion ? { region: key } : { unit: key },
    ...figures(sums?.all ?? zero()),
    bySource: { KCQG: figures(sums?.KCQG ?? zero()), KCDP: figures(sums?.KCDP ?? zero()) },
  });
  const rows = [...byChild.entries()]
    .map(([key, sums]) => row(key, sums, scope.level === "NATIONAL" && key !== CENTRAL_UNIT_ID))
    .sort((a, b) =>
      a.key === CENTRAL_UNIT_ID
        ? 1
        : b.key === CENTRAL_UNIT_ID
          ? -1
          : a.labelVi.localeCompare(b.labelVi, "vi"),
    );
  const ranked = [...byUnit.entries()]
    .filter(([unit, s]) => unit !== CENTRAL_UNIT_ID && s.plan !== null && s.plan > 0n)
    .sort(([, a], [, b]) => compareRate(b, a))
    .map(([unit, s]) => row(unit, { all: s, KCQG: zero(), KCDP: zero() }, false));
  return {
    year,
    cutoffMonth: m,
    basis: query.basis,
    periodLabelVi: periodToDate(year, m).labelVi,
    totals: { ...figures(totals), carriedOver: money(totals.carried), reported: money(totals.reported) },
    bySource: (["KCQG", "KCDP", "COUNTERPART", "OTHER"] as const).map((source) => ({
      source,
      labelVi: sourceGroupLabels[source],
      ...figures(bySource.get(source) ?? zero()),
    })),
    rows,
    ranking: { top: ranked.slice(0, 5), bottom: ranked.slice(-5).reverse() },
    trend,
    ...monthlySeries(months, m, totals.plan),
  };
}

function entry<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  const found = map.get(key);
  if (found !== undefined) return found;
  const made = make();
  map.set(key, made);
  return made;
}

/** Execution rate a/b compared exactly (cross-multiplied), so the ranking never depends on rounding. */
function compareRate(a: Sums, b: Sums): number {
  const left = a.exec * (b.plan ?? 0n);
  const right = b.exec * (a.plan ?? 0n);
  return left === right ? 0 : left > right ? 1 : -1;
}
