import { randomUUID } from "node:crypto";
import { cellKey, checkReportStep, type FieldError, type ReportColumn, templateRows } from "@kc/domain";
import type { Db } from "../../db/client";
import { periodicReport, reportComment } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { lockReportAtVersion, requireReportInScope } from "./locked-report";
import { reportSubmissions } from "./reports.queries";

export type ReturnComment = { row: string | null; column: ReportColumn | null; body: string };

/**
 * The central agency returns a sent report to the province with at least one comment, each on a cell of the
 * template or on the whole report (issue 17 item 2). The comments name the submission they were written on.
 */
export async function returnReport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: { version: number; comments: ReturnComment[] };
}) {
  const { db, actor, meta, id, input } = options;
  await requireReportInScope(db, actor, meta, id);
  return db.transaction(async (tx) => {
    const { report, template } = await lockReportAtVersion(tx, actor, id, input.version);
    const refusal = checkReportStep(report.state, "RETURN", actor.role);
    if (refusal) throw new AppError(refusal.code, { detail: refusal.messageVi });
    if (input.comments.length === 0) {
      throw new AppError("REPORT_COMMENT_REQUIRED", {
        errors: [{ path: "body.comments", message: "Cần ít nhất một ý kiến khi trả lại báo cáo" }],
      });
    }
    const cells = new Set(
      templateRows(template).flatMap((row) => row.columns.map((column) => cellKey(row.code, column))),
    );
    const errors: FieldError[] = [];
    input.comments.forEach((comment, index) => {
      const onCell = comment.row !== null || comment.column !== null;
      if (onCell && !cells.has(`${comment.row}/${comment.column}`)) {
        errors.push({ path: `body.comments.${index}`, message: "Ý kiến gắn với một ô không có trong mẫu" });
      }
    });
    if (errors.length > 0) throw new AppError("REPORT_CELL_INVALID", { errors });
    const submission = (await reportSubmissions(tx, id)).length;
    await tx.insert(reportComment).values(
      input.comments.map((comment) => ({
        id: randomUUID(),
        reportId: id,
        rowCode: comment.row,
        columnCode: comment.column,
        body: comment.body,
        submissionNumber: submission,
        createdBy: actor.userId,
        createdByName: actor.name,
      })),
    );
    const row = updatedRow(
      await tx
        .update(periodicReport)
        .set({ state: "RETURNED", ...nextVersion(report), updatedBy: actor.userId })
        .where(rowAtVersion(periodicReport, id, input.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "REPORT_STEP_TAKEN",
      entity: "periodic_report",
      entityId: id,
      before: { state: report.state },
      after: { state: "RETURNED", step: "RETURN", submission, comments: input.comments },
    });
    return row;
  });
}
