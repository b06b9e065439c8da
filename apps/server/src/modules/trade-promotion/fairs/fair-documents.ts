import { createHash } from "node:crypto";
import type { fairDocumentSchema } from "@kc/domain";
import { fairEditAction, safeFileName } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/client";
import { fairDocument, storedFile } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
import { sniffAttachment } from "../../projects/project-documents";
import { findFairInScope } from "./fairs.queries";

export type FairDocumentFields = z.infer<typeof fairDocumentSchema>;

/** The fair, locked, when the actor may see it and it still takes documents (a closed fair keeps its evidence). */
async function openFairOr404(db: Db, actor: Actor, meta: RequestMeta, fairId: string) {
  const row = await findFairInScope(db, actor, fairId, { lock: true });
  if (!row) return notFoundForActor(db, actor, meta, { entity: "fair", entityId: fairId });
  assertAvailable(fairEditAction(row));
  return row;
}

/**
 * Files a document with a fair (plan, decision, the host's confirmed list): the file is typed by content like
 * project documents, and the file, its register entry and the audit row are written in one transaction.
 */
export async function uploadFairDocument(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  fields: FairDocumentFields;
  file: { name: string; bytes: Uint8Array };
}) {
  const { db, actor, meta, fairId, fields, file } = options;
  if (!(await findFairInScope(db, actor, fairId))) {
    return notFoundForActor(db, actor, meta, { entity: "fair", entityId: fairId });
  }
  const mediaType = await sniffAttachment(file.bytes);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const fileName = safeFileName(file.name, "van-ban-hoi-cho");
  return db.transaction(async (tx) => {
    await openFairOr404(tx, actor, meta, fairId);
    const fileId = crypto.randomUUID();
    await tx.insert(storedFile).values({
      id: fileId,
      sha256,
      mediaType,
      fileName,
      size: file.bytes.byteLength,
      content: file.bytes,
      createdBy: actor.userId,
    });
    const id = crypto.randomUUID();
    await tx.insert(fairDocument).values({ id, fairId, ...fields, fileId, createdBy: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "FAIR_DOCUMENT_ADDED",
      entity: "fair",
      entityId: fairId,
      after: { documentId: id, kind: fields.kind, number: fields.number, fileName, sha256 },
    });
    return { documentId: id, sha256 };
  });
}

/** Removes a document filed by mistake while the fair is open; the stored file goes with it. */
export async function deleteFairDocument(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  documentId: string;
}) {
  const { db, actor, meta, fairId, documentId } = options;
  if (!(await findFairInScope(db, actor, fairId))) {
    return notFoundForActor(db, actor, meta, { entity: "fair", entityId: fairId });
  }
  await db.transaction(async (tx) => {
    await openFairOr404(tx, actor, meta, fairId);
    const [removed] = await tx
      .delete(fairDocument)
      .where(and(eq(fairDocument.id, documentId), eq(fairDocument.fairId, fairId)))
      .returning();
    if (!removed) throw new AppError("NOT_FOUND");
    if (removed.fileId) await tx.delete(storedFile).where(eq(storedFile.id, removed.fileId));
    await writeAudit(tx, actor, meta, {
      action: "FAIR_DOCUMENT_REMOVED",
      entity: "fair",
      entityId: fairId,
      before: { documentId, kind: removed.kind, number: removed.number },
    });
  });
}

/** A document's file, only through a fair the actor may see (else a logged 404). */
export async function readFairDocumentFile(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  documentId: string;
}) {
  const { db, actor, meta, fairId, documentId } = options;
  if (!(await findFairInScope(db, actor, fairId))) {
    return notFoundForActor(db, actor, meta, { entity: "fair", entityId: fairId });
  }
  const [found] = await db
    .select({
      name: storedFile.fileName,
      mediaType: storedFile.mediaType,
      content: storedFile.content,
      sha256: storedFile.sha256,
    })
    .from(fairDocument)
    .innerJoin(storedFile, eq(storedFile.id, fairDocument.fileId))
    .where(and(eq(fairDocument.id, documentId), eq(fairDocument.fairId, fairId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
