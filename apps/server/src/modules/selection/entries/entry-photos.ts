import { createHash } from "node:crypto";
import { entryInputLimits, type PhotoAngle, photoMediaTypes, selectionEntryAction } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import type { Db } from "../../../db/client";
import { selectionEntry, selectionEntryPhoto } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { findContentProblem } from "../../../platform/upload-content";
import { entryForActor, lockEntry } from "./update-entry";

/**
 * The limits of an entry photo (issue 16 item 3). The circular asks for prints of at least 10 × 15 cm; at
 * 150 dpi, enough for a print held in the hand, that is 600 × 900 pixels, so the shorter side must reach 600 and
 * the longer 900. Above 8 MB or 40 megapixels the photo is refused rather than decoded (a decompression bomb is
 * small on the wire). What is kept is re-encoded: the longer side bounded to 3,000 pixels (a 10 × 15 cm print at
 * 500 dpi), JPEG at quality 85, every metadata block (GPS position, camera serial) dropped, the EXIF orientation
 * applied first so the picture still stands upright; and a WebP thumbnail of at most 480 pixels for lists.
 */
export const photoLimits = {
  bytesMax: entryInputLimits.photoBytesMax,
  pixelsMax: entryInputLimits.photoPixelsMax,
  shortSideMin: 600,
  longSideMin: 900,
  keptEdgeMax: 3000,
  thumbnailEdge: entryInputLimits.thumbnailEdge,
} as const;

const invalid = (message: string) =>
  new AppError("SELECTION_PHOTO_INVALID", { detail: message, errors: [{ path: "body.file", message }] });
const tooLarge = (message: string) =>
  new AppError("SELECTION_PHOTO_TOO_LARGE", { detail: message, errors: [{ path: "body.file", message }] });

export type ProcessedPhoto = {
  original: Uint8Array;
  thumbnail: Uint8Array;
  width: number;
  height: number;
  sha256: string;
};

/** Checks a photo by its bytes and re-encodes it; throws the Vietnamese reason when it is not one we keep. */
export async function processPhoto(bytes: Uint8Array): Promise<ProcessedPhoto> {
  if (bytes.byteLength === 0) throw invalid("Tệp ảnh rỗng");
  if (bytes.byteLength > photoLimits.bytesMax) throw tooLarge("Ảnh sản phẩm tối đa 8 MB");
  const detected = await fileTypeFromBuffer(bytes);
  if (!detected || !(photoMediaTypes as readonly string[]).includes(detected.mime))
    throw invalid("Chỉ nhận ảnh JPEG, PNG hoặc WebP (kiểm tra theo nội dung tệp, không theo tên)");
  // WebP has no structural check of its own there: decoding it below is the check.
  if (detected.mime !== "image/webp") {
    const problem = await findContentProblem(bytes, detected.mime);
    if (problem) throw invalid(problem);
  }
  const source = () => sharp(bytes, { limitInputPixels: photoLimits.pixelsMax, failOn: "error" });
  let meta: Awaited<ReturnType<ReturnType<typeof sharp>["metadata"]>>;
  try {
    meta = await source().metadata();
  } catch {
    throw invalid("Không đọc được ảnh: tệp hỏng hoặc không phải ảnh");
  }
  const { width = 0, height = 0 } = meta;
  if (width * height > photoLimits.pixelsMax) throw tooLarge("Ảnh sản phẩm tối đa 40 triệu điểm ảnh");
  // EXIF orientations 5–8 turn the picture a quarter: the sides swap once it is stood upright.
  const [w, h] = (meta.orientation ?? 1) >= 5 ? [height, width] : [width, height];
  if (Math.min(w, h) < photoLimits.shortSideMin || Math.max(w, h) < photoLimits.longSideMin)
    throw invalid(`Ảnh quá nhỏ (${w} × ${h} điểm ảnh): cần ít nhất 600 × 900 để in khổ 10 × 15 cm`);
  try {
    const kept = await source()
      .rotate()
      .resize({
        width: photoLimits.keptEdgeMax,
        height: photoLimits.keptEdgeMax,
        fit: "inside",
        withoutEnlargement: true,
      })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(kept.data)
      .resize({ width: photoLimits.thumbnailEdge, height: photoLimits.thumbnailEdge, fit: "inside" })
      .webp({ quality: 78 })
      .toBuffer();
    return {
      original: new Uint8Array(kept.data),
      thumbnail: new Uint8Array(thumbnail),
      width: kept.info.width,
      height: kept.info.height,
      sha256: createHash("sha256").update(kept.data).digest("hex"),
    };
  } catch {
    throw invalid("Không đọc được ảnh: tệp hỏng hoặc không phải ảnh");
  }
}

/** Puts (or replaces) one of the three photos; the entry's `updatedAt` moves so cached thumbnails change URL. */
export async function uploadEntryPhoto(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  angle: PhotoAngle;
  bytes: Uint8Array;
}) {
  const { db, actor, meta, entryId, angle, bytes } = options;
  await entryForActor(db, actor, entryId, meta);
  // Decoding is slow; it happens before any lock, and a refused photo writes nothing.
  const photo = await processPhoto(bytes);
  return db.transaction(async (tx) => {
    const current = await lockEntry(tx, actor, entryId);
    if (!current) throw new AppError("NOT_FOUND");
    assertAvailable(
      selectionEntryAction({ roundStatus: current.roundStatus, entryStatus: current.entry.status }, "photos"),
    );
    await tx
      .delete(selectionEntryPhoto)
      .where(and(eq(selectionEntryPhoto.entryId, entryId), eq(selectionEntryPhoto.angle, angle)));
    const id = crypto.randomUUID();
    await tx.insert(selectionEntryPhoto).values({
      id,
      entryId,
      angle,
      mediaType: "image/jpeg",
      width: photo.width,
      height: photo.height,
      size: photo.original.byteLength,
      sha256: photo.sha256,
      original: photo.original,
      thumbnail: photo.thumbnail,
      thumbnailMediaType: "image/webp",
      createdBy: actor.userId,
    });
    await tx.update(selectionEntry).set({ updatedAt: new Date() }).where(eq(selectionEntry.id, entryId));
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ENTRY_PHOTO_UPLOADED",
      entity: "selection_entry_photo",
      entityId: id,
      after: { entryId, angle, width: photo.width, height: photo.height, sha256: photo.sha256 },
    });
    return { id, angle, width: photo.width, height: photo.height, sha256: photo.sha256 };
  });
}

/** A photo's bytes (the kept picture or its thumbnail), if the entry's round is one the caller reaches. */
export async function readEntryPhoto(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  entryId: string;
  angle: PhotoAngle;
  thumbnail: boolean;
}) {
  const { db, actor, meta, entryId, angle, thumbnail } = options;
  await entryForActor(db, actor, entryId, meta);
  const [row] = await db
    .select({
      bytes: thumbnail ? selectionEntryPhoto.thumbnail : selectionEntryPhoto.original,
      mediaType: thumbnail ? selectionEntryPhoto.thumbnailMediaType : selectionEntryPhoto.mediaType,
      sha256: selectionEntryPhoto.sha256,
    })
    .from(selectionEntryPhoto)
    .where(and(eq(selectionEntryPhoto.entryId, entryId), eq(selectionEntryPhoto.angle, angle)));
  if (!row) throw new AppError("NOT_FOUND");
  return row;
}
