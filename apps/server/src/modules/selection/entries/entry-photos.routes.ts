import { createRoute, z } from "@hono/zod-openapi";
import { idSchema, photoAngleCodes } from "@kc/domain";
import { AppError } from "../../../platform/errors";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  pathIdSchema,
  requestMeta,
} from "../../../platform/router";
import { entryPolicy } from "./entries.policy";
import { photoLimits, readEntryPhoto, uploadEntryPhoto } from "./entry-photos";

const tags = ["Bình chọn sản phẩm"];
const problemJson = {
  "application/problem+json": { schema: z.object({ code: z.string(), detail: z.string() }) },
};
const photoParams = z.object({
  id: pathIdSchema("id"),
  angle: z.enum(photoAngleCodes).openapi({ param: { name: "angle", in: "path" }, description: "Góc chụp" }),
});
const binary = (type: string) => ({ [type]: { schema: z.string().openapi({ format: "binary" }) } });

/**
 * Photos are served by URLs that carry the entry's version stamp (`?v=`), so a browser may keep them a year:
 * a replaced photo gets a new URL. They are private (an entry's dossier), so only the browser caches them.
 */
const cacheHeaders = (sha256: string) => ({
  "cache-control": "private, max-age=31536000, immutable",
  etag: `"${sha256}"`,
  "x-content-type-options": "nosniff",
});

export const entryPhotoRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-entries/{id}/photos/{angle}",
      tags,
      summary: "Tải (hoặc thay) ảnh sản phẩm: mặt trước, mặt bên, mặt trên",
      description: `JPEG, PNG hoặc WebP (kiểm tra theo nội dung), tối đa ${photoLimits.bytesMax / 1024 / 1024} MB và 40 triệu điểm ảnh, ít nhất ${photoLimits.shortSideMin} × ${photoLimits.longSideMin} điểm ảnh (in khổ 10 × 15 cm). Ảnh được mã hóa lại (bỏ siêu dữ liệu) và có ảnh thu nhỏ ${photoLimits.thumbnailEdge} px.`,
      security: cookieAuth,
      request: {
        params: photoParams,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.object({ file: z.any().openapi({ type: "string", format: "binary" }) }),
            },
          },
        },
      },
      responses: {
        200: {
          content: {
            "application/json": {
              schema: z.object({
                id: idSchema(),
                angle: z.enum(photoAngleCodes),
                width: z.number().int(),
                height: z.number().int(),
                sha256: z.string(),
              }),
            },
          },
          description: "Đã lưu ảnh",
        },
        ...errorResponses,
        409: { content: problemJson, description: "Đợt bình chọn không còn nhận hồ sơ" },
        413: { content: problemJson, description: "Ảnh quá lớn" },
        422: { content: problemJson, description: "Không phải ảnh hợp lệ hoặc ảnh quá nhỏ" },
      },
    }),
    async (c) => {
      const { id, angle } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage", id);
      const file = (c.req.valid("form") as { file?: unknown }).file;
      if (!(file instanceof File))
        throw new AppError("VALIDATION_FAILED", {
          errors: [{ path: "body.file", message: "Thiếu tệp ảnh" }],
        });
      if (file.size > photoLimits.bytesMax)
        throw new AppError("SELECTION_PHOTO_TOO_LARGE", { detail: "Ảnh sản phẩm tối đa 8 MB" });
      const saved = await uploadEntryPhoto({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
        angle,
        bytes: new Uint8Array(await file.arrayBuffer()),
      });
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-entries/{id}/photos/{angle}",
      tags,
      summary: "Ảnh sản phẩm (đã mã hóa lại, JPEG)",
      security: cookieAuth,
      request: { params: photoParams },
      responses: { 200: { content: binary("image/jpeg"), description: "Ảnh" }, ...errorResponses },
    }),
    async (c) => {
      const { id, angle } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read", id);
      const photo = await readEntryPhoto({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
        angle,
        thumbnail: false,
      });
      return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": photo.mediaType,
        ...cacheHeaders(photo.sha256),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-entries/{id}/photos/{angle}/thumbnail",
      tags,
      summary: "Ảnh thu nhỏ của sản phẩm (WebP, lưu đệm được)",
      security: cookieAuth,
      request: { params: photoParams },
      responses: { 200: { content: binary("image/webp"), description: "Ảnh thu nhỏ" }, ...errorResponses },
    }),
    async (c) => {
      const { id, angle } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read", id);
      const photo = await readEntryPhoto({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
        angle,
        thumbnail: true,
      });
      return c.body(photo.bytes as Uint8Array<ArrayBuffer>, 200, {
        "content-type": photo.mediaType,
        ...cacheHeaders(`${photo.sha256}-t`),
      });
    },
  );
