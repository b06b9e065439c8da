import { createRoute, z } from "@hono/zod-openapi";
import {
  disbursementInputSchema,
  progressReportBatchSchema,
  progressReportInputSchema,
  projectDocumentFieldsSchema,
  transitionCodes,
  transitionRequestSchema,
} from "@kc/domain";
import { invalidates } from "../../platform/cache-invalidation";
import {
  documentDownload,
  documentFileResponse,
  documentUploadBody,
  uploadedFields,
  uploadedFile,
} from "../../platform/documents/document-routes";
import { AppError, fieldErrorsFromZod } from "../../platform/errors";
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
} from "../../platform/router";
import { readProjectDocumentFile, uploadProjectDocument } from "./project-documents";
import { detailResponse, projectPage } from "./project-page";
import { projectPolicy } from "./projects.policy";
import { recordDisbursement } from "./record-disbursement";
import { recordProgressReport } from "./record-progress-report";
import { recordProgressReports } from "./record-progress-reports";
import { takeStep } from "./take-step";

const tags = ["Đề án khuyến công"];
const projectIdAndDocument = idParam.extend({ documentId: pathIdSchema("documentId") });
const problemJson = { "application/problem+json": { schema: problemSchema } };

export const projectActionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/projects/{id}/steps/{code}",
      tags,
      summary:
        "Thực hiện một bước của quy trình (nộp, thẩm định, phê duyệt, ký hợp đồng, điều chỉnh, nghiệm thu, quyết toán…) với văn bản làm căn cứ",
      security: cookieAuth,
      request: {
        params: idParam.extend({
          // From `z` of @hono/zod-openapi: a domain schema may be built before zod is extended with .openapi.
          code: z.enum(transitionCodes).openapi({ param: { name: "code", in: "path" } }),
        }),
        body: jsonBody(transitionRequestSchema),
      },
      responses: {
        200: detailResponse,
        ...errorResponses,
        409: {
          content: problemJson,
          description: "Bước không được phép ở trạng thái này (kèm các bước được phép: allowed)",
        },
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id, code } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.transition", id);
      await takeStep({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        code,
        request: c.req.valid("json"),
      });
      return c.json(await projectPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/projects/{id}/disbursements",
      middleware: [invalidates("summary")],
      tags,
      summary: "Ghi tạm ứng, thanh toán hoặc thu hồi (trần 70 % trước nghiệm thu, không vượt hợp đồng)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(disbursementInputSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.disburse", id);
      await recordDisbursement({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await projectPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/projects/{id}/progress-reports",
      tags,
      summary: "Báo cáo tiến độ hằng tháng (trước ngày 25), Sở xác nhận khối lượng",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(progressReportInputSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.transition", id);
      await recordProgressReport({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await projectPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/projects/{id}/progress-reports/batch",
      tags,
      summary:
        "Báo cáo tiến độ nhiều tháng còn thiếu trong một lần: ghi tất cả hoặc không ghi tháng nào (tối đa 18 tháng)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(progressReportBatchSchema) },
      responses: { 200: detailResponse, ...errorResponses, ...conflictResponse, ...unprocessableResponse },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.transition", id);
      await recordProgressReports({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await projectPage(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/projects/{id}/documents",
      tags,
      summary: "Đính kèm văn bản (PDF, Office, ảnh; tối đa 20 MB; kiểu tệp nhận theo nội dung)",
      security: cookieAuth,
      request: {
        params: idParam,
        body: documentUploadBody("JSON: kind, number, date, signer, signerAuthority, title, evidenceCode"),
      },
      responses: {
        201: {
          content: {
            "application/json": { schema: z.object({ documentId: z.string(), sha256: z.string() }) },
          },
          description: "Đã đính kèm",
        },
        ...errorResponses,
        413: { content: problemJson, description: "Tệp quá lớn" },
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.documents", id);
      const form = c.req.valid("form") as { file?: unknown; fields?: unknown };
      const file = await uploadedFile(form, "Thiếu tệp đính kèm");
      const fields = projectDocumentFieldsSchema.safeParse(uploadedFields(form.fields));
      if (!fields.success)
        throw new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(fields.error, "body.fields") });
      const { document, file: stored } = await uploadProjectDocument({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        projectId: id,
        fields: fields.data,
        file,
      });
      return c.json({ documentId: document.id, sha256: stored.sha256 }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/projects/{id}/documents/{documentId}/file",
      tags,
      summary: "Tải tệp đính kèm (chỉ trong phạm vi dữ liệu)",
      security: cookieAuth,
      request: { params: projectIdAndDocument },
      responses: {
        ...documentFileResponse,
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id, documentId } = c.req.valid("param");
      const actor = await projectPolicy.authorize(c, "projects.read", id);
      const found = await readProjectDocumentFile({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        projectId: id,
        documentId,
      });
      return documentDownload(c, found);
    },
  );
