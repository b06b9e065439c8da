import { z } from "@hono/zod-openapi";
import { moneySchema, pctSchema } from "../plans/plans.presenter";

/** Response shapes of the dashboard (OpenAPI): every amount as exact đồng plus its printed text. */
const budgetFiguresShape = {
  plan: moneySchema,
  exec: moneySchema,
  execPct: pctSchema,
  prevExec: moneySchema,
  growth: pctSchema,
};
const budgetFigures = z.object(budgetFiguresShape);

export const dashboardScopeSchema = z.object({
  level: z.enum(["NATIONAL", "REGION", "UNIT"]),
  region: z.string().nullable(),
  unit: z.string().nullable(),
  labelVi: z.string(),
  parents: z.array(
    z.object({ labelVi: z.string(), region: z.string().optional(), unit: z.string().optional() }),
  ),
});

const rowSchema = z.object({
  ...budgetFiguresShape,
  key: z.string(),
  labelVi: z.string(),
  level: z.enum(["REGION", "UNIT"]),
  drill: z.object({ region: z.string().optional(), unit: z.string().optional() }).nullable(),
  bySource: z.object({ KCQG: budgetFigures, KCDP: budgetFigures }),
});

export const budgetViewSchema = z
  .object({
    scope: dashboardScopeSchema,
    year: z.number(),
    cutoffMonth: z.number(),
    basis: z.enum(["AS_OF", "CURRENT"]),
    periodLabelVi: z.string(),
    totals: z.object({ ...budgetFiguresShape, carriedOver: moneySchema, reported: moneySchema }),
    bySource: z.array(z.object({ ...budgetFiguresShape, source: z.string(), labelVi: z.string() })),
    rows: z.array(rowSchema),
    ranking: z.object({ top: z.array(rowSchema), bottom: z.array(rowSchema) }),
    trend: z.array(z.object({ year: z.number(), plan: moneySchema, exec: moneySchema, execPct: pctSchema })),
    monthly: z.array(
      z.object({ month: z.number(), exec: moneySchema, cumulative: moneySchema, cumulativePct: pctSchema }),
    ),
  })
  .openapi("DashboardBudgetView");

export const outputsViewSchema = z
  .object({
    scope: dashboardScopeSchema,
    yearFrom: z.number(),
    yearTo: z.number(),
    indicators: z.array(
      z.object({
        code: z.string(),
        labelVi: z.string(),
        unitVi: z.string(),
        total: z.string(),
        byYear: z.array(z.object({ year: z.number(), value: z.string() })),
      }),
    ),
  })
  .openapi("DashboardOutputs");

export const recordsViewSchema = z
  .object({
    scope: dashboardScopeSchema,
    total: moneySchema,
    projects: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        title: z.string(),
        fundingLevel: z.enum(["KCQG", "KCDP"]),
        budgetYear: z.number(),
        exec: moneySchema,
      }),
    ),
    reported: z.array(
      z.object({
        id: z.string(),
        unitLabelVi: z.string(),
        cutoffMonth: z.number(),
        source: z.string(),
        sourceLabelVi: z.string(),
        value: moneySchema,
        valueKind: z.enum(["ACTUAL", "ESTIMATE"]),
        noteVi: z.string(),
      }),
    ),
  })
  .openapi("DashboardRecords");
