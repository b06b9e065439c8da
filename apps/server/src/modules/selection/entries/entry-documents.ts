import { type EntryDocumentInput, selectionEntryAction } from "@kc/domain";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionEntryDocument, storedFile } from "../../../db/schema/index";
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
import { entryForActor, lockEntry } from "./update-entry";

/** The entry locked, when the caller reaches it and its dossier may still change (the round's call is open). */
async function openEntry(tx: Db, actor: Actor, entryId: string) {
  const current = await lockEntry(tx, actor, entryId);
  if (!current) throw new AppError("NOT_FOUND");
  assertAvailable(
    selectionEntryAction(
      { roundStatus: current.roundStatus, entryStatus: current.entry.status },
      "documents",
    ),
  );
  return current;
}

/**
 * Files a dossier document with an entry (registration form, product description, lower-level certificate,
 * recommendation, legal papers: Art. 12). The file is checked by content before anything is locked; the file,
 * its register row and the audit row are written together while the round still takes entries (same rule as
 * the photos), so a refused or failed upload leaves nothing behind.
 */
export async function uploadEntryDocument(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  fields: EntryDocumentInput;
  file: { name: string; bytes: Uint8Array };
}) {
  const { db, actor, meta, entryId, fields, file } = options;
  await entryForActor(db, actor, entryId, meta);
  const checked = await checkAttachment(file, {
    fallbackName: "ho-so-binh-chon",
    code: "SELECTION_DOCUMENT_INVALID",
  });
  return db.transaction(async (tx) => {
    await openEntry(tx, actor, entryId);
    const fileId = await storeAttachment(tx, actor, checked);
    const id = crypto.randomUUID();
    await tx
      .insert(selectionEntryDocument)
      .values({ id, entryId, ...fields, fileId, createdBy: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ENTRY_DOCUMENT_ADDED",
      entity: "selection_entry_document",
      entityId: id,
      after: {
        entryId,
        kind: fields.kind,
        name: fields.name,
        fileName: checked.name,
        sha256: checked.sha256,
      },
    });
    return { documentId: id, sha256: checked.sha256 };
  });
}

/** The entry's dossier, oldest first, for everyone who reaches the entry (jurors read the dossier they score). */
export async function listEntryDocuments(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
}) {
  const { db, actor, meta, entryId } = options;
  await entryForActor(db, actor, entryId, meta);
  const rows = await db
    .select({
      id: selectionEntryDocument.id,
      kind: selectionEntryDocument.kind,
      name: selectionEntryDocument.name,
      number: selectionEntryDocument.number,
      issuedOn: selectionEntryDocument.issuedOn,
      createdAt: selectionEntryDocument.createdAt,
      fileName: storedFile.fileName,
      size: storedFile.size,
      mediaType: storedFile.mediaType,
    })
    .from(selectionEntryDocument)
    .leftJoin(storedFile, eq(storedFile.id, selectionEntryDocument.fileId))
    .where(eq(selectionEntryDocument.entryId, entryId))
    .orderBy(asc(selectionEntryDocument.createdAt), asc(selectionEntryDocument.id));
  return rows.map((row) => ({
    ...row,
    createdAt: row.createdAt.toISOString(),
    fileUrl: row.fileName ? `/api/v1/selection-entries/${entryId}/documents/${row.id}/file` : null,
  }));
}

/** Removes a document filed by mistake while the call is open; its stored file goes with it. */
export async function deleteEntryDocument(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  documentId: string;
}) {
  const { db, actor, meta, entryId, documentId } = options;
  await entryForActor(db, actor, entryId, meta);
  await db.transaction(async (tx) => {
    await openEntry(tx, actor, entryId);
    const [removed] = await tx
      .delete(selectionEntryDocument)
      .where(and(eq(selectionEntryDocument.id, documentId), eq(selectionEntryDocument.entryId, entryId)))
      .returning();
    if (!removed) throw new AppError("NOT_FOUND");
    await deleteStoredFile(tx, removed.fileId);
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ENTRY_DOCUMENT_REMOVED",
      entity: "selection_entry_document",
      entityId: documentId,
      before: { entryId, kind: removed.kind, name: removed.name },
    });
  });
}

/** A dossier document's file, only through an entry the caller reaches (else a logged 404). */
export async function readEntryDocumentFile(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  documentId: string;
}): Promise<StoredFileContent> {
  const { db, actor, meta, entryId, documentId } = options;
  await entryForActor(db, actor, entryId, meta);
  const [found] = await db
    .select(storedFileColumns)
    .from(selectionEntryDocument)
    .innerJoin(storedFile, eq(storedFile.id, selectionEntryDocument.fileId))
    .where(and(eq(selectionEntryDocument.id, documentId), eq(selectionEntryDocument.entryId, entryId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
