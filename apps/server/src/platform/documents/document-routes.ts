import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import { AppError } from "../errors";
import { attachmentHeader } from "../office/xlsx-writer";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_MEDIA_TYPES,
  ATTACHMENT_TOO_LARGE,
  type StoredFileContent,
} from "./stored-document";

/** The multipart body of a document upload: the file, and its register fields as one JSON string. */
export function documentUploadBody(fieldsDescription: string) {
  return {
    required: true,
    content: {
      "multipart/form-data": {
        schema: z.object({
          file: z.any().openapi({ type: "string", format: "binary" }),
          fields: z.string().max(10_000).openapi({ description: fieldsDescription }),
        }),
      },
    },
  } as const;
}

/** The 200 of a download: served with the type detected at upload, one of those an attachment may have. */
export const documentFileResponse = {
  200: {
    content: Object.fromEntries(
      ATTACHMENT_MEDIA_TYPES.map((type) => [type, { schema: z.string().openapi({ format: "binary" }) }]),
    ),
    description: "Tệp",
  },
};

/** The uploaded file of a multipart form, refused before it is read when missing or above the limit. */
export async function uploadedFile(
  form: { file?: unknown },
  missingMessage: string,
): Promise<{ name: string; bytes: Uint8Array }> {
  if (!(form.file instanceof File)) {
    throw new AppError("VALIDATION_FAILED", { errors: [{ path: "body.file", message: missingMessage }] });
  }
  if (form.file.size > ATTACHMENT_MAX_BYTES) {
    throw new AppError("PAYLOAD_TOO_LARGE", { detail: ATTACHMENT_TOO_LARGE });
  }
  return { name: form.file.name, bytes: new Uint8Array(await form.file.arrayBuffer()) };
}

/** The register fields sent as JSON beside the file; text that is not JSON names the field. */
export function uploadedFields(value: unknown): unknown {
  if (typeof value !== "string") return {};
  try {
    return JSON.parse(value);
  } catch {
    throw new AppError("VALIDATION_FAILED", {
      errors: [{ path: "body.fields", message: "Không phải JSON hợp lệ" }],
    });
  }
}

/**
 * Streams a stored file as a download: an RFC 6266 Content-Disposition (UTF-8 name, ASCII fallback) so the
 * browser saves rather than renders it, `nosniff` so it is never run as another type, no caching of a private
 * dossier, and the digest so a recipient can check what they got.
 */
export function documentDownload(c: Context, found: StoredFileContent): Response {
  return c.body(found.content as Uint8Array<ArrayBuffer>, 200, {
    "content-type": found.mediaType,
    "content-disposition": attachmentHeader(found.name),
    "x-content-type-options": "nosniff",
    "cache-control": "private, no-store",
    digest: `sha-256=${Buffer.from(found.sha256, "hex").toString("base64")}`,
  });
}
