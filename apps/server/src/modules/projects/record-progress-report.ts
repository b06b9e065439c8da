import { actorKindsFor, type ProgressReportInput, reportingStatuses } from "@kc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { project, projectProgressReport, projectStep } from "../../db/schema/index";
import { logSecurityEvent, writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion, nextVersion } from "../../platform/versioned-write";
import { relationOf } from "./project-relation";
import { findProjectInScope } from "./projects.queries";

/**
 * A monthly progress report (Form 3a, before the 25th — DOMAIN §9.3 rule 6), filed by the implementer or by the
 * DoIT; only the DoIT (provincial staff) may mark it verified, and a verified share of work done is what the first
 * advance of some activities waits for. The project's last reported month moves with it (the overdue filter).
 */
export async function recordProgressReport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: ProgressReportInput;
}) {
  const { db, actor, meta, id, input } = options;
  if (!(await findProjectInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: id });
  }
  const outcome = await db.transaction(async (tx) => {
    const current = await findProjectInScope(tx, actor, id, { lock: true });
    if (!current) throw new AppError("NOT_FOUND");
    const kinds = actorKindsFor(actor.role, await relationOf(tx, actor, current));
    const mayVerify = kinds.includes("provincial");
    if (!kinds.includes("implementer") && !mayVerify) return null;
    if (input.verifiedByDoit && !mayVerify) return null;
    atExpectedVersion(current, input.version);
    if (!(reportingStatuses as readonly string[]).includes(current.status))
      throw new AppError("PROJECT_NOT_REPORTING");
    const [existing] = await tx
      .select({ period: projectProgressReport.period })
      .from(projectProgressReport)
      .where(and(eq(projectProgressReport.projectId, id), eq(projectProgressReport.period, input.period)));
    if (existing) throw new AppError("PROJECT_PROGRESS_REPORT_EXISTS");
    await writeProgressReport(tx, actor, meta, current, input);
    const [row] = await tx
      .update(project)
      .set({
        lastReportPeriod: sql`greatest(${project.lastReportPeriod}, ${input.period})`,
        ...(input.verifiedByDoit ? { verifiedProgressPct: String(input.percentComplete) } : {}),
        ...nextVersion(current),
      })
      .where(eq(project.id, id))
      .returning();
    return row;
  });
  if (!outcome) return refuseProgressReport(db, actor, meta, id);
  return outcome;
}

/** A caller whose body may not report on this project: logged as a denied access, answered 403. */
export async function refuseProgressReport(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  id: string,
): Promise<never> {
  await logSecurityEvent(
    db,
    {
      category: "ACCESS",
      action: "DENIED:PROJECT_PROGRESS_REPORT",
      outcome: "DENIED",
      actor,
      entity: "project",
      entityId: id,
    },
    meta,
  );
  throw new AppError("FORBIDDEN", {
    detail: "Bạn không được báo cáo hoặc xác nhận tiến độ của đề án này.",
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/**
 * One month's report inside the caller's transaction: the timeline step, the report row and its audit row. The
 * project row (last reported month, verified share, version) is the caller's to update, once per request.
 */
export async function writeProgressReport(
  tx: Tx,
  actor: Actor,
  meta: RequestMeta,
  current: typeof project.$inferSelect,
  input: Omit<ProgressReportInput, "version">,
) {
  const id = current.id;
  const [step] = await tx
    .insert(projectStep)
    .values({
      projectId: id,
      code: "PROGRESS_REPORT",
      fromStatus: current.status,
      toStatus: current.status,
      effectiveOn: input.reportedOn,
      actorUserId: actor.userId,
      actorName: actor.name,
      actorRole: actor.role,
      note: input.workDone,
      details: {
        period: input.period,
        percentComplete: input.percentComplete,
        verifiedByDoit: input.verifiedByDoit,
      },
    })
    .returning({ id: projectStep.id });
  await tx.insert(projectProgressReport).values({
    projectId: id,
    period: input.period,
    reportedOn: input.reportedOn,
    percentComplete: String(input.percentComplete),
    spend: input.spend === null ? null : BigInt(input.spend),
    workDone: input.workDone,
    verifiedByDoit: input.verifiedByDoit,
    stepId: step?.id ?? null,
  });
  await writeAudit(tx, actor, meta, {
    action: "PROJECT_PROGRESS_REPORTED",
    entity: "project",
    entityId: id,
    after: {
      period: input.period,
      percentComplete: input.percentComplete,
      verifiedByDoit: input.verifiedByDoit,
    },
  });
}
