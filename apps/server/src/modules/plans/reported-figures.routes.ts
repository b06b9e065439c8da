import { createRoute, z } from "@hono/zod-openapi";
import {
  checkStatements,
  type FundingSource,
  fundingSourceCodes,
  fundingSourceLabels,
  idSchema,
  type PlanContent,
  planContentCodes,
  type ReportedIndicator,
  reportedFiguresInputSchema,
  reportedIndicatorCodes,
  reportedIndicators,
  southern2018Report,
  valueKindCodes,
} from "@kc/domain";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import { reportedFigure } from "../../db/schema/index";
import { invalidates } from "../../platform/cache-invalidation";
import { requireAbility } from "../../platform/policy";
import {
  cookieAuth,
  createRouter,
  errorResponses,
  jsonBody,
  jsonResponse,
  requestMeta,
  requireActor,
  unprocessableResponse,
} from "../../platform/router";
import { figureCheckResultSchema } from "../figures/figure-check-schema";
import { figureText } from "../figures/figure-view";
import { reportFigures } from "./report-figures";
import { unitLabels, unitOrPredecessorsOf, unitScopeCondition } from "./unit-scope";

const tags = ["Kế hoạch khuyến công"];

const reportedFigureSchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitLabelVi: z.string(),
    year: z.number(),
    cutoffMonth: z.number(),
    indicator: z.enum(reportedIndicatorCodes),
    indicatorLabelVi: z.string(),
    source: z.enum(fundingSourceCodes).nullable(),
    sourceLabelVi: z.string().nullable(),
    content: z.enum(planContentCodes).nullable(),
    value: z.string(),
    /** The value as printed: triệu đồng for money, a grouped count otherwise. */
    valueText: z.string(),
    valueKind: z.enum(valueKindCodes),
    noteVi: z.string(),
    version: z.number(),
  })
  .openapi("ReportedFigure");
const listResponse = jsonResponse(z.object({ items: z.array(reportedFigureSchema) }), "Số liệu báo cáo");

const figureCheckPresetsSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      titleVi: z.string(),
      results: z.array(figureCheckResultSchema),
    }),
  ),
});

const listQuery = z.object({
  year: z.coerce.number().int().min(2007).max(2100).optional(),
  unit: idSchema("Đơn vị").optional(),
});

export const reportedFigureRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/reported-figures",
      tags,
      summary: "Số liệu do đơn vị báo cáo (lũy kế từ đầu năm đến hết tháng chốt số liệu)",
      security: cookieAuth,
      request: { query: listQuery },
      responses: { 200: listResponse, ...errorResponses },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db } = c.get("deps");
      await requireAbility(db, actor, "plans.read", requestMeta(c), { entity: "reported_figure" });
      return c.json({ items: await listReported(db, actor, c.req.valid("query")) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "put",
      path: "/reported-figures",
      middleware: [invalidates("summary")],
      tags,
      summary: "Nhập một báo cáo số liệu của đơn vị (thay số đã báo cáo cùng kỳ, giữ lịch sử trong nhật ký)",
      security: cookieAuth,
      request: { body: jsonBody(reportedFiguresInputSchema) },
      responses: { 200: listResponse, ...errorResponses, ...unprocessableResponse },
    }),
    async (c) => {
      const actor = requireActor(c);
      const { db } = c.get("deps");
      await requireAbility(db, actor, "figures.report", requestMeta(c), { entity: "reported_figure" });
      const input = c.req.valid("json");
      await reportFigures({ db, actor, meta: requestMeta(c), input });
      return c.json({ items: await listReported(db, actor, { year: input.year, unit: input.unitId }) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/figure-checks/presets",
      tags,
      summary: "Kiểm tra tính nhất quán của số liệu in trong báo cáo hội nghị",
      security: cookieAuth,
      responses: {
        200: jsonResponse(figureCheckPresetsSchema, "Kết quả kiểm tra"),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = requireActor(c);
      await requireAbility(c.get("deps").db, actor, "dashboard.read", requestMeta(c), {
        entity: "figure_check",
      });
      const report = southern2018Report;
      return c.json(
        { items: [{ id: report.id, titleVi: report.titleVi, results: checkStatements(report.statements) }] },
        200,
      );
    },
  );

async function listReported(
  db: Parameters<typeof reportFigures>[0]["db"],
  actor: ReturnType<typeof requireActor>,
  filter: { year?: number | undefined; unit?: string | undefined },
) {
  const conditions: SQL[] = [unitScopeCondition(actor, sql`${reportedFigure.unitId}`)];
  if (filter.year !== undefined) conditions.push(eq(reportedFigure.year, filter.year));
  if (filter.unit) {
    conditions.push(unitOrPredecessorsOf(sql`${reportedFigure.unitId}`, filter.unit));
  }
  const rows = await db
    .select()
    .from(reportedFigure)
    .where(and(...conditions))
    .orderBy(
      asc(reportedFigure.year),
      asc(reportedFigure.unitId),
      asc(reportedFigure.cutoffMonth),
      asc(reportedFigure.indicator),
    )
    .limit(2000);
  const labels = await unitLabels(db, [...new Set(rows.map((r) => r.unitId))]);
  // The columns hold only codes the domain's figures input schema accepted ('' for no breakdown).
  return rows.map((r) => ({
    id: r.id,
    unitId: r.unitId,
    unitLabelVi: labels.get(r.unitId) ?? r.unitId,
    year: r.year,
    cutoffMonth: r.cutoffMonth,
    indicator: r.indicator as ReportedIndicator,
    indicatorLabelVi: reportedIndicators[r.indicator as ReportedIndicator]?.labelVi ?? r.indicator,
    source: (r.source || null) as FundingSource | null,
    sourceLabelVi: r.source ? (fundingSourceLabels[r.source as FundingSource] ?? r.source) : null,
    content: (r.content || null) as PlanContent | null,
    value: `${r.value}`,
    valueText: figureText(r.indicator, r.value),
    valueKind: r.valueKind,
    noteVi: r.noteVi,
    version: r.version,
  }));
}
