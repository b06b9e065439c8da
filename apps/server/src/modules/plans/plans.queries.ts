import { CENTRAL_UNIT_ID, sourceGroupOf } from "@kc/domain";
import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { annualPlan, annualPlanLine, annualPlanRevision, programme } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { unitScopeCondition } from "./unit-scope";

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
  if (filter.unit)
    conditions.push(
      sql`(${annualPlan.unitId} = ${filter.unit} OR kc_current_unit(${annualPlan.unitId}) = ${filter.unit})`,
    );
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
  const executed = await db.execute(sql`
    SELECT unit_id, year, source, sum(value)::text AS value FROM figure_summary
    WHERE indicator = 'BUDGET_EXEC' AND (unit_id, year) IN (
      SELECT * FROM unnest(${sql.param(plans.map((p) => p.unitId))}::text[], ${sql.param(plans.map((p) => p.year))}::int[]))
    GROUP BY unit_id, year, source`);
  const rows = (
    executed as unknown as { rows: { unit_id: string; year: number; source: string; value: string }[] }
  ).rows;
  for (const plan of plans) {
    for (const row of rows) {
      if (row.unit_id === plan.unitId && row.year === plan.year) {
        addTo(byPlan.get(plan.id)?.executed, sourceGroupOf(row.source), BigInt(row.value));
      }
    }
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
