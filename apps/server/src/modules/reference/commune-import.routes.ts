import { createRoute, z } from "@hono/zod-openapi";
import { invalidates } from "../../platform/cache-invalidation";
import { AppError } from "../../platform/errors";
import { readTableInWorker } from "../../platform/office/office-workers";
import { requireAbility } from "../../platform/policy";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  problemSchema,
  requestMeta,
  requireActor,
} from "../../platform/router";
import { assertTableFile } from "../../platform/upload-content";
import { type CommuneImportResult, importCommunes } from "./import-communes";

const rowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  path: z.string(),
  code: z.string(),
  message: z.string(),
});

const resultSchema = z
  .object({
    dryRun: z.boolean(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    created: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    errors: z.array(rowErrorSchema),
  })
  .openapi("CommuneImportResult");

/**
 * A refused import: the problem, and with it the row-by-row report when the rows were read. Its `errors` are then
 * the rows' errors; a file that could not be read has the problem's own field errors instead.
 */
const rejectedSchema = problemSchema
  .extend({
    ...resultSchema.partial().shape,
    errors: z
      .array(z.union([rowErrorSchema, z.object({ path: z.string(), message: z.string() })]))
      .optional(),
  })
  .openapi("CommuneImportProblem");

const MAX_COMMUNE_FILE_BYTES = 5_000_000;
const flag = z
  .enum(["true", "false"])
  .default("false")
  .transform((v) => v === "true");

export const communeImportRoutes = createRouter().openapi(
  createRoute({
    method: "post",
    path: "/admin-units/communes/import",
    middleware: [invalidates("reference")],
    tags: ["Danh mục"],
    summary:
      "Nhập danh sách xã chính thức (.xlsx hoặc .csv); chạy thử trước, rồi nhập tất cả hoặc chỉ các dòng hợp lệ",
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
      200: { content: { "application/json": { schema: resultSchema } }, description: "Kết quả nhập" },
      ...errorResponses,
      422: {
        content: { "application/problem+json": { schema: rejectedSchema } },
        description: "Tệp không đọc được hoặc có lỗi (kèm báo cáo từng dòng khi đọc được); không ghi gì",
      },
    },
  }),
  async (c) => {
    const actor = requireActor(c);
    const { db } = c.get("deps");
    const meta = requestMeta(c);
    await requireAbility(db, actor, "catalogues.manage", meta, { entity: "admin_unit" });
    const { dryRun, validOnly } = c.req.valid("query");
    const file = c.req.valid("form").file as unknown;
    if (!(file instanceof File)) {
      throw new AppError("VALIDATION_FAILED", {
        errors: [{ path: "body.file", message: "Thiếu tệp cần nhập" }],
      });
    }
    if (file.size > MAX_COMMUNE_FILE_BYTES) throw new AppError("PAYLOAD_TOO_LARGE");
    const bytes = new Uint8Array(await file.arrayBuffer());
    await assertTableFile(bytes);
    const table = await readTableInWorker(bytes, {
      maxRows: 20_000,
      maxColumns: 30,
    });
    try {
      return c.json(await importCommunes({ db, actor, meta, table, dryRun, validOnly }), 200);
    } catch (error) {
      const result = (error as { result?: CommuneImportResult }).result;
      if (error instanceof AppError && result) {
        return c.json(
          {
            type: "https://khuyencong.vn/problems/import-has-errors",
            title: error.message,
            status: 422,
            code: error.code,
            detail: error.message,
            requestId: meta.requestId,
            ...result,
          },
          422,
          { "content-type": "application/problem+json; charset=utf-8" },
        );
      }
      throw error;
    }
  },
);
