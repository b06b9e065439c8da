import { createRoute, z } from "@hono/zod-openapi";
import { codeSchema, establishmentListQuerySchema, todayInVietnam } from "@kc/domain";
import { AppError } from "../../platform/errors";
import { runOfficeTask } from "../../platform/office/office-workers";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import { cookieAuth, createRouter, errorResponses, pathIdSchema, requestMeta } from "../../platform/router";
import {
  enqueueTableImport,
  importJobSchema,
  jobStartedResponse,
  receiveTableUpload,
  tableImportQuerySchema,
  tableUploadResponses,
} from "../../platform/table-import";
import { ESTABLISHMENT_IMPORT, IMPORT_LIMITS } from "./establishment-import.job";
import { establishmentTemplateTask } from "./establishment-template";
import { exportEstablishments } from "./establishments.export";
import { establishmentFilePolicy } from "./establishments.policy";
import type { EstablishmentImportResult } from "./import-establishments";
import { listTemplateCommunes } from "./template-communes";

const tags = ["Cơ sở CNNT"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const importProblemSchema = z
  .object({
    row: z.number().int(),
    column: z.string(),
    code: z.string(),
    message: z.string(),
    before: z.string().optional(),
    after: z.string().optional(),
  })
  .openapi("ImportProblem");

/** What `importEstablishments` reports: counts, and every problem against its row and column. */
const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.array(importProblemSchema),
    warnings: z.array(importProblemSchema),
  })
  .openapi("EstablishmentImportResult");

const jobSchema = importJobSchema(importResultSchema, "Job");

export const establishmentFileRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/establishments/import-template",
      tags,
      summary: "Tải tệp mẫu nhập cơ sở (.xlsx, có hướng dẫn, danh sách chọn và mã các xã trong phạm vi)",
      description:
        "Trang «Mã xã» liệt kê các xã còn hiệu lực hôm nay của các tỉnh trong phạm vi dữ liệu của người gọi; `provinceCode` thu hẹp về một tỉnh (tỉnh ngoài phạm vi: 404).",
      security: cookieAuth,
      request: {
        query: z.object({
          provinceCode: codeSchema("Mã tỉnh", 2)
            .optional()
            .openapi({ description: "Mã tỉnh (2 chữ số); bỏ trống: mọi tỉnh trong phạm vi", example: "82" }),
        }),
      },
      responses: {
        200: { content: { [XLSX]: { schema: z.any() } }, description: "Tệp mẫu" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await establishmentFilePolicy.authorize(c, "establishments.read");
      const { provinceCode } = c.req.valid("query");
      const communes = await listTemplateCommunes({
        db: c.get("deps").db,
        actor,
        today: todayInVietnam(),
        provinceCode,
      });
      const body = await runOfficeTask(
        establishmentTemplateTask,
        await establishmentFilePolicy.inScopeOr404(c, communes, `province:${provinceCode}`),
      );
      return c.body(new Uint8Array(body), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader("mau-nhap-co-so-cnnt.xlsx"),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/establishments/export",
      tags,
      summary: "Xuất danh sách đã lọc ra Excel (cùng cột với tệp mẫu, nhập lại được)",
      security: cookieAuth,
      request: { query: establishmentListQuerySchema.omit({ page: true, pageSize: true, sort: true }) },
      responses: {
        200: { content: { [XLSX]: { schema: z.any() } }, description: "Tệp Excel" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await establishmentFilePolicy.authorize(c, "establishments.export");
      const filters = c.req.valid("query");
      const stream = exportEstablishments(c.get("deps").db, actor, filters);
      const date = new Date().toISOString().slice(0, 10);
      return c.body(stream, 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(`co-so-cnnt-${date}.xlsx`),
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/establishment-imports",
      tags,
      summary:
        "Nhập cơ sở từ .xlsx/.csv: chạy thử, nhập tất cả hoặc chỉ các dòng hợp lệ (tác vụ nền có tiến độ)",
      security: cookieAuth,
      request: {
        query: tableImportQuerySchema,
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
        202: jobStartedResponse,
        ...errorResponses,
        ...tableUploadResponses,
      },
    }),
    async (c) => {
      const actor = await establishmentFilePolicy.authorize(c, "establishments.import");
      const { jobs } = c.get("deps");
      const meta = requestMeta(c);
      const { dryRun, validOnly } = c.req.valid("query");
      // Cheap checks answer at once; parsing happens in the job.
      const upload = await receiveTableUpload(c.req.valid("form").file, IMPORT_LIMITS, "tep-nhap.xlsx");
      const jobId = await enqueueTableImport({
        jobs,
        actor,
        meta,
        kind: ESTABLISHMENT_IMPORT,
        upload,
        switches: { dryRun, validOnly },
        params: { dryRun, validOnly },
        extra: {},
      });
      return c.json({ jobId }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/establishment-imports/{jobId}",
      tags,
      summary: "Tiến độ và kết quả của một lần nhập",
      security: cookieAuth,
      request: {
        params: z.object({ jobId: pathIdSchema("jobId") }),
      },
      responses: {
        200: { content: { "application/json": { schema: jobSchema } }, description: "Tác vụ" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await establishmentFilePolicy.authorize(c, "establishments.import");
      const view = await c.get("deps").jobs.get(c.req.valid("param").jobId, actor.userId);
      if (view?.kind !== ESTABLISHMENT_IMPORT) throw new AppError("NOT_FOUND");
      // The jobs behind this route are all establishment imports: their result is what the import reported.
      return c.json({ ...view, result: view.result as EstablishmentImportResult | null }, 200);
    },
  );
