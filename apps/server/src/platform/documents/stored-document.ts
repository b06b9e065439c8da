import { createHash } from "node:crypto";
import { type ErrorCode, safeFileName } from "@kc/domain";
import { eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import type { Db } from "../../db/client";
import { storedFile } from "../../db/schema/index";
import type { Actor } from "../context";
import { AppError } from "../errors";
import { findContentProblem } from "../upload-content";

/**
 * Uploaded documents (decisions, minutes, dossiers, photos of paper) are kept one way for every module: the
 * bytes in `stored_file` with the type detected from the content, the SHA-256 and an NFC file name; the module
 * keeps its own register row (number, date, signer) pointing at the file. This file holds the part that is the
 * same everywhere — checking, storing, deleting — so projects, fairs and selection rounds cannot drift apart.
 */

/** 20 MB: a scanned decision of a few dozen pages; larger dossiers are split by the officer. */
export const ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * What may be attached, by content (the name and the browser's type are not trusted; the magic number names the
 * type, `findContentProblem` checks the structure behind it): PDF, Office documents old and new, OpenDocument,
 * and the image formats a phone or scanner produces.
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

export const ATTACHMENT_TOO_LARGE = "Tệp đính kèm tối đa 20 MB";

/** Each module answers a bad file with its own stable code (projects and fairs: PROJECT_FILE_INVALID). */
export type InvalidFileCode = Extract<ErrorCode, `${string}_INVALID`>;

const invalidFile = (code: InvalidFileCode, message: string) =>
  new AppError(code, { detail: message, errors: [{ path: "body.file", message }] });

/** The detected media type of an attachment, or the Vietnamese reason it is refused (empty, too large, not one we keep). */
export async function sniffAttachment(
  bytes: Uint8Array,
  code: InvalidFileCode = "PROJECT_FILE_INVALID",
): Promise<string> {
  if (bytes.byteLength === 0) throw invalidFile(code, "Tệp rỗng");
  if (bytes.byteLength > ATTACHMENT_MAX_BYTES)
    throw new AppError("PAYLOAD_TOO_LARGE", { detail: ATTACHMENT_TOO_LARGE });
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !ALLOWED_TYPES.has(detected.mime)) {
    throw invalidFile(
      code,
      "Chỉ nhận tệp PDF, Word, Excel, PowerPoint, OpenDocument hoặc ảnh (JPEG, PNG, TIFF, HEIC)",
    );
  }
  // The magic number is only the first bytes: an HTML page starting with %PDF is not a PDF.
  const problem = await findContentProblem(bytes, detected.mime);
  if (problem) throw invalidFile(code, problem);
  return detected.mime;
}

export type CheckedAttachment = {
  name: string;
  mediaType: string;
  sha256: string;
  size: number;
  bytes: Uint8Array;
};

/**
 * Checks an upload before any transaction (sniffing is slow, and a refused file must write nothing): its type
 * by content, its size, and a file name made safe and NFC (`fallbackName` when nothing usable is left of it).
 */
export async function checkAttachment(
  file: { name: string; bytes: Uint8Array },
  options: { fallbackName: string; code?: InvalidFileCode },
): Promise<CheckedAttachment> {
  const mediaType = await sniffAttachment(file.bytes, options.code);
  return {
    name: safeFileName(file.name, options.fallbackName),
    mediaType,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    size: file.bytes.byteLength,
    bytes: file.bytes,
  };
}

/** Stores a checked file inside the caller's transaction; answers its id for the module's register row. */
export async function storeAttachment(tx: Db, actor: Actor, file: CheckedAttachment): Promise<string> {
  const id = crypto.randomUUID();
  await tx.insert(storedFile).values({
    id,
    sha256: file.sha256,
    mediaType: file.mediaType,
    fileName: file.name,
    size: file.size,
    content: file.bytes,
    createdBy: actor.userId,
  });
  return id;
}

/** Removes a file whose register row has gone (in the same transaction). */
export async function deleteStoredFile(tx: Db, fileId: string | null): Promise<void> {
  if (fileId) await tx.delete(storedFile).where(eq(storedFile.id, fileId));
}

/** The columns a download needs; a module joins them to its own register row (which carries the scope). */
export const storedFileColumns = {
  name: storedFile.fileName,
  mediaType: storedFile.mediaType,
  content: storedFile.content,
  sha256: storedFile.sha256,
};

export type StoredFileContent = { name: string; mediaType: string; content: Uint8Array; sha256: string };
