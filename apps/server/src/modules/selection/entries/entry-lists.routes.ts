import { createRoute, z } from "@hono/zod-openapi";
import { idSchema, productGroupCodes } from "@kc/domain";
import { AppError } from "../../../platform/errors";
import { readTableInWorker } from "../../../platform/office/office-workers";
import { attachmentHeader } from "../../../platform/office/xlsx-writer";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  requestMeta,
  unprocessableResponse,
} from "../../../platform/router";
import { assertTableFile } from "../../../platform/upload-content";
import { loadRoundForActor } from "../round-access";
import { entryPolicy } from "./entries.policy";
import { buildEntryImportTemplate } from "./entry-import-template";
import { ENTRY_IMPORT_LIMITS, importEntries } from "./import-entries";
import { nominateEntries, nominationCandidates } from "./nominations";

const tags = ["Bình chọn sản phẩm"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const problemJson = {
  "application/problem+json": { schema: z.object({ code: z.string(), detail: z.string() }) },
};

const candidateSchema = z
  .object({
    entryId: z.string(),
    roundId: z.string(),
    roundTitle: z.string(),
    roundYear: z.number().int(),
    establishmentId: z.string(),
    establishmentName: z.string(),
    productName: z.string(),
    productGroup: z.enum(productGroupCodes),
    certificateId: z.string(),
    certificateNumber: z.string(),
    validUntil: z.string(),
    alreadyEntered: z.boolean(),
  })
  .openapi("NominationCandidate");

const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    created: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), column: z.string(), message: z.string() })),
  })
  .openapi("SelectionEntryImportResult");

/** The short lists: nominations from the lower level, and the .xlsx import of a list with its template. */
export const entryListRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-rounds/{id}/nomination-candidates",
      tags,
      summary:
        "Danh sách đề cử của cấp dưới: sản phẩm được công nhận ở các đợt cấp dưới, còn giấy chứng nhận hiệu lực",
      security: cookieAuth,
      request: { params: idParam },
      responses: {
        200: {
          content: { "application/json": { schema: z.object({ items: z.array(candidateSchema) }) } },
          description: "Danh sách",
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.read");
      const { db } = c.get("deps");
      const round = await loadRoundForActor(db, actor, id, requestMeta(c));
      return c.json({ items: await nominationCandidates(db, round) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/nominations",
      tags,
      summary: "Đưa các sản phẩm được đề cử từ cấp dưới vào đợt bình chọn (tất cả hoặc không sản phẩm nào)",
      security: cookieAuth,
      request: {
        params: idParam,
        body: jsonBody(
          z.strictObject({
            entryIds: z
              .array(idSchema("Mã sản phẩm của đợt cấp dưới"))
              .min(1, "Chọn ít nhất một sản phẩm")
              .max(500)
              .refine((ids) => new Set(ids).size === ids.length, "Sản phẩm bị chọn hai lần"),
          }),
        ),
      },
      responses: {
        201: {
          content: { "application/json": { schema: z.object({ created: z.array(z.string()) }) } },
          description: "Đã đưa vào đợt",
        },
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage");
      const created = await nominateEntries({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        entryIds: c.req.valid("json").entryIds,
      });
      return c.json({ created }, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/selection-entry-import-template",
      tags,
      summary: "Tải tệp mẫu danh sách sản phẩm đề nghị bình chọn (.xlsx, theo Phụ lục 5)",
      security: cookieAuth,
      responses: {
        200: { content: { [XLSX]: { schema: z.any() } }, description: "Tệp mẫu" },
        ...errorResponses,
      },
    }),
    async (c) => {
      await entryPolicy.authorize(c, "selection.manage");
      const body = await buildEntryImportTemplate();
      return c.body(new Uint8Array(body), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader("mau-danh-sach-san-pham-binh-chon.xlsx"),
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/selection-rounds/{id}/entry-imports",
      tags,
      summary: "Nhập danh sách sản phẩm từ .xlsx: chạy thử có lỗi từng dòng; nhập tất cả hoặc không dòng nào",
      security: cookieAuth,
      request: {
        params: idParam,
        query: z.object({
          dryRun: z
            .enum(["true", "false"])
            .default("true")
            .transform((v) => v === "true"),
        }),
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
          content: { "application/json": { schema: importResultSchema } },
          description: "Kết quả (chạy thử hoặc đã nhập)",
        },
        ...errorResponses,
        409: { content: problemJson, description: "Đợt bình chọn không nhận hồ sơ" },
        413: { content: problemJson, description: "Tệp quá lớn" },
        422: { content: problemJson, description: "Tệp không hợp lệ" },
      },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await entryPolicy.authorize(c, "selection.manage");
      const file = (c.req.valid("form") as { file?: unknown }).file;
      if (!(file instanceof File))
        throw new AppError("VALIDATION_FAILED", {
          errors: [{ path: "body.file", message: "Thiếu tệp cần nhập" }],
        });
      if (file.size > ENTRY_IMPORT_LIMITS.maxBytes)
        throw new AppError("PAYLOAD_TOO_LARGE", { detail: "Tệp danh sách tối đa 5 MB" });
      const bytes = new Uint8Array(await file.arrayBuffer());
      await assertTableFile(bytes);
      // A short list is at most a few hundred rows: read and judged within the request, no background job.
      const table = await readTableInWorker(bytes, ENTRY_IMPORT_LIMITS);
      const result = await importEntries({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        roundId: id,
        table,
        dryRun: c.req.valid("query").dryRun,
      });
      return c.json(result, 200);
    },
  );
