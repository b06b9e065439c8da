import type { ReportTemplateVersion } from "@kc/domain";
import type { Db } from "../../db/client";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { atExpectedVersion } from "../../platform/versioned-write";
import { findReportInScope, findTemplate, type ReportRow } from "./reports.queries";

/**
 * The first steps of every write to a report, written once: outside the transaction, a report outside the
 * caller's scope is a logged 404; inside it, the row is locked within the scope and must be at the version the
 * writer read (409). Answers the locked row and its template.
 */
export async function requireReportInScope(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  id: string,
): Promise<void> {
  if (!(await findReportInScope(db, actor, id))) {
    await notFoundForActor(db, actor, meta, { entity: "periodic_report", entityId: id });
  }
}

export async function lockReportAtVersion(
  tx: Db,
  actor: Actor,
  id: string,
  version: number,
): Promise<{ report: ReportRow; template: ReportTemplateVersion }> {
  const report = atExpectedVersion(await findReportInScope(tx, actor, id, { lock: true }), version);
  const template = await findTemplate(tx, report.templateId);
  if (!template) throw new AppError("NOT_FOUND");
  return { report, template };
}
