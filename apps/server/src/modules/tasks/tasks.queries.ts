import { type TaskCondition, type TaskKind, taskConditionsFor } from "@kc/domain";
import { and, asc, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, organisation, project, projectProgressReport } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { overdue, projectScope } from "../projects/projects.queries";

/**
 * The projects that make the caller's tasks, in one scoped query (the data scope of the project list, then the
 * conditions `taskConditionsFor` derives from the transition table). No per-project look-up: whether provincial
 * staff implement a project is a sub-select on its organisation, overdue reports the list's own condition.
 */

/** Projects the user implements: its organisation's, or (provincial staff) those of its province's bodies. */
function implementedBy(actor: Actor): SQL {
  const scope = actor.scope;
  if (scope.kind === "ORGANISATION") return eq(project.implementerOrgId, scope.organisationId);
  if (scope.kind === "PROVINCE")
    return sql`exists (select 1 from ${organisation} where ${and(
      eq(organisation.id, project.implementerOrgId),
      eq(organisation.adminUnitId, scope.provinceId),
    )})`;
  return sql`false`;
}

function conditionSql(condition: TaskCondition, actor: Actor, today: string): SQL {
  return sql`(${and(
    inArray(project.status, [...condition.statuses]),
    condition.fundingLevel ? eq(project.fundingLevel, condition.fundingLevel) : undefined,
    condition.asImplementer ? implementedBy(actor) : undefined,
    condition.kind === "PROGRESS_OVERDUE" ? overdue(today) : undefined,
  )})`;
}

function anyOf(conditions: SQL[]): SQL {
  return conditions.length === 0 ? sql`false` : (or(...conditions) ?? sql`false`);
}

/** The caller's task conditions split in the two families a project can belong to at once. */
function taskFilters(actor: Actor, today: string, kind?: TaskKind) {
  const conditions = taskConditionsFor(actor.role).filter((c) => kind === undefined || c.kind === kind);
  const state = conditions.filter((c) => c.kind !== "PROGRESS_OVERDUE");
  const progress = conditions.filter((c) => c.kind === "PROGRESS_OVERDUE");
  return {
    state: anyOf(state.map((c) => conditionSql(c, actor, today))),
    progress: anyOf(progress.map((c) => conditionSql(c, actor, today))),
    none: conditions.length === 0,
  };
}

/**
 * How many tasks the caller has, for the header badge: one count over the scoped projects. A project waits in
 * one state at most (each rule is one state and funding level), and may owe reports besides.
 */
export async function countTasks(db: Db, actor: Actor, today: string) {
  const filters = taskFilters(actor, today);
  if (filters.none) return { count: 0, overdueProjects: 0 };
  const [row] = await db
    .select({
      state: sql<number>`count(*) filter (where ${filters.state})`.mapWith(Number),
      progress: sql<number>`count(*) filter (where ${filters.progress})`.mapWith(Number),
    })
    .from(project)
    .where(and(projectScope(actor), or(filters.state, filters.progress)));
  return { count: (row?.state ?? 0) + (row?.progress ?? 0), overdueProjects: row?.progress ?? 0 };
}

const province = adminUnit;

/** The projects behind the tasks (at most `limit`), each flagged with the families it belongs to. */
export async function findTaskProjects(
  db: Db,
  actor: Actor,
  options: { today: string; kind?: TaskKind; limit: number },
) {
  const filters = taskFilters(actor, options.today, options.kind);
  if (filters.none) return [];
  return db
    .select({
      id: project.id,
      code: project.code,
      title: project.title,
      status: project.status,
      fundingLevel: project.fundingLevel,
      planYear: project.planYear,
      provinceId: project.provinceId,
      provinceName: province.name,
      contractSignedOn: project.contractSignedOn,
      statusChangedAt: project.statusChangedAt,
      version: project.version,
      waits: sql<boolean>`${filters.state}`.mapWith(Boolean),
      owesReports: sql<boolean>`${filters.progress}`.mapWith(Boolean),
    })
    .from(project)
    .leftJoin(province, eq(province.id, project.provinceId))
    .where(and(projectScope(actor), or(filters.state, filters.progress)))
    .orderBy(asc(project.code))
    .limit(options.limit);
}

export type TaskProjectRow = Awaited<ReturnType<typeof findTaskProjects>>[number];

/** Every progress report of the given projects, in one query (the months they still owe are computed from it). */
export async function reportsOf(db: Db, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  return db
    .select({
      projectId: projectProgressReport.projectId,
      period: projectProgressReport.period,
      reportedOn: projectProgressReport.reportedOn,
    })
    .from(projectProgressReport)
    .where(inArray(projectProgressReport.projectId, projectIds));
}
