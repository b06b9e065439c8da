import { reportAttachmentChange } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reportAttachment, storedFile } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { deleteStoredFile } from "../../platform/documents/stored-document";
import { AppError } from "../../platform/errors";
import { requireReportInScope } from "./locked-report";
import { findReportInScope } from "./reports.queries";

/**
 * Removes a file attached by mistake while the report is with the province (draft or returned); once sent,
 * approved or locked the files are part of the record (409 REPORT_ATTACHMENTS_LOCKED). The stored bytes go
 * with the row; the audit row keeps the name and digest. One transaction, the report row locked.
 */
export async function deleteReportAttachment(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  reportId: string;
  attachmentId: string;
}) {
  const { db, actor, meta, reportId, attachmentId } = options;
  await requireReportInScope(db, actor, meta, reportId);
  await db.transaction(async (tx) => {
    const report = await findReportInScope(tx, actor, reportId, { lock: true });
    if (!report) throw new AppError("NOT_FOUND");
    const [found] = await tx
      .select({ fileId: reportAttachment.fileId, name: storedFile.fileName, sha256: storedFile.sha256 })
      .from(reportAttachment)
      .innerJoin(storedFile, eq(storedFile.id, reportAttachment.fileId))
      .where(and(eq(reportAttachment.id, attachmentId), eq(reportAttachment.reportId, reportId)));
    if (!found) throw new AppError("NOT_FOUND");
    assertAvailable(reportAttachmentChange(report.state, "DELETE", 0));
    await tx.delete(reportAttachment).where(eq(reportAttachment.id, attachmentId));
    await deleteStoredFile(tx, found.fileId);
    await writeAudit(tx, actor, meta, {
      action: "REPORT_ATTACHMENT_REMOVED",
      entity: "periodic_report",
      entityId: reportId,
      before: { attachmentId, fileName: found.name, sha256: found.sha256 },
    });
  });
}
