import { createRoute, z } from "@hono/zod-openapi";
import { conferenceResolutionFieldsSchema } from "@kc/domain";
import {
  documentDownload,
  documentFileResponse,
  uploadedFields,
} from "../../platform/documents/document-routes";
import { AppError, fieldErrorsFromZod } from "../../platform/errors";
import { buildInWorker } from "../../platform/office/office-workers";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import {
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
import { conferencePack } from "./conference-pack";
import { conferencePackDocxTask, conferenceTitle } from "./conference-pack.docx";
import { conferenceOr404, conferencePage, conferencePageSchema, conferenceTags } from "./conference-page";
import { addConferenceResolution, readResolutionFile } from "./conference-resolutions";
import { conferencePolicy } from "./conferences.policy";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const problemJson = { "application/problem+json": { schema: problemSchema } };
const conferenceAndResolution = idParam.extend({ resolutionId: pathIdSchema("resolutionId") });

/** The upload body of documents, with the file optional: a resolution can be text only. */
const resolutionBody = {
  required: true,
  content: {
    "multipart/form-data": {
      schema: z.object({
        file: z.any().optional().openapi({ type: "string", format: "binary" }),
        fields: z.string().max(10_000).openapi({ description: "JSON: text, documentNumber" }),
      }),
    },
  },
} as const;

/** The file a resolution may carry is optional: a resolution can be text only. */
async function optionalFile(form: { file?: unknown }) {
  if (form.file === undefined || form.file === "") return null;
  if (!(form.file instanceof File)) {
    throw new AppError("VALIDATION_FAILED", { errors: [{ path: "body.file", message: "Tệp không hợp lệ" }] });
  }
  return { name: form.file.name, bytes: new Uint8Array(await form.file.arrayBuffer()) };
}

/** A conference's documents: resolutions with their signed file, and the pack built from the records. */
export const conferenceFileRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/conferences/{id}/resolutions",
      tags: conferenceTags,
      summary:
        "Thêm kết luận, nghị quyết của hội nghị (nội dung, kèm văn bản nếu có; PDF, Office, ảnh; tối đa 20 MB)",
      security: cookieAuth,
      request: { params: idParam, body: resolutionBody },
      responses: {
        201: jsonResponse(conferencePageSchema, "Đã thêm"),
        ...errorResponses,
        413: { content: problemJson, description: "Tệp quá lớn" },
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await conferencePolicy.authorize(c, "conferences.manage", id);
      await conferenceOr404(c, id);
      const form = c.req.valid("form") as { file?: unknown; fields?: unknown };
      const fields = conferenceResolutionFieldsSchema.safeParse(uploadedFields(form.fields));
      if (!fields.success)
        throw new AppError("VALIDATION_FAILED", { errors: fieldErrorsFromZod(fields.error, "body.fields") });
      await addConferenceResolution({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        conferenceId: id,
        fields: fields.data,
        file: await optionalFile(form),
      });
      return c.json(await conferencePage(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences/{id}/resolutions/{resolutionId}/file",
      tags: conferenceTags,
      summary: "Tải văn bản kết luận của hội nghị",
      security: cookieAuth,
      request: { params: conferenceAndResolution },
      responses: { ...documentFileResponse, ...errorResponses },
    }),
    async (c) => {
      const { id, resolutionId } = c.req.valid("param");
      await conferencePolicy.authorize(c, "conferences.read", id);
      return documentDownload(c, await readResolutionFile(c.get("deps").db, id, resolutionId));
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/conferences/{id}/pack.docx",
      tags: conferenceTags,
      summary:
        "Tài liệu hội nghị (.docx, thể thức Nghị định 30/2020): số liệu của khu vực trong kỳ, tính từ hồ sơ",
      security: cookieAuth,
      request: { params: idParam },
      responses: {
        200: { content: { [DOCX]: { schema: z.any() } }, description: "Tệp Word" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await conferencePolicy.authorize(c, "conferences.read", id);
      const found = await conferenceOr404(c, id);
      const pack = await conferencePack(c.get("deps").db, found);
      const bytes = await buildInWorker(conferencePackDocxTask, pack);
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": DOCX,
        "content-disposition": attachmentHeader(`Tài liệu ${conferenceTitle(pack)}.docx`),
      });
    },
  );
