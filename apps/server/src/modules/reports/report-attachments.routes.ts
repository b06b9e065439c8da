import { createRoute, z } from "@hono/zod-openapi";
import { can, REPORT_ATTACHMENTS_MAX, reportAttachmentChange, textSchema } from "@kc/domain";
import type { Context } from "hono";
import { actionAvailabilitySchema } from "../../platform/action-availability";
import type { AppEnv } from "../../platform/context";
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
  jsonResponse,
  pathIdSchema,
  problemSchema,
  requestMeta,
  unprocessableResponse,
} from "../../platform/router";
import { addReportAttachment } from "./add-report-attachment";
import { deleteReportAttachment } from "./delete-report-attachment";
import { listReportAttachments, readReportAttachment } from "./report-attachments.queries";
import { reportTags } from "./report-page";
import { reportPolicy } from "./reports.policy";

const reportAndAttachment = idParam.extend({ attachmentId: pathIdSchema("attachmentId") });
const problemJson = { "application/problem+json": { schema: problemSchema } };

const attachmentFieldsSchema = z.strictObject({
  description: textSchema({ labelVi: "Ghi chú tệp", max: 300 }).default(""),
});

const reportAttachmentsSchema = z
  .object({
    attachments: z.array(
      z.object({
        id: z.string(),
        name: z.string().describe("Tên tệp (NFC) như khi tải lên"),
        mediaType: z.string().describe("Loại tệp nhận ra từ nội dung"),
        size: z.number().int(),
        sha256: z.string(),
        description: z.string(),
        createdAt: z.string(),
        createdByName: z.string().nullable(),
      }),
    ),
    max: z.number().int().describe("Số tệp tối đa của một báo cáo"),
    actions: z.object({ add: actionAvailabilitySchema, remove: actionAvailabilitySchema }).partial(),
  })
  .openapi("ReportAttachments");

/** The attachments area of a report: its files, and whether the caller may add or remove one now and why not. */
async function attachmentsAnswer(c: Context<AppEnv>, reportId: string) {
  const { db } = c.get("deps");
  const actor = c.get("actor");
  if (!actor) throw new AppError("AUTH_REQUIRED");
  const { state, attachments } = await listReportAttachments({ db, actor, meta: requestMeta(c), reportId });
  const actions = can(actor.role, "reports.fill")
    ? {
        add: reportAttachmentChange(state, "ADD", attachments.length),
        remove: reportAttachmentChange(state, "DELETE", attachments.length),
      }
    : {};
  return {
    attachments: attachments.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() })),
    max: REPORT_ATTACHMENTS_MAX,
    actions,
  };
}

const attachmentsResponse = jsonResponse(reportAttachmentsSchema, "Tệp đính kèm của báo cáo");

/**
 * Files attached to a province's report (issue 17 item 2): listed and downloaded by everyone who may read the
 * report, added and removed by the province's staff while the report is with the province.
 */
export const reportAttachmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}/attachments",
      tags: reportTags,
      summary: "Tệp đính kèm của báo cáo (bản có chữ ký, phụ lục, ảnh) và thao tác được làm",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: attachmentsResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await reportPolicy.authorize(c, "reports.read", id);
      return c.json(await attachmentsAnswer(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports/{id}/attachments",
      tags: reportTags,
      summary:
        "Đính kèm tệp vào báo cáo đang lập hoặc bị trả lại (PDF, Word, Excel, OpenDocument, ảnh; tối đa 20 MB, nhận loại theo nội dung tệp)",
      security: cookieAuth,
      request: { params: idParam, body: documentUploadBody("JSON: description (ghi chú, có thể để trống)") },
      responses: {
        201: attachmentsResponse,
        ...errorResponses,
        ...conflictResponse,
        413: { content: problemJson, description: "Tệp quá lớn" },
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.fill", id);
      const form = c.req.valid("form") as { file?: unknown; fields?: unknown };
      const fields = attachmentFieldsSchema.safeParse(uploadedFields(form.fields));
      if (!fields.success)
        throw new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(fields.error, "body.fields") });
      await addReportAttachment({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        reportId: id,
        description: fields.data.description,
        file: await uploadedFile(form, "Chưa chọn tệp đính kèm"),
      });
      return c.json(await attachmentsAnswer(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}/attachments/{attachmentId}",
      tags: reportTags,
      summary: "Tải một tệp đính kèm của báo cáo",
      security: cookieAuth,
      request: { params: reportAndAttachment },
      responses: { ...documentFileResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.read", id);
      const { db } = c.get("deps");

      return documentDownload(
        c,
        await readReportAttachment({ db, actor, meta: requestMeta(c), reportId: id, attachmentId }),
      );
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/reports/{id}/attachments/{attachmentId}",
      tags: reportTags,
      summary: "Xóa tệp đính kèm nhầm (khi báo cáo đang lập hoặc bị trả lại)",
      security: cookieAuth,
      request: { params: reportAndAttachment },
      responses: { 200: attachmentsResponse, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { id, attachmentId } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.fill", id);
      await deleteReportAttachment({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        reportId: id,
        attachmentId,
      });
      return c.json(await attachmentsAnswer(c, id), 200);
    },
  );
