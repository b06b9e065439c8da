import { createHash } from "node:crypto";
import { createRoute, z } from "@hono/zod-openapi";
import { codeSchema, establishmentListQuerySchema, safeFileName, todayInVietnam } from "@kc/domain";
import { settleAfterBulkWrite } from "../../db/maintenance";
import { establishment } from "../../db/schema/index";
import { AppError } from "../../platform/errors";
import { getJob, startJob } from "../../platform/jobs";
import { readTable } from "../../platform/office/table-reader";
import { attachmentHeader } from "../../platform/office/xlsx-writer";
import { cookieAuth, createRouter, errorResponses, pathIdSchema, requestMeta } from "../../platform/router";
import { assertTableFile } from "../../platform/upload-content";
import { buildTemplate, exportEstablishments } from "./establishments.export";
import { establishmentFilePolicy } from "./establishments.policy";
import { type EstablishmentImportResult, importEstablishments } from "./import-establishments";
import { splitSearchBlocks } from "./search-blocks";
import { listTemplateCommunes } from "./template-communes";

const tags = ["Cơ sở CNNT"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Upload limits of this feature (ASVS 5.1.1): 10 MB, 50,000 data rows, 40 columns, .xlsx or UTF-8 .csv. */
export const IMPORT_LIMITS = { maxBytes: 10_000_000, maxRows: 50_000, maxColumns: 40 };
const flag = z
  .enum(["true", "false"])
  .default("false")
  .transform((v) => v === "true");
const problemJson = {
  "application/problem+json": { schema: z.object({ code: z.string(), detail: z.string() }) },
};

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

const jobSchema = z
  .object({
    id: z.string(),
    kind: z.string(),
    status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]),
    progress: z.object({ done: z.number().int(), total: z.number().int() }),
    /** Null until the import has finished. */
    result: importResultSchema.nullable(),
    error: z.object({ code: z.string(), detail: z.string() }).nullable(),
  })
  .openapi("Job");

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
      const body = await buildTemplate(
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
        query: z.object({ dryRun: flag, validOnly: flag }),
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
        202: {
          content: { "application/json": { schema: z.object({ jobId: z.string() }) } },
          description: "Đã nhận, đang xử lý",
        },
        ...errorResponses,
        413: { content: problemJson, description: "Tệp quá lớn" },
        422: { content: problemJson, description: "Tệp không hợp lệ" },
      },
    }),
    async (c) => {
      const actor = await establishmentFilePolicy.authorize(c, "establishments.import");
      const { db, dbKind, logger } = c.get("deps");
      const meta = requestMeta(c);
      const { dryRun, validOnly } = c.req.valid("query");
      const file = c.req.valid("form").file as unknown;
      if (!(file instanceof File))
        throw new AppError("VALIDATION_FAILED", {
          errors: [{ path: "body.file", message: "Thiếu tệp cần nhập" }],
        });
      if (file.size > IMPORT_LIMITS.maxBytes)
        throw new AppError("PAYLOAD_TOO_LARGE", { detail: "Tệp nhập tối đa 10 MB" });
      const bytes = new Uint8Array(await file.arrayBuffer());
      // Cheap checks answer at once; parsing happens in the job.
      await assertTableFile(bytes);
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      // The browser's word for the name: it goes into the job's jsonb and the import batch, so it is made safe.
      const fileName = safeFileName(file.name, "tep-nhap.xlsx");
      const jobId = await startJob({
        db,
        logger,
        kind: "ESTABLISHMENT_IMPORT",
        params: { fileName, sha256, dryRun, validOnly, size: file.size },
        createdBy: actor.userId,
        provinceId: actor.scope.kind === "PROVINCE" ? actor.scope.provinceId : null,
        run: async ({ report }) => {
          const table = await readTable(bytes, {
            maxRows: IMPORT_LIMITS.maxRows,
            maxColumns: IMPORT_LIMITS.maxColumns,
          });
          report(0, table.rows.length);
          return importEstablishments({
            db,
            actor,
            meta,
            table,
            file: { name: fileName, sha256 },
            dryRun,
            validOnly,
            report,
          });
        },
        // The rows are committed and findable; cutting grown search blocks (more selective) and, on PGlite, the
        // VACUUM that index-only scans need come after the answer.
        afterSuccess: dryRun
          ? undefined
          : async () => {
              await splitSearchBlocks(db, logger);
              await settleAfterBulkWrite(db, dbKind, establishment, logger);
            },
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
      const view = await getJob(c.get("deps").db, c.req.valid("param").jobId, actor.userId);
      if (!view) throw new AppError("NOT_FOUND");
      // The jobs behind this route are all establishment imports: their result is what the import reported.
      return c.json({ ...view, result: view.result as EstablishmentImportResult | null }, 200);
    },
  );
