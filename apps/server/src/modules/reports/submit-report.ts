import {
  checkReportStep,
  missingCells,
  type ReportCheckOutcome,
  reportSteps,
  runReportChecks,
  sendStepFrom,
} from "@kc/domain";
import type { Db } from "../../db/client";
import { periodicReport, reportSubmission } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { lockReportAtVersion, requireReportInScope } from "./locked-report";
import { reportAttachmentsOf } from "./report-attachments.queries";
import {
  reportCells,
  reportNarrativeOf,
  reportSubmissions,
  type SubmissionSnapshot,
  valuesOf,
} from "./reports.queries";

export type Acknowledgement = { checkId: string; reasonVi: string };

/** A failing check as the refusal lists it: the cell it is shown next to, both figures and the gap. */
export function presentFailure(outcome: ReportCheckOutcome) {
  return {
    id: outcome.statement.id,
    cell: outcome.cells[0] ?? "",
    cells: outcome.cells,
    severity: outcome.severity,
    stated: outcome.result.stated,
    computed: outcome.result.computed,
    difference: outcome.result.difference,
    messageVi: outcome.result.flag?.messageVi ?? "",
  };
}

/**
 * Sends the report (SUBMIT from a draft, RESUBMIT after a return), issue 17 item 2. Refused with every empty
 * cell of the period (422 REPORT_INCOMPLETE) and with every generated check that fails (422
 * REPORT_CHECKS_FAILED: each with its cell, the printed and recomputed figures and the difference), unless the
 * check is a warning the submitter explains with a reason. The submission is frozen as a snapshot, so two
 * submissions can be compared; state, snapshot and audit row in one transaction.
 */
export async function submitReport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: { version: number; acknowledgements: Acknowledgement[] };
  /** The application's clock (deps.now): timeliness is judged on the first submission's time. */
  now?: Date;
}) {
  const { db, actor, meta, id, input } = options;
  await requireReportInScope(db, actor, meta, id);
  return db.transaction(async (tx) => {
    const { report, template } = await lockReportAtVersion(tx, actor, id, input.version);
    const step = sendStepFrom(report.state) ?? "SUBMIT";
    const refusal = checkReportStep(report.state, step, actor.role);
    if (refusal) throw new AppError(refusal.code, { detail: refusal.messageVi });

    const cells = await reportCells(tx, id);
    const values = valuesOf(cells);
    const missing = missingCells(template, values);
    if (missing.length > 0) {
      throw new AppError("REPORT_INCOMPLETE", {
        detail: `Còn ${missing.length} ô số liệu của kỳ báo cáo chưa nhập`,
        errors: missing.map((cell) => ({ path: `cells.${cell}`, message: "Chưa nhập số liệu" })),
      });
    }
    const reasons = new Map(
      input.acknowledgements
        .filter((ack) => ack.reasonVi.trim() !== "")
        .map((ack) => [ack.checkId, ack.reasonVi]),
    );
    const failing = runReportChecks(template, values).filter((outcome) => !outcome.result.ok);
    const unexplained = failing.filter(
      (outcome) => outcome.severity === "ERROR" || !reasons.has(outcome.statement.id),
    );
    if (unexplained.length > 0) {
      const failures = unexplained.map(presentFailure);
      throw new AppError("REPORT_CHECKS_FAILED", {
        detail: `${failures.length} kiểm tra số liệu chưa đạt`,
        errors: failures.map((failure) => ({ path: `cells.${failure.cell}`, message: failure.messageVi })),
        extensions: { checks: failures },
      });
    }
    const acknowledged = failing.map((outcome) => ({
      checkId: outcome.statement.id,
      reasonVi: reasons.get(outcome.statement.id) ?? "",
    }));
    const snapshot: SubmissionSnapshot = {
      cells: Object.fromEntries(
        cells.map((cell) => [
          `${cell.rowCode}/${cell.columnCode}`,
          { value: cell.value, valueKind: cell.valueKind, source: cell.source },
        ]),
      ),
      narrative: await reportNarrativeOf(tx, id),
      attachments: (await reportAttachmentsOf(tx, id)).map(({ name, sha256, size }) => ({
        name,
        sha256,
        size,
      })),
    };
    const number = (await reportSubmissions(tx, id)).length + 1;
    await tx.insert(reportSubmission).values({
      reportId: id,
      number,
      step,
      snapshot,
      acknowledgements: acknowledged,
      submittedBy: actor.userId,
      submittedByName: actor.name,
    });
    const now = options.now ?? new Date();
    const to = reportSteps[step].to;
    const row = updatedRow(
      await tx
        .update(periodicReport)
        .set({
          state: to,
          firstSubmittedAt: report.firstSubmittedAt ?? now,
          lastSubmittedAt: now,
          ...nextVersion(report),
          updatedBy: actor.userId,
        })
        .where(rowAtVersion(periodicReport, id, input.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "REPORT_STEP_TAKEN",
      entity: "periodic_report",
      entityId: id,
      before: { state: report.state },
      after: { state: to, step, submission: number, acknowledged },
    });
    return row;
  });
}
