import type { fairDocumentSchema } from "@kc/domain";
import { fairEditAction } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../../db/client";
import { fairDocument, storedFile } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import {
  checkAttachment,
  deleteStoredFile,
  type StoredFileContent,
  storeAttachment,
  storedFileColumns,
} from "../../../platform/documents/stored-document";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
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
  const checked = await checkAttachment(file, { fallbackName: "van-ban-hoi-cho" });
  const { name: fileName, sha256 } = checked;
  return db.transaction(async (tx) => {
    await openFairOr404(tx, actor, meta, fairId);
    const fileId = await storeAttachment(tx, actor, checked);
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
    await deleteStoredFile(tx, removed.fileId);
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
}): Promise<StoredFileContent> {
  const { db, actor, meta, fairId, documentId } = options;
  if (!(await findFairInScope(db, actor, fairId))) {
    return notFoundForActor(db, actor, meta, { entity: "fair", entityId: fairId });
  }
  const [found] = await db
    .select(storedFileColumns)
    .from(fairDocument)
    .innerJoin(storedFile, eq(storedFile.id, fairDocument.fileId))
    .where(and(eq(fairDocument.id, documentId), eq(fairDocument.fairId, fairId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
