import { createRoute, z } from "@hono/zod-openapi";
import { entryDocumentInputSchema, entryDocumentKindCodes } from "@kc/domain";
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
  pathIdSchema,
  problemSchema,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { entryPolicy } from "./entries.policy";
import {
  deleteEntryDocument,
  listEntryDocuments,
  readEntryDocumentFile,
  uploadEntryDocument,
} from "./entry-documents";

const tags = ["Bình chọn sản phẩm"];
const entryAndDocument = idParam.extend({ documentId: pathIdSchema("documentId") });
const problemJson = { "application/problem+json": { schema: problemSchema } };

export const entryDocumentSchema = z
  .object({
    id: z.string(),
    kind: z.enum(entryDocumentKindCodes),
    name: z.string(),
    number: z.string().nullable(),
    issuedOn: z.string().nullable(),
    createdAt: z.string(),
    fileName: z.string().nullable(),
    size: z.number().int().nullable(),
    mediaType: z.string().nullable(),
    fileUrl: z.string().nullable(),
  })
  .openapi("SelectionEntryDocument");

const listResponse = {
  content: { "application/json": { schema: z.object({ items: z.array(entryDocumentSchema) }) } },
  description: "Hồ sơ của sản phẩm",
};

/**
 * An entry's dossier documents (Art. 12). Reading follows the entry (a juror reads the dossiers of the rounds
 * they sit on); filing and removing are the organiser's staff's while the round's call is open.
 */
export const entryDocumentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-entries/{id}/documents",
      tags,
      summary: "Hồ sơ (tài liệu) của sản phẩm dự bình chọn",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: listResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read", id);
      const items = await listEntryDocuments({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
      });
      return c.json({ items }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-entries/{id}/documents",
      tags,
      summary:
        "Nộp tài liệu hồ sơ của sản phẩm (PDF, Office, ảnh; tối đa 20 MB; kiểu tệp nhận theo nội dung)",
      security: cookieAuth,
      request: { params: idParam, body: documentUploadBody("JSON: kind, name, number, issuedOn") },
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
      const actor = await entryPolicy.authorize(c, "selection.manage", id);
      const form = c.req.valid("form") as { file?: unknown; fields?: unknown };
      const file = await uploadedFile(form, "Thiếu tệp tài liệu");
      const fields = entryDocumentInputSchema.safeParse(uploadedFields(form.fields));
      if (!fields.success)
        throw new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(fields.error, "body.fields") });
      const saved = await uploadEntryDocument({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
        fields: fields.data,
        file,
      });
      return c.json(saved, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-entries/{id}/documents/{documentId}/file",
      tags,
      summary: "Tải tệp tài liệu hồ sơ của sản phẩm (chỉ trong phạm vi dữ liệu)",
      security: cookieAuth,
      request: { params: entryAndDocument },
      responses: { ...documentFileResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read", id);
      const found = await readEntryDocumentFile({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        entryId: id,
        documentId,
      });
      return documentDownload(c, found);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/selection-entries/{id}/documents/{documentId}",
      tags,
      summary: "Xóa tài liệu nộp nhầm (khi đợt bình chọn còn nhận hồ sơ)",
      security: cookieAuth,
      request: { params: entryAndDocument },
      responses: { 200: listResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage", id);
      const deps = { db: c.get("deps").db, actor, meta: requestMeta(c), entryId: id };
      await deleteEntryDocument({ ...deps, documentId });
      return c.json({ items: await listEntryDocuments(deps) }, 200);
    },
  );
