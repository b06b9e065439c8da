import { createRoute, z } from "@hono/zod-openapi";
import {
  idSchema,
  reportColumnCodes,
  reportStates,
  reportValueKinds,
  textSchema,
  todayInVietnam,
} from "@kc/domain";
import { AppError } from "../../platform/errors";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonResponse,
  requestMeta,
  unprocessableResponse,
} from "../../platform/router";
import { unitLabels } from "../plans/unit-scope";
import { diffSnapshots, type SnapshotDifference } from "./diff-submissions";
import { editReport } from "./edit-report";
import { openReport } from "./open-report";
import { refreshPrefill } from "./refresh-prefill";
import {
  presentSummary,
  presentTemplate,
  reportDetailResponse,
  reportPageOf,
  reportSummarySchema,
  reportTags,
  templateSchema,
} from "./report-page";
import { reportPolicy } from "./reports.policy";
import {
  findReportInScope,
  listReports,
  listTemplates,
  reportSubmissions,
  type SubmissionSnapshot,
} from "./reports.queries";
import { returnReport } from "./return-report";
import { submitReport } from "./submit-report";
import { takeReportStep } from "./take-report-step";

const versionField = z.number().int().min(1);
const cellCode = idSchema("Mã dòng");

const openBodySchema = z.strictObject({
  templateId: idSchema("Mẫu báo cáo").openapi({ example: "BC_6_THANG-V1" }),
  provinceId: idSchema("Tỉnh").openapi({ example: "P34-82" }),
  year: z.number().int().min(2000).max(2100),
  index: z
    .number()
    .int()
    .min(1)
    .max(12)
    .describe("Số thứ tự kỳ: quý 1–4, nửa năm 1–2, năm 1, hoặc tháng chốt số 1–12 của báo cáo nhanh"),
});

const editBodySchema = z.strictObject({
  version: versionField,
  cells: z
    .array(
      z.strictObject({
        row: cellCode,
        column: z.enum(reportColumnCodes),
        value: z.string().max(40).nullable().describe("null xóa ô"),
        valueKind: z.enum(reportValueKinds).optional(),
      }),
    )
    .max(500)
    .default([]),
  narrative: z
    .array(
      z.strictObject({
        section: cellCode,
        body: textSchema({ labelVi: "Thuyết minh", max: 20_000, kind: "multiline" }),
      }),
    )
    .max(20)
    .default([]),
});

const submitBodySchema = z.strictObject({
  version: versionField,
  acknowledgements: z
    .array(
      z.strictObject({
        checkId: z.string().max(200),
        reasonVi: textSchema({ labelVi: "Lý do", max: 2000, kind: "text" }),
      }),
    )
    .max(100)
    .default([]),
});

const returnBodySchema = z.strictObject({
  version: versionField,
  comments: z
    .array(
      z.strictObject({
        row: cellCode.nullable().default(null),
        column: z.enum(reportColumnCodes).nullable().default(null),
        body: textSchema({ labelVi: "Ý kiến", max: 4000, min: 1, kind: "multiline" }),
      }),
    )
    .max(200),
});

const stepBodySchema = z.strictObject({
  version: versionField,
  reason: textSchema({ labelVi: "Lý do", max: 2000, kind: "text" }).nullable().default(null),
});

const listQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  periodIndex: z.coerce.number().int().min(1).max(12).optional(),
  templateId: idSchema("Mẫu báo cáo").optional(),
  provinceId: idSchema("Tỉnh").optional(),
  state: z.enum(reportStates).optional(),
});

const diffSchema = z
  .object({
    from: z.number().int(),
    to: z.number().int(),
    cells: z.array(
      z.object({
        cell: z.string(),
        before: z.string().nullable(),
        after: z.string().nullable(),
        beforeKind: z.string().nullable(),
        afterKind: z.string().nullable(),
      }),
    ),
    narrative: z.array(z.object({ section: z.string(), before: z.string(), after: z.string() })),
  })
  .openapi("ReportSubmissionDiff");

const writeResponses = { ...errorResponses, ...conflictResponse, ...unprocessableResponse };
const today = (now: Date) => todayInVietnam(now);

