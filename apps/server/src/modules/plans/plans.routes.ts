import { createRoute, z } from "@hono/zod-openapi";
import {
  annualPlanCreateSchema,
  annualPlanRevisionSchema,
  idSchema,
  programmeCreateSchema,
} from "@kc/domain";
import { asc, eq } from "drizzle-orm";
import type { Context } from "hono";
import { programme } from "../../db/schema/index";
import { invalidates } from "../../platform/cache-invalidation";
import type { AppEnv } from "../../platform/context";
import {
  conflictResponse,
  cookieAuth,
  createRouter,
  errorResponses,
  idParam,
  jsonBody,
  jsonResponse,
  requestMeta,
  requireActor,
  unprocessableResponse,
} from "../../platform/router";
import { createAnnualPlan } from "./create-annual-plan";
import { createProgramme } from "./create-programme";
import { planActions, planPolicy } from "./plans.policy";
import {
  planDetailSchema,
  planSummarySchema,
  presentPlanDetail,
  presentPlanSummary,
  presentProgramme,
  programmeSchema,
} from "./plans.presenter";
import { findPlanInScope, listPlans, loadPlanDetail, planFigures } from "./plans.queries";
import { reviseAnnualPlan } from "./revise-annual-plan";
import { planUnitsFor, unitLabels } from "./unit-scope";

const tags = ["Kế hoạch khuyến công"];

async function planPage(c: Context<AppEnv>, id: string) {
  const { db } = c.get("deps");
  const actor = requireActor(c);
  const plan = await planPolicy.inScopeOr404(c, await findPlanInScope(db, actor, id), id);
  const [[owner], labels, figures, detail] = await Promise.all([
    db.select({ nameVi: programme.nameVi }).from(programme).where(eq(programme.id, plan.programmeId)),
    unitLabels(db, [plan.unitId]),
    planFigures(db, [plan]),
    loadPlanDetail(db, id),
  ]);
  const totals = figures.get(id) ?? { planned: new Map(), executed: new Map() };
  const summary = presentPlanSummary(
    plan,
    owner?.nameVi ?? "",
    labels.get(plan.unitId) ?? plan.unitId,
    totals,
  );
  return presentPlanDetail(summary, totals, detail, planActions(actor));
}

const yearQuery = z.coerce.number().int().min(2007).max(2100);

export const planRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/programmes",
      tags,
      summary: "Chương trình khuyến công quốc gia và địa phương",
      security: cookieAuth,
      responses: {
        200: jsonResponse(z.object({ items: z.array(programmeSchema) }), "Các chương trình"),
        ...errorResponses,
      },
    }),
    async (c) => {
      await planPolicy.authorize(c, "plans.read");
      const { db } = c.get("deps");
      const rows = await db.select().from(programme).orderBy(asc(programme.yearFrom), asc(programme.level));
      const labels = await unitLabels(
        db,
        rows.flatMap((r) => (r.unitId ? [r.unitId] : [])),
      );
      return c.json(
        { items: rows.map((r) => presentProgramme(r, r.unitId ? (labels.get(r.unitId) ?? null) : null)) },
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/programmes",
      tags,
      summary: "Thêm chương trình khuyến công địa phương",
      security: cookieAuth,
      request: { body: jsonBody(programmeCreateSchema) },
      responses: {
        201: jsonResponse(programmeSchema, "Chương trình đã thêm"),
        ...errorResponses,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await planPolicy.authorize(c, "plans.manage");
      const { db } = c.get("deps");
      const id = await createProgramme({ db, actor, meta: requestMeta(c), input: c.req.valid("json") });
      const [row] = await db.select().from(programme).where(eq(programme.id, id));
      if (!row) throw new Error("programme vanished");
      const labels = await unitLabels(db, row.unitId ? [row.unitId] : []);
      return c.json(presentProgramme(row, row.unitId ? (labels.get(row.unitId) ?? null) : null), 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/plan-units",
      tags,
      summary: "Đơn vị lập kế hoạch trong một năm (tỉnh theo địa giới năm đó và Trung ương)",
      security: cookieAuth,
      request: { query: z.object({ year: yearQuery }) },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(z.object({ id: z.string(), labelVi: z.string() })) }),
          "Đơn vị",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await planPolicy.authorize(c, "plans.read");
      return c.json({ items: await planUnitsFor(c.get("deps").db, actor, c.req.valid("query").year) }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/annual-plans",
      tags,
      summary: "Kế hoạch khuyến công năm trong phạm vi dữ liệu",
      security: cookieAuth,
      request: {
        query: z.object({
          year: yearQuery.optional(),
          unit: idSchema("Đơn vị").optional(),
          page: z.coerce.number().int().min(1).max(10_000).default(1),
          pageSize: z.coerce.number().int().min(1).max(200).default(50),
        }),
      },
      responses: {
        200: jsonResponse(
          z.object({ items: z.array(planSummarySchema), total: z.number() }),
          "Một trang kế hoạch",
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const actor = await planPolicy.authorize(c, "plans.read");
      const { db } = c.get("deps");
      const { rows, total } = await listPlans(db, actor, c.req.valid("query"));
      const plans = rows.map((r) => r.plan);
      const [labels, figures] = await Promise.all([
        unitLabels(
          db,
          plans.map((p) => p.unitId),
        ),
        planFigures(db, plans),
      ]);
      const items = rows.map(({ plan, programmeNameVi }) =>
        presentPlanSummary(
          plan,
          programmeNameVi,
          labels.get(plan.unitId) ?? plan.unitId,
          figures.get(plan.id) ?? { planned: new Map(), executed: new Map() },
        ),
      );
      return c.json({ items, total }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/annual-plans/{id}",
      tags,
      summary: "Kế hoạch năm với các lần điều chỉnh",
      security: cookieAuth,
      request: { params: idParam },
      responses: { 200: jsonResponse(planDetailSchema, "Kế hoạch"), ...errorResponses },
    }),
    async (c) => {
      await planPolicy.authorize(c, "plans.read");
      return c.json(await planPage(c, c.req.valid("param").id), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/annual-plans",
      middleware: [invalidates("summary")],
      tags,
      summary: "Ghi kế hoạch khuyến công năm đã được phê duyệt",
      security: cookieAuth,
      request: { body: jsonBody(annualPlanCreateSchema) },
      responses: {
        201: jsonResponse(planDetailSchema, "Kế hoạch đã ghi"),
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await planPolicy.authorize(c, "plans.manage");
      const id = await createAnnualPlan({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        input: c.req.valid("json"),
      });
      return c.json(await planPage(c, id), 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/annual-plans/{id}/revisions",
      middleware: [invalidates("summary")],
      tags,
      summary: "Điều chỉnh kế hoạch năm theo quyết định mới",
      security: cookieAuth,
      request: { params: idParam, body: jsonBody(annualPlanRevisionSchema) },
      responses: {
        200: jsonResponse(planDetailSchema, "Kế hoạch sau điều chỉnh"),
        ...errorResponses,
        ...conflictResponse,
        ...unprocessableResponse,
      },
    }),
    async (c) => {
      const actor = await planPolicy.authorize(c, "plans.manage");
      const { id } = c.req.valid("param");
      await reviseAnnualPlan({
        db: c.get("deps").db,
        actor,
        meta: requestMeta(c),
        id,
        input: c.req.valid("json"),
      });
      return c.json(await planPage(c, id), 200);
    },
  );
