import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { recordCountCells } from "./record-counts";

/**
 * The summary table and its roll-up, which every dashboard reads (decision 0007), kept with the writes: each use case that changes a
 * plan, a payment or a reported figure calls one of these in its own transaction (fairs, showrooms, brands, rounds,
 * entries and certificates keep their counts by trigger instead, decision 0016), so the summary never shows a
 * state the records do not have. Unit, today's unit and regions are resolved by the SQL functions of migration
 * 0010, the same ones the recount uses, so the incremental path and the rebuild cannot disagree on them.
 */

/** A payment (positive) or a refund (negative) of a project, on the date it was paid. */
export async function addProjectExecution(tx: Db, projectId: string, paidOn: string, delta: bigint) {
  await tx.execute(sql`
    SELECT kc_summary_add(kc_unit_at(p.province_id, ${paidOn}::date), ${paidOn}::date,
      extract(year FROM ${paidOn}::date)::int, extract(month FROM ${paidOn}::date)::int, p.plan_year,
      'BUDGET_EXEC', kc_project_source(p.funding_level, p.local_level), coalesce(p.activities[1], ''),
      'RECORDS', ${delta.toString()}::bigint)
    FROM project p WHERE p.id = ${projectId}`);
}

type PlanLine = { source: string; content: string; amount: string | bigint };

/** A new plan or a revision: the summary moves by the difference between the old and the new lines. */
export async function applyPlanLines(
  tx: Db,
  plan: { unitId: string; year: number },
  before: readonly PlanLine[],
  after: readonly PlanLine[],
) {
  const deltas = new Map<string, { source: string; content: string; delta: bigint }>();
  const add = (line: PlanLine, sign: bigint) => {
    const key = `${line.source}\u0000${line.content}`;
    const entry = deltas.get(key) ?? { source: line.source, content: line.content, delta: 0n };
    entry.delta += sign * BigInt(line.amount);
    deltas.set(key, entry);
  };
  for (const line of before) add(line, -1n);
  for (const line of after) add(line, 1n);
  const changed = [...deltas.values()].filter((d) => d.delta !== 0n);
  if (changed.length === 0) return;
  const onDate = `${plan.year}-01-01`;
  await tx.execute(sql`
    SELECT kc_summary_add(${plan.unitId}, ${onDate}::date, ${plan.year}, 0, ${plan.year}, 'BUDGET_PLAN',
      d.source, d.content, 'RECORDS', d.delta)
    FROM unnest(${sql.param(changed.map((d) => d.source))}::text[], ${sql.param(changed.map((d) => d.content))}::text[],
      ${sql.param(changed.map((d) => d.delta.toString()))}::bigint[]) AS d(source, content, delta)`);
}

/**
 * Reported figures are cumulative to a cut-off month; the summary holds each cut-off's increment over the
 * previous one. A unit's year is small (a few dozen rows), so it is recounted whole after every report.
 */
export async function refreshReportedYear(tx: Db, unitId: string, year: number) {
  const reported = sql`origin = 'REPORTED' AND unit_id = ${unitId} AND year = ${year}`;
  await tx.execute(sql`DELETE FROM figure_summary WHERE ${reported}`);
  await tx.execute(sql`DELETE FROM figure_rollup WHERE ${reported}`);
  await tx.execute(sql`
    INSERT INTO figure_summary (unit_id, current_unit_id, region_as_of, region_current, year, month, budget_year,
      indicator, source, content, origin, value)
    SELECT unit_id, kc_current_unit(unit_id), kc_region_at(unit_id, make_date(year, month, 1)),
      kc_region_at(kc_current_unit(unit_id), current_date), year, month, year, indicator, source, content,
      'REPORTED', value
    FROM (${reportedIncrements(sql`WHERE r.unit_id = ${unitId} AND r.year = ${year}`)}) inc`);
  await tx.execute(sql`INSERT INTO figure_rollup ${rollupOf(sql`WHERE ${reported}`)}`);
}

/** The roll-up of (some of) the summary's cells: content and budget year summed away, carried money kept apart. */
function rollupOf(where = sql``) {
  return sql`(unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source, carried, origin, value)
    SELECT unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source,
      budget_year < year, origin, sum(value)
    FROM figure_summary ${where}
    GROUP BY unit_id, current_unit_id, region_as_of, region_current, year, month, indicator, source,
      budget_year < year, origin`;
}

function reportedIncrements(where = sql``) {
  return sql`
    SELECT r.unit_id, r.year, r.cutoff_month::int AS month, r.indicator, r.source, r.content,
      r.value - coalesce(lag(r.value) OVER (PARTITION BY r.unit_id, r.year, r.indicator, r.source, r.content
        ORDER BY r.cutoff_month), 0) AS value
    FROM reported_figure r ${where}`;
}