export const reportRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/report-templates",
      tags: reportTags,
      summary: "Các mẫu báo cáo định kỳ và phiên bản, với thời gian hiệu lực và văn bản pháp lý",
      security: cookieAuth,
      responses: {
        200: jsonResponse(z.object({ items: z.array(templateSchema) }), "Mẫu báo cáo"),
        ...errorResponses,
      },
    }),
    async (c) => {
      await reportPolicy.authorize(c, "reports.read");
      const templates = await listTemplates(c.get("deps").db);
      return c.json({ items: templates.map(({ id, template }) => presentTemplate(id, template)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports",
      tags: reportTags,
      summary: "Danh sách báo cáo định kỳ trong phạm vi (lọc theo năm, kỳ, mẫu, tỉnh, trạng thái)",
      security: cookieAuth,
      request: { query: listQuerySchema },
      responses: {
        200: jsonResponse(z.object({ items: z.array(reportSummarySchema) }), "Báo cáo"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await reportPolicy.authorize(c, "reports.read");
      const { db } = c.get("deps");
      const rows = await listReports(db, actor, c.req.valid("query"));
      const labels = await unitLabels(db, [...new Set(rows.map((row) => row.provinceId))]);
      return c.json({ items: rows.map((row) => presentSummary(row, row, labels)) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports",
      tags: reportTags,
      summary: "Mở báo cáo của tỉnh cho một kỳ: bản nháp, số liệu lấy sẵn từ hồ sơ",
      security: cookieAuth,
      request: { body: jsonBody(openBodySchema) },
      responses: { 201: reportDetailResponse, ...writeResponses },
    }),
    async (c) => {
      const actor = await reportPolicy.authorize(c, "reports.fill");
      const id = await openReport({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
        today: today(c.get("deps").now()),
      });
      return c.json(await reportPageOf(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}",
      tags: reportTags,
      summary: "Một báo cáo: ô số liệu theo phần, kiểm tra tự động, ý kiến, các lần gửi, thao tác được làm",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: reportDetailResponse, ...errorResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      await reportPolicy.authorize(c, "reports.read", id);
      return c.json(await reportPageOf(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/reports/{id}",
      tags: reportTags,
      summary: "Nhập, sửa ô số liệu và thuyết minh (khi báo cáo đang lập hoặc bị trả lại)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(editBodySchema) },
      responses: { 200: reportDetailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.fill", id);
      await editReport({ db: c.get("deps").db, actor, meta: requestMeta(c), id, input: c.req.valid("json") });
      return c.json(await reportPageOf(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports/{id}/prefill",
      tags: reportTags,
      summary:
        "Lấy lại số liệu từ hồ sơ (ô đã nhập tay giữ nguyên; số ước thay bằng số thực hiện khi hết kỳ)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(z.strictObject({ version: versionField })) },
      responses: { 200: reportDetailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.fill", id);
      await refreshPrefill({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        version: c.req.valid("json").version,
        today: today(c.get("deps").now()),
      });
      return c.json(await reportPageOf(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports/{id}/submit",
      tags: reportTags,
      summary:
        "Gửi (hoặc gửi lại) báo cáo: bị từ chối nếu còn ô chưa nhập hoặc kiểm tra chưa đạt (cảnh báo được giải trình)",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(submitBodySchema) },
      responses: { 200: reportDetailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.fill", id);
      await submitReport({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
        now: c.get("deps").now(),
      });
      return c.json(await reportPageOf(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports/{id}/return",
      tags: reportTags,
      summary: "Trả lại báo cáo để tỉnh sửa, với ý kiến theo từng ô hoặc cho cả báo cáo",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(returnBodySchema) },
      responses: { 200: reportDetailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.review", id);
      await returnReport({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await reportPageOf(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/reports/{id}/steps/{step}",
      tags: reportTags,
      summary: "Duyệt, khóa (lãnh đạo Cục) hoặc mở khóa báo cáo (lãnh đạo Cục, cần lý do)",
      security: cookieAuth,
      request: {
        params: idParam.extend({
          step: z.enum(["APPROVE", "LOCK", "UNLOCK"]).openapi({ param: { name: "step", in: "path" } }),
        }),
        body: jsonBody(stepBodySchema),
      },
      responses: { 200: reportDetailResponse, ...writeResponses },
    }),
    async (c) => {
      const { id, step } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.review", id);
      await takeReportStep({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        step,
        input: c.req.valid("json"),
      });
      return c.json(await reportPageOf(c, id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/reports/{id}/submissions/{from}/diff/{to}",
      tags: reportTags,
      summary: "So sánh hai lần gửi của một báo cáo: ô số liệu và thuyết minh đã thay đổi",
      security: cookieAuth,
      request: {
        params: idParam.extend({
          from: z.coerce
            .number()
            .int()
            .min(1)
            .openapi({ param: { name: "from", in: "path" } }),
          to: z.coerce
            .number()
            .int()
            .min(1)
            .openapi({ param: { name: "to", in: "path" } }),
        }),
      },
      responses: { 200: jsonResponse(diffSchema, "Các thay đổi"), ...errorResponses },
    }),
    async (c) => {
      const { id, from, to } = c.req.valid("param");
      const actor = await reportPolicy.authorize(c, "reports.read", id);
      const { db } = c.get("deps");
      await reportPolicy.inScopeOr404(c, await findReportInScope(db, actor, id), id);
      const submissions = await reportSubmissions(db, id);
      const snapshot = (number: number) => submissions.find((s) => s.number === number)?.snapshot;
      const before = snapshot(from);
      const after = snapshot(to);
      if (!before || !after) throw new AppError("NOT_FOUND", { detail: "Không có lần gửi này" });
      const difference: SnapshotDifference = diffSnapshots(
        before as SubmissionSnapshot,
        after as SubmissionSnapshot,
      );
      return c.json({ from, to, ...difference }, 200);
    },
  );
