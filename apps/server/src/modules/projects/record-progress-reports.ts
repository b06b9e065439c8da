import {
  actorKindsFor,
  type FieldError,
  type ProgressReportBatch,
  progressCalendar,
  reportingStatuses,
  todayInVietnam,
} from "@kc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { project, projectProgressReport } from "../../db/schema/index";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion, nextVersion } from "../../platform/versioned-write";
import { relationOf } from "./project-relation";
import { findProjectInScope } from "./projects.queries";
import { refuseProgressReport, writeProgressReport } from "./record-progress-report";

const monthLabel = (period: string) => `${period.slice(5, 7)}/${period.slice(0, 4)}`;

/**
 * Several monthly progress reports of one project at once (issue 14 item 4; Form 3a, DOMAIN §9.3 rule 6): the
 * catch-up of an implementer whose reports fell behind. All months or none: one transaction, the project locked
 * and its version checked once, one timeline step, report and audit row per month, and the project's version
 * moved once. Each month must lie in the reporting duty (from the contract's month to this month) and not be
 * reported yet; otherwise nothing is written and every refused month is named.
 */
export async function recordProgressReports(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: ProgressReportBatch;
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
    if (input.reports.some((report) => report.verifiedByDoit) && !mayVerify) return null;
    atExpectedVersion(current, input.version);
    if (!(reportingStatuses as readonly string[]).includes(current.status))
      throw new AppError("PROJECT_NOT_REPORTING");

    const duty = new Set(
      current.contractSignedOn === null
        ? []
        : progressCalendar({
            from: current.contractSignedOn,
            until: null,
            reports: [],
            today: todayInVietnam(),
          }).map((month) => month.period),
    );
    const outside = refusedMonths(input, (period) => !duty.has(period), "chưa đến kỳ hoặc trước hợp đồng");
    if (outside.length > 0)
      throw new AppError("PROJECT_PROGRESS_PERIOD_INVALID", {
        detail: `Không ghi tháng nào: ${outside.map((e) => e.message).join("; ")}.`,
        errors: outside,
      });

    const periods = input.reports.map((report) => report.period);
    const existing = await tx
      .select({ period: projectProgressReport.period })
      .from(projectProgressReport)
      .where(and(eq(projectProgressReport.projectId, id), inArray(projectProgressReport.period, periods)));
    const reported = new Set(existing.map((row) => row.period));
    const duplicates = refusedMonths(input, (period) => reported.has(period), "đã có báo cáo");
    if (duplicates.length > 0)
      throw new AppError("PROJECT_PROGRESS_REPORT_EXISTS", {
        detail: `Không ghi tháng nào: ${duplicates.map((e) => e.message).join("; ")}.`,
        errors: duplicates,
      });

    const inOrder = [...input.reports].sort((a, b) => (a.period < b.period ? -1 : 1));
    for (const report of inOrder) await writeProgressReport(tx, actor, meta, current, report);
    const latest = inOrder.at(-1)?.period ?? null;
    const latestVerified = inOrder.filter((report) => report.verifiedByDoit).at(-1);
    const [row] = await tx
      .update(project)
      .set({
        lastReportPeriod: sql`greatest(${project.lastReportPeriod}, ${latest})`,
        ...(latestVerified ? { verifiedProgressPct: String(latestVerified.percentComplete) } : {}),
        ...nextVersion(current),
      })
      .where(eq(project.id, id))
      .returning();
    return row;
  });
  if (!outcome) return refuseProgressReport(db, actor, meta, id);
  return outcome;
}

function refusedMonths(
  input: ProgressReportBatch,
  refused: (period: string) => boolean,
  reason: string,
): FieldError[] {
  return input.reports.flatMap((report, index) =>
    refused(report.period)
      ? [{ path: `reports.${index}.period`, message: `Tháng ${monthLabel(report.period)} ${reason}` }]
      : [],
  );
}
