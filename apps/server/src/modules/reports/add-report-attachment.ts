import { reportAttachmentChange } from "@kc/domain";
import type { Db } from "../../db/client";
import { reportAttachment } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { checkAttachment, storeAttachment } from "../../platform/documents/stored-document";
import { AppError } from "../../platform/errors";
import { requireReportInScope } from "./locked-report";
import { countReportAttachments } from "./report-attachments.queries";
import { findReportInScope } from "./reports.queries";

/**
 * Attaches a file to a province's report (issue 17 item 2): the signed scan, an annex table, a photo. The file is
 * typed by its bytes (PDF, Office, OpenDocument, images; at most 20 MB) before any transaction, so a refused
 * file writes nothing. Inside the transaction the report row is locked, which orders the upload against a
 * submission: either the file is in the submission's snapshot or the upload is refused because the report has
 * gone (409). The report's version is neither required nor bumped: adding a file must not invalidate figures
 * an officer is typing in another tab. File, row and audit row in one transaction.
 */
export async function addReportAttachment(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  reportId: string;
  description: string;
  file: { name: string; bytes: Uint8Array };
}) {
  const { db, actor, meta, reportId, description, file } = options;
  await requireReportInScope(db, actor, meta, reportId);
  const checked = await checkAttachment(file, { fallbackName: "tep-dinh-kem", code: "REPORT_FILE_INVALID" });
  return db.transaction(async (tx) => {
    const report = await findReportInScope(tx, actor, reportId, { lock: true });
    if (!report) throw new AppError("NOT_FOUND");
    assertAvailable(reportAttachmentChange(report.state, "ADD", await countReportAttachments(tx, reportId)));
    const fileId = await storeAttachment(tx, actor, checked);
    const id = crypto.randomUUID();
    await tx.insert(reportAttachment).values({ id, reportId, fileId, description, createdBy: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "REPORT_ATTACHMENT_ADDED",
      entity: "periodic_report",
      entityId: reportId,
      after: {
        attachmentId: id,
        fileName: checked.name,
        mediaType: checked.mediaType,
        size: checked.size,
        sha256: checked.sha256,
        description,
      },
    });
    return { attachmentId: id };
  });
}
