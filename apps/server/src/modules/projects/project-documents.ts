import type { ProjectDocumentFields } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { projectDocument, storedFile } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import {
  checkAttachment,
  type StoredFileContent,
  storeAttachment,
  storedFileColumns,
} from "../../platform/documents/stored-document";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { findProjectInScope } from "./projects.queries";

/**
 * Attaches a document to a project: the file (type sniffed, size-limited, SHA-256 kept), its register entry and
 * the audit row in one transaction, so an upload that fails midway leaves nothing behind. It is filed with a
 * step later (`takeStep`), or stays as a project document (evidence, photos).
 */
export async function uploadProjectDocument(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  projectId: string;
  fields: ProjectDocumentFields;
  file: { name: string; bytes: Uint8Array };
}) {
  const { db, actor, meta, projectId, fields, file } = options;
  if (!(await findProjectInScope(db, actor, projectId))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: projectId });
  }
  const checked = await checkAttachment(file, { fallbackName: "tep-dinh-kem" });
  const { name: fileName, mediaType, sha256 } = checked;
  return db.transaction(async (tx) => {
    const fileId = await storeAttachment(tx, actor, checked);
    const [document] = await tx
      .insert(projectDocument)
      .values({
        id: crypto.randomUUID(),
        projectId,
        kind: fields.kind,
        number: fields.number,
        issuedOn: fields.date,
        signer: fields.signer,
        signerAuthority: fields.signerAuthority,
        title: fields.title,
        evidenceCode: fields.evidenceCode,
        fileId,
        createdBy: actor.userId,
      })
      .returning();
    if (!document) throw new AppError("INTERNAL");
    await writeAudit(tx, actor, meta, {
      action: "PROJECT_DOCUMENT_ATTACHED",
      entity: "project",
      entityId: projectId,
      after: { documentId: document.id, kind: fields.kind, fileName, size: file.bytes.byteLength, sha256 },
    });
    return { document, file: { id: fileId, name: fileName, size: file.bytes.byteLength, mediaType, sha256 } };
  });
}

/** The attachment of a document, only through a project the actor may see (else a logged 404). */
export async function readProjectDocumentFile(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  projectId: string;
  documentId: string;
}): Promise<StoredFileContent> {
  const { db, actor, meta, projectId, documentId } = options;
  if (!(await findProjectInScope(db, actor, projectId))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: projectId });
  }
  const [found] = await db
    .select(storedFileColumns)
    .from(projectDocument)
    .innerJoin(storedFile, eq(storedFile.id, projectDocument.fileId))
    .where(and(eq(projectDocument.id, documentId), eq(projectDocument.projectId, projectId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
