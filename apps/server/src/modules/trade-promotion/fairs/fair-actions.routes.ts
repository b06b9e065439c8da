import { createRoute, z } from "@hono/zod-openapi";
import { fairDocumentSchema, fairTransitionCodes, freeTextSchema } from "@kc/domain";
import { AppError, fieldErrorsFromZod } from "../../../platform/errors";
import { attachmentHeader } from "../../../platform/office/xlsx-writer";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  pathIdSchema,
  problemSchema,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES } from "../../projects/project-documents";
import { deleteFairDocument, readFairDocumentFile, uploadFairDocument } from "./fair-documents";
import { fairDetailResponse, fairPage, fairTags } from "./fair-page";
import { fairPolicy } from "./fairs.policy";
import { takeFairStep } from "./take-fair-step";

const fairAndDocument = idParam.extend({ documentId: pathIdSchema("documentId") });
const problemJson = { "application/problem+json": { schema: problemSchema } };

const stepBodySchema = z.strictObject({
  version: z.number().int().min(1),
  reason: freeTextSchema(2000, "Lý do").nullable().default(null),
});

export const fairActionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/fairs/{id}/steps/{code}",
      tags: fairTags,
      summary:
        "Chuyển trạng thái hội chợ: mở đăng ký, xác nhận đã tổ chức, báo cáo (cần danh sách xác nhận), hủy (cần lý do)",
      security: cookieAuth,
      request: {
        params: idParam.extend({
          code: z.enum(fairTransitionCodes).openapi({ param: { name: "code", in: "path" } }),
        }),
        body: jsonBody(stepBodySchema),
      },
      responses: {
        200: fairDetailResponse,
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id, code } = c.req.valid("param");
      const actor = await fairPolicy.authorize(c, "tradePromotion.manage", id);
      await takeFairStep({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        code,
        body: c.req.valid("json"),
      });
      return c.json(await fairPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/fairs/{id}/documents",
      tags: fairTags,
      summary:
        "Nộp văn bản của hội chợ (kế hoạch, quyết định, danh sách xác nhận; PDF, Office, ảnh; tối đa 20 MB)",
      security: cookieAuth,
      request: {
        params: idParam,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.object({
                file: z.any().openapi({ type: "string", format: "binary" }),
                fields: z
                  .string()
                  .max(10_000)
                  .openapi({ description: "JSON: kind, number, issuedOn, signer, title" }),
              }),
            },
          },
        },
      },
      responses: {
        201: {
          content: {
            "application/json": { schema: z.object({ documentId: z.string(), sha256: z.string() }) },
          },
          description: "Đã nộp",
        },
        ...errorResponses,
        ...conflictResponse,
        413: { content: problemJson, description: "Tệp quá lớn" },
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await fairPolicy.authorize(c, "tradePromotion.manage", id);
      const form = c.req.valid("form") as { file?: unknown; fields?: unknown };
      if (!(form.file instanceof File)) {
        throw new AppError("VALIDATION_FAILED", {
          errors: [{ path: "body.file", message: "Thiếu tệp văn bản" }],
        });
      }
      if (form.file.size > ATTACHMENT_MAX_BYTES) {
        throw new AppError("PAYLOAD_TOO_LARGE", { detail: "Tệp đính kèm tối đa 20 MB" });
      }
      const fields = fairDocumentSchema.safeParse(parseJson(form.fields));
      if (!fields.success)
        throw new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(fields.error, "body.fields") });
      const saved = await uploadFairDocument({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId: id,
        fields: fields.data,
        file: { name: form.file.name, bytes: new Uint8Array(await form.file.arrayBuffer()) },
      });
      return c.json(saved, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/fairs/{id}/documents/{documentId}/file",
      tags: fairTags,
      summary: "Tải tệp văn bản của hội chợ (chỉ trong phạm vi dữ liệu)",
      security: cookieAuth,
      request: { params: fairAndDocument },
      responses: {
        200: {
          content: Object.fromEntries(
            ATTACHMENT_MEDIA_TYPES.map((type) => [
              type,
              { schema: z.string().openapi({ format: "binary" }) },
            ]),
          ),
          description: "Tệp",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const actor = await fairPolicy.authorize(c, "tradePromotion.read", id);
      const found = await readFairDocumentFile({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId: id,
        documentId,
      });
      return c.body(found.content as Uint8Array<ArrayBuffer>, 200, {
        "content-type": found.mediaType,
        "content-disposition": attachmentHeader(found.name),
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
        digest: `sha-256=${Buffer.from(found.sha256, "hex").toString("base64")}`,
      });
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/fairs/{id}/documents/{documentId}",
      tags: fairTags,
      summary: "Xóa văn bản nộp nhầm (khi hội chợ chưa báo cáo hay hủy)",
      security: cookieAuth,
      request: { params: fairAndDocument },
      responses: { 200: fairDetailResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const actor = await fairPolicy.authorize(c, "tradePromotion.manage", id);
      await deleteFairDocument({ db: c.get("deps").db, actor, meta: requestMeta(c), fairId: id, documentId });
      return c.json(await fairPage(c, id), 200);
    },
  );

function parseJson(value: unknown): unknown {
  if (typeof value !== "string") return {};
  try {
    return JSON.parse(value);
  } catch {
    return {};
  }
}
