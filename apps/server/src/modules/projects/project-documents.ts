import { createHash } from "node:crypto";
import { type ProjectDocumentFields, safeFileName } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "../../db/client";
import { projectDocument, storedFile } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { findContentProblem } from "../../platform/upload-content";
import { findProjectInScope } from "./projects.queries";

/** 20 MB: a scanned decision of a few dozen pages; larger dossiers are split by the officer. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * What may be attached, by content (the name and the browser's type are not trusted; the magic number names the
 * type, `findContentProblem` checks the structure behind it): PDF, Office documents old
 * and new, OpenDocument, and the image formats a phone or scanner produces.
 */
const ALLOWED_TYPES = new Map<string, string>([
  ["application/pdf", "pdf"],
  ["image/jpeg", "jpg"],
  ["image/png", "png"],
  ["image/tiff", "tif"],
  ["image/heic", "heic"],
  ["application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"],
  ["application/vnd.openxmlformats-officedocument.presentationml.presentation", "pptx"],
  ["application/x-cfb", "doc"],
  ["application/vnd.oasis.opendocument.text", "odt"],
  ["application/vnd.oasis.opendocument.spreadsheet", "ods"],
]);

/** The media types a stored document is served with (its type as detected at upload). */
export const ATTACHMENT_MEDIA_TYPES = [...ALLOWED_TYPES.keys()];

export async function sniffAttachment(bytes: Uint8Array): Promise<string> {
  if (bytes.byteLength === 0) throw invalid("Tệp rỗng");
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", { detail: "Tệp đính kèm tối đa 20 MB" });
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ALLOWED_TYPES.has(detected.mime)) {
    throw invalid("Chỉ nhận tệp PDF, Word, Excel, PowerPoint, OpenDocument hoặc ảnh (JPEG, PNG, TIFF, HEIC)");
  }
  // The magic number is only the first bytes: an HTML page starting with %PDF is not a PDF.
  const problem = await findContentProblem(bytes, detected.mime);
  if (problem) throw invalid(problem);
  return detected.mime;
}

const invalid = (message: string) =>
  new AppError("PROJECT_FILE_INVALID", { detail: message, errors: [{ path: "body.file", message }] });

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
  const mediaType = await sniffAttachment(file.bytes);
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  const fileName = safeFileName(file.name, "tep-dinh-kem");
  return db.transaction(async (tx) => {
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
}) {
  const { db, actor, meta, projectId, documentId } = options;
  if (!(await findProjectInScope(db, actor, projectId))) {
    return notFoundForActor(db, actor, meta, { entity: "project", entityId: projectId });
  }
  const [found] = await db
    .select({
      name: storedFile.fileName,
      mediaType: storedFile.mediaType,
      content: storedFile.content,
      sha256: storedFile.sha256,
    })
    .from(projectDocument)
    .innerJoin(storedFile, eq(storedFile.id, projectDocument.fileId))
    .where(and(eq(projectDocument.id, documentId), eq(projectDocument.projectId, projectId)));
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
