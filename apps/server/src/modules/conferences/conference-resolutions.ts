import type { conferenceResolutionFieldsSchema } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import type { Db } from "../../db/client";
import { conference, conferenceResolution, storedFile } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import {
  type CheckedAttachment,
  checkAttachment,
  type StoredFileContent,
  storeAttachment,
  storedFileColumns,
} from "../../platform/documents/stored-document";
import { AppError } from "../../platform/errors";

export type ResolutionFields = z.infer<typeof conferenceResolutionFieldsSchema>;

/**
 * Adds a conclusion or resolution to a conference: its text, and the signed document when one is sent (typed by
 * content like every document, refused before the transaction). File, row and audit row in one transaction.
 */
export async function addConferenceResolution(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  conferenceId: string;
  fields: ResolutionFields;
  file: { name: string; bytes: Uint8Array } | null;
}) {
  const { db, actor, meta, conferenceId, fields, file } = options;
  const checked: CheckedAttachment | null = file
    ? await checkAttachment(file, { fallbackName: "ket-luan-hoi-nghi", code: "CONFERENCE_FILE_INVALID" })
    : null;
  return db.transaction(async (tx) => {
    const [held] = await tx
      .select({ id: conference.id })
      .from(conference)
      .where(eq(conference.id, conferenceId))
      .for("update");
    if (!held) throw new AppError("NOT_FOUND");
    const fileId = checked ? await storeAttachment(tx, actor, checked) : null;
    const id = crypto.randomUUID();
    await tx
      .insert(conferenceResolution)
      .values({ id, conferenceId, ...fields, fileId, createdBy: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "CONFERENCE_RESOLUTION_ADDED",
      entity: "conference",
      entityId: conferenceId,
      after: {
        resolutionId: id,
        documentNumber: fields.documentNumber,
        fileName: checked?.name ?? null,
        sha256: checked?.sha256 ?? null,
      },
    });
    return { resolutionId: id, sha256: checked?.sha256 ?? null };
  });
}

/** The document of one resolution of one conference; 404 when either is missing or it has no document. */
export async function readResolutionFile(
  db: Db,
  conferenceId: string,
  resolutionId: string,
): Promise<StoredFileContent> {
  const [found] = await db
    .select(storedFileColumns)
    .from(conferenceResolution)
    .innerJoin(storedFile, eq(storedFile.id, conferenceResolution.fileId))
    .where(
      and(eq(conferenceResolution.id, resolutionId), eq(conferenceResolution.conferenceId, conferenceId)),
    );
  if (!found) throw new AppError("NOT_FOUND");
  return found;
}
