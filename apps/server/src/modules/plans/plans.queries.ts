import { CENTRAL_UNIT_ID, sourceGroupOf } from "@kc/domain";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { annualPlan, annualPlanLine, annualPlanRevision, programme } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { unitOrPredecessorsOf, unitScopeCondition } from "./unit-scope";

/** The plan when it lies in the actor's scope (the scope check is part of the query, STYLE.md rule 6). */
export async function findPlanInScope(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select()
    .from(annualPlan)
    .where(and(eq(annualPlan.id, id), unitScopeCondition(actor, sql`${annualPlan.unitId}`)));
  return row ?? null;
}

export type PlanFilter = {
  year?: number | undefined;
  unit?: string | undefined;
  page: number;
  pageSize: number;
};

export async function listPlans(db: Db, actor: Actor, filter: PlanFilter) {
  const conditions: SQL[] = [unitScopeCondition(actor, sql`${annualPlan.unitId}`)];
  if (filter.year !== undefined) conditions.push(eq(annualPlan.year, filter.year));
  if (filter.unit) conditions.push(unitOrPredecessorsOf(sql`${annualPlan.unitId}`, filter.unit));
  const where = and(...conditions);
  const [rows, [counted]] = await Promise.all([
    db
      .select({ plan: annualPlan, programmeNameVi: programme.nameVi })
      .from(annualPlan)
      .innerJoin(programme, eq(programme.id, annualPlan.programmeId))
      .where(where)
      .orderBy(
        desc(annualPlan.year),
        sql`${annualPlan.unitId} = ${CENTRAL_UNIT_ID} DESC`,
        asc(annualPlan.unitId),
      )
      .limit(filter.pageSize)
      .offset((filter.page - 1) * filter.pageSize),
    db.select({ total: count() }).from(annualPlan).where(where),
  ]);
  return { rows, total: counted?.total ?? 0 };
}

type SourceTotals = Map<string, bigint>;

/** Current plan lines and executed amounts per source group, for a page of plans in two queries. */
export async function planFigures(db: Db, plans: readonly { id: string; unitId: string; year: number }[]) {
  const byPlan = new Map<string, { planned: SourceTotals; executed: SourceTotals }>();
  for (const plan of plans) byPlan.set(plan.id, { planned: new Map(), executed: new Map() });
  if (plans.length === 0) return byPlan;
  const lines = await db
    .select({ planId: annualPlanLine.planId, source: annualPlanLine.source, amount: annualPlanLine.amount })
    .from(annualPlanLine)
    .where(
      inArray(
        annualPlanLine.planId,
        plans.map((p) => p.id),
      ),
    );
  for (const line of lines) addTo(byPlan.get(line.planId)?.planned, sourceGroupOf(line.source), line.amount);
  for (const [planId, sources] of await executedByPlan(
    db,
    plans.map((p) => p.id),
  )) {
    for (const [source, value] of sources) addTo(byPlan.get(planId)?.executed, sourceGroupOf(source), value);
  }
  return byPlan;
}

/**
 * What each plan's unit has executed in the plan's year, per funding source: records and reported figures, read
 * from the summary. The revision guard and the plan pages both use it.
 */
export async function executedByPlan(db: Db, planIds: readonly string[]) {
  const result = await db.execute(sql`
    SELECT p.id AS "planId", f.source, sum(f.value)::text AS value
    FROM annual_plan p
    JOIN figure_rollup f ON f.unit_id = p.unit_id AND f.year = p.year AND f.indicator = 'BUDGET_EXEC'
    WHERE p.id = ANY(${sql.param(planIds)}::text[])
    GROUP BY p.id, f.source`);
  const byPlan = new Map<string, Map<string, bigint>>();
  for (const row of rowsOf<{ planId: string; source: string; value: string }>(result)) {
    const sources = byPlan.get(row.planId) ?? new Map<string, bigint>();
    sources.set(row.source, BigInt(row.value));
    byPlan.set(row.planId, sources);
  }
  return byPlan;
}

function addTo(map: SourceTotals | undefined, key: string, value: bigint) {
  if (map) map.set(key, (map.get(key) ?? 0n) + value);
}

export async function loadPlanDetail(db: Db, id: string) {
  const [lines, revisions] = await Promise.all([
    db.select().from(annualPlanLine).where(eq(annualPlanLine.planId, id)),
    db
      .select()
      .from(annualPlanRevision)
      .where(eq(annualPlanRevision.planId, id))
      .orderBy(desc(annualPlanRevision.revision)),
  ]);
  return { lines, revisions };
}
