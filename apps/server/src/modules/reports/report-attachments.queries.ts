import type { ReportState } from "@kc/domain";
import { and, asc, count, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reportAttachment, storedFile, user } from "../../db/schema/index";
import type { Actor, RequestMeta } from "../../platform/context";
import { type StoredFileContent, storedFileColumns } from "../../platform/documents/stored-document";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { requireReportInScope } from "./locked-report";
import { findReportInScope } from "./reports.queries";

/**
 * Reads of a report's files. Each goes through the report found within the caller's scope first (another
 * province's report is a logged 404), so an attachment id guessed from elsewhere reveals nothing.
 */

export type ReportAttachmentRow = {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  description: string;
  createdAt: Date;
  createdByName: string | null;
};

/** The files of a report, oldest first (the order they were attached in), with who attached each. */
export async function reportAttachmentsOf(db: Db, reportId: string): Promise<ReportAttachmentRow[]> {
  return db
    .select({
      id: reportAttachment.id,
      name: storedFile.fileName,
      mediaType: storedFile.mediaType,
      size: storedFile.size,
      sha256: storedFile.sha256,
      description: reportAttachment.description,
      createdAt: reportAttachment.createdAt,
      createdByName: user.name,
    })
    .from(reportAttachment)
    .innerJoin(storedFile, eq(storedFile.id, reportAttachment.fileId))
    .leftJoin(user, eq(user.id, reportAttachment.createdBy))
    .where(eq(reportAttachment.reportId, reportId))
    .orderBy(asc(reportAttachment.createdAt), asc(reportAttachment.id));
}

export async function countReportAttachments(db: Db, reportId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(reportAttachment)
    .where(eq(reportAttachment.reportId, reportId));
  return row?.n ?? 0;
}

/** The files of a report the caller may see, and the report's state; a report outside the scope is a logged 404. */
export async function listReportAttachments(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  reportId: string;
}): Promise<{ state: ReportState; attachments: ReportAttachmentRow[] }> {
  const { db, actor, meta, reportId } = options;
  const report = await findReportInScope(db, actor, reportId);
  if (!report) return notFoundForActor(db, actor, meta, { entity: "periodic_report", entityId: reportId });
  return { state: report.state, attachments: await reportAttachmentsOf(db, reportId) };
}

/** One file of a report the caller may see, with its bytes; 404 when either is missing. */
export async function readReportAttachment(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  reportId: string;
  attachmentId: string;
}): Promise<StoredFileContent> {
  const { db, actor, meta, reportId, attachmentId } = options;
  await requireReportInScope(db, actor, meta, reportId);
  const [found] = await db
    .select(storedFileColumns)
    .from(reportAttachment)
    .innerJoin(storedFile, eq(storedFile.id, reportAttachment.fileId))
    .where(and(eq(reportAttachment.id, attachmentId), eq(reportAttachment.reportId, reportId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