/** The summary as the records say it should be, cell by cell (zero cells left out). */
function recount() {
  return sql`
    SELECT unit_id, year, month, budget_year, indicator, source, content, origin, sum(value)::bigint AS value
    FROM (
      SELECT p.unit_id, p.year, 0 AS month, p.year AS budget_year, 'BUDGET_PLAN' AS indicator, l.source, l.content,
        'RECORDS' AS origin, l.amount AS value
      FROM annual_plan_line l JOIN annual_plan p ON p.id = l.plan_id
      UNION ALL
      SELECT kc_unit_at(g.province_id, make_date(g.year, g.month, 1)), g.year, g.month, g.plan_year, 'BUDGET_EXEC',
        g.source, g.content, 'RECORDS', g.value
      FROM (
        SELECT p.province_id, extract(year FROM d.paid_on)::int AS year, extract(month FROM d.paid_on)::int AS month,
          p.plan_year, kc_project_source(p.funding_level, p.local_level) AS source,
          coalesce(p.activities[1], '') AS content,
          sum(CASE WHEN d.kind = 'REFUND' THEN -d.amount ELSE d.amount END) AS value
        FROM project_disbursement d JOIN project p ON p.id = d.project_id
        GROUP BY 1, 2, 3, 4, 5, 6
      ) g
      UNION ALL
      SELECT unit_id, year, month, year, indicator, source, content, 'REPORTED', value FROM (${reportedIncrements()}) r
      UNION ALL
      ${recordCountCells()}
    ) cells
    GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
    HAVING sum(value) <> 0`;
}

export type SummaryDrift = {
  unitId: string;
  year: number;
  month: number;
  indicator: string;
  source: string;
  origin: string;
  stored: string | null;
  recounted: string | null;
};

/**
 * Cells where the stored summary and a recount from the records differ, then cells where the roll-up and the
 * summary it rolls up differ; empty when all three agree.
 */
export async function summaryDrift(db: Db, limit = 100): Promise<SummaryDrift[]> {
  const summary = await db.execute(sql`
    WITH recount AS (${recount()}),
    stored AS (SELECT * FROM figure_summary WHERE value <> 0)
    SELECT coalesce(s.unit_id, r.unit_id) AS "unitId", coalesce(s.year, r.year) AS year,
      coalesce(s.month, r.month) AS month, coalesce(s.indicator, r.indicator) AS indicator,
      coalesce(s.source, r.source) AS source, coalesce(s.origin, r.origin) AS origin,
      s.value::text AS stored, r.value::text AS recounted
    FROM stored s FULL JOIN recount r USING (unit_id, year, month, budget_year, indicator, source, content, origin)
    WHERE s.value IS DISTINCT FROM r.value
    LIMIT ${limit}`);
  const rollup = await db.execute(sql`
    WITH expected AS (
      SELECT unit_id, year, month, indicator, source, budget_year < year AS carried, origin, sum(value) AS value
      FROM figure_summary GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(value) <> 0),
    stored AS (SELECT * FROM figure_rollup WHERE value <> 0)
    SELECT 'rollup:' || coalesce(s.unit_id, e.unit_id) AS "unitId", coalesce(s.year, e.year) AS year,
      coalesce(s.month, e.month) AS month, coalesce(s.indicator, e.indicator) AS indicator,
      coalesce(s.source, e.source) AS source, coalesce(s.origin, e.origin) AS origin,
      s.value::text AS stored, e.value::text AS recounted
    FROM stored s FULL JOIN expected e USING (unit_id, year, month, indicator, source, carried, origin)
    WHERE s.value IS DISTINCT FROM e.value
    LIMIT ${limit}`);
  return [...rowsOf<SummaryDrift>(summary), ...rowsOf<SummaryDrift>(rollup)];
}

/** Replaces the whole summary by a recount, in one transaction (readers see the old or the new, never half). */
export async function rebuildSummary(db: Db): Promise<{ cells: number }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM figure_summary`);
    await tx.execute(sql`DELETE FROM figure_rollup`);
    await tx.execute(sql`
      INSERT INTO figure_summary (unit_id, current_unit_id, region_as_of, region_current, year, month, budget_year,
        indicator, source, content, origin, value)
      SELECT unit_id, kc_current_unit(unit_id), kc_region_at(unit_id, make_date(year, greatest(month, 1), 1)),
        kc_region_at(kc_current_unit(unit_id), current_date), year, month, budget_year, indicator, source, content,
        origin, value
      FROM (${recount()}) cells`);
    await tx.execute(sql`INSERT INTO figure_rollup ${rollupOf()}`);
    const counted = await tx.execute(sql`SELECT count(*)::int AS cells FROM figure_summary`);
    return { cells: rowsOf<{ cells: number }>(counted)[0]?.cells ?? 0 };
  });
}
