import { createRoute, z } from "@hono/zod-openapi";
import { fairDocumentSchema, fairTransitionCodes, freeTextSchema } from "@kc/domain";
import {
  documentDownload,
  documentFileResponse,
  documentUploadBody,
  uploadedFields,
  uploadedFile,
} from "../../../platform/documents/document-routes";
import { AppError, fieldErrorsFromZod } from "../../../platform/errors";
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
        body: documentUploadBody("JSON: kind, number, issuedOn, signer, title"),
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
      const file = await uploadedFile(form, "Thiếu tệp văn bản");
      const fields = fairDocumentSchema.safeParse(uploadedFields(form.fields));
      if (!fields.success)
        throw new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(fields.error, "body.fields") });
      const saved = await uploadFairDocument({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        fairId: id,
        fields: fields.data,
        file,
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
        ...documentFileResponse,
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
      return documentDownload(c, found);
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
