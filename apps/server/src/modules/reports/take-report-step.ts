import { randomUUID } from "node:crypto";
import { checkReportStep, reportSteps } from "@kc/domain";
import type { Db } from "../../db/client";
import { periodicReport, reportComment } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { lockReportAtVersion, requireReportInScope } from "./locked-report";
import { reportSubmissions } from "./reports.queries";

export type ReviewStep = "APPROVE" | "LOCK" | "UNLOCK";

/**
 * The approver's steps that carry no figures (issue 17 item 2, the DHIS2 approval pattern): approve a sent
 * report, lock an approved one (a locked report refuses every write), and unlock it, the central leader only and
 * with a reason, which goes back to the province as a comment on the whole report and into the audit row.
 */
export async function takeReportStep(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  step: ReviewStep;
  input: { version: number; reason: string | null };
}) {
  const { db, actor, meta, id, step, input } = options;
  await requireReportInScope(db, actor, meta, id);
  return db.transaction(async (tx) => {
    const { report } = await lockReportAtVersion(tx, actor, id, input.version);
    const refusal = checkReportStep(report.state, step, actor.role, input.reason);
    if (refusal) {
      throw new AppError(refusal.code, {
        detail: refusal.messageVi,
        errors:
          refusal.code === "REPORT_REASON_REQUIRED"
            ? [{ path: "body.reason", message: refusal.messageVi }]
            : [],
      });
    }
    const to = reportSteps[step].to;
    if (step === "UNLOCK") {
      await tx.insert(reportComment).values({
        id: randomUUID(),
        reportId: id,
        body: `Mở khóa: ${input.reason ?? ""}`,
        submissionNumber: (await reportSubmissions(tx, id)).length,
        createdBy: actor.userId,
        createdByName: actor.name,
      });
    }
    const row = updatedRow(
      await tx
        .update(periodicReport)
        .set({ state: to, ...nextVersion(report), updatedBy: actor.userId })
        .where(rowAtVersion(periodicReport, id, input.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "REPORT_STEP_TAKEN",
      entity: "periodic_report",
      entityId: id,
      before: { state: report.state },
      after: step === "UNLOCK" ? { state: to, step, reason: input.reason } : { state: to, step },
    });
    return row;
  });
}
