import { createRoute, z } from "@hono/zod-openapi";
import { AppError } from "../../../platform/errors";
import { attachmentHeader } from "../../../platform/office/xlsx-writer";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  pathIdSchema,
  requestMeta,
} from "../../../platform/router";
import {
  enqueueTableImport,
  importJobSchema,
  jobStartedResponse,
  receiveTableUpload,
  tableImportQuerySchema,
  tableUploadResponses,
} from "../../../platform/table-import";
import type { ParticipantImportResult } from "./import-participants";
import {
  FAIR_PARTICIPANT_IMPORT,
  PARTICIPANT_IMPORT_LIMITS,
  type ParticipantImportExtra,
} from "./participant-import.job";
import { buildAcceptanceList, buildParticipantTemplate } from "./participants.export";
import { participationPolicy } from "./participations.policy";
import { assertFairInScope } from "./save-participation";

const tags = ["Xúc tiến thương mại"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const fairParam = z.object({ fairId: pathIdSchema("fairId") });

const rowProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  code: z.string(),
  message: z.string(),
});
const candidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  taxCode: z.string().nullable(),
  status: z.string(),
  provinceId: z.string(),
  address: z.string(),
});
const importResultSchema = z
  .object({
    dryRun: z.boolean(),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    created: z.number().int(),
    errors: z.array(rowProblemSchema),
    warnings: z.array(rowProblemSchema),
    ambiguous: z.array(
      z.object({ row: z.number().int(), name: z.string(), candidates: z.array(candidateSchema) }),
    ),
  })
  .openapi("FairParticipantImportResult");
const jobSchema = importJobSchema(importResultSchema, "FairParticipantImportJob");

/** `picks` is the pick list's answer: {"<row number>": "<establishment id>"}, as JSON text in the form. */
const picksSchema = z
  .record(z.string().regex(/^\d{1,6}$/u), z.string().min(1).max(100))
  .refine((picks) => Object.keys(picks).length <= PARTICIPANT_IMPORT_LIMITS.maxRows, "Quá nhiều lựa chọn");

function parsePicks(text: unknown): Map<number, string> {
  if (text === undefined || text === null || text === "") return new Map();
  let value: unknown;
  try {
    value = JSON.parse(String(text));
  } catch {
    value = undefined;
  }
  const parsed = picksSchema.safeParse(value);
  if (!parsed.success)
    throw new AppError("VALIDATION_FAILED", {
      errors: [{ path: "body.picks", message: "Lựa chọn cơ sở không hợp lệ (JSON: số dòng → mã cơ sở)" }],
    });
  return new Map(Object.entries(parsed.data).map(([row, id]) => [Number(row), id]));
}

export const participantFileRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/fair-participant-imports/template",
      tags,
      summary: "Tải tệp mẫu danh sách gian hàng (.xlsx) để nhập vào một hội chợ",
      security: cookieAuth,
      responses: {
        200: { content: { [XLSX]: { schema: z.any() } }, description: "Tệp mẫu" },
        ...errorResponses,
      },
    }),
    async (c) => {
      await participationPolicy.authorize(c, "tradePromotion.read");
      const body = await buildParticipantTemplate();
      return c.body(new Uint8Array(body), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader("mau-danh-sach-gian-hang.xlsx"),
      });
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/fairs/{fairId}/participants/export",
      tags,
      summary: "Xuất danh sách cơ sở tham gia theo mẫu nghiệm thu (.xlsx, có cột ký nhận)",
      security: cookieAuth,
      request: { params: fairParam },
      responses: {
        200: { content: { [XLSX]: { schema: z.any() } }, description: "Tệp Excel" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.read");
      const db = c.get("deps").db;
      const fairRow = await assertFairInScope(db, actor, requestMeta(c), c.req.valid("param").fairId);
      const body = await buildAcceptanceList(db, fairRow);
      return c.body(new Uint8Array(body), 200, {
        "content-type": XLSX,
        "content-disposition": attachmentHeader(`danh-sach-gian-hang-${fairRow.code}.xlsx`),
      });
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/fairs/{fairId}/participant-imports",
      tags,
      summary:
        "Nhập danh sách gian hàng được đơn vị chủ trì xác nhận (.xlsx/.csv): chạy thử, chọn cơ sở cho dòng trùng tên, nhập tất cả hoặc chỉ dòng hợp lệ",
      security: cookieAuth,
      request: {
        params: fairParam,
        query: tableImportQuerySchema,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.object({
                file: z.any().openapi({ type: "string", format: "binary" }),
                picks: z.string().optional().openapi({ description: 'JSON {"số dòng": "mã cơ sở"}' }),
              }),
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
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const { db, jobs } = c.get("deps");
      const meta = requestMeta(c);
      const { fairId } = c.req.valid("param");
      await assertFairInScope(db, actor, meta, fairId);
      const { dryRun, validOnly } = c.req.valid("query");
      const form = c.req.valid("form") as { file?: unknown; picks?: unknown };
      const upload = await receiveTableUpload(
        form.file,
        PARTICIPANT_IMPORT_LIMITS,
        "danh-sach-gian-hang.xlsx",
      );
      const picks = parsePicks(form.picks);
      const jobId = await enqueueTableImport<ParticipantImportExtra>({
        jobs,
        actor,
        meta,
        kind: FAIR_PARTICIPANT_IMPORT,
        upload,
        switches: { dryRun, validOnly },
        params: { fairId, dryRun, validOnly, picks: picks.size },
        extra: { fairId, picks: [...picks] },
      });
      return c.json({ jobId }, 202);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/fair-participant-imports/{jobId}",
      tags,
      summary: "Tiến độ và kết quả của một lần nhập danh sách gian hàng",
      security: cookieAuth,
      request: { params: z.object({ jobId: pathIdSchema("jobId") }) },
      responses: {
        200: { content: { "application/json": { schema: jobSchema } }, description: "Tác vụ" },
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await participationPolicy.authorize(c, "tradePromotion.manage");
      const view = await c.get("deps").jobs.get(c.req.valid("param").jobId, actor.userId);
      if (view?.kind !== FAIR_PARTICIPANT_IMPORT) throw new AppError("NOT_FOUND");
      return c.json({ ...view, result: view.result as ParticipantImportResult | null }, 200);
    },
  );
