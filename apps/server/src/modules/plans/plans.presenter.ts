import { z } from "@hono/zod-openapi";
import {
  type ActionAvailability,
  type FundingSource,
  fundingSourceCodes,
  type PlanContent,
  planContentCodes,
  programmeLevelCodes,
  type ReportedIndicator,
  reportedIndicatorCodes,
  reportedIndicators,
  sourceGroupCodes,
} from "@kc/domain";
import type { annualPlan, annualPlanLine, annualPlanRevision, programme } from "../../db/schema/index";
import { actionAvailabilitySchema } from "../../platform/action-availability";
import { figureText, type Money, money, type Pct, percentOfPlan } from "../figures/figure-view";

export const moneySchema = z.object({ dong: z.string(), text: z.string() }).openapi("Money");
export const pctSchema = z.object({ value: z.string(), text: z.string() }).nullable().openapi("Percent");
const bySourceSchema = z.object({
  KCQG: moneySchema,
  KCDP: moneySchema,
  COUNTERPART: moneySchema,
  OTHER: moneySchema,
});
const planLineSchema = z.object({
  source: z.enum(fundingSourceCodes),
  content: z.enum(planContentCodes),
  amount: z.string(),
});

export const planSummarySchema = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitLabelVi: z.string(),
    year: z.number(),
    programmeId: z.string(),
    programmeNameVi: z.string(),
    revision: z.number(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    total: moneySchema,
    bySource: bySourceSchema,
    executed: moneySchema,
    execPct: pctSchema,
    version: z.number(),
  })
  .openapi("AnnualPlanSummary");

export const planDetailSchema = planSummarySchema
  .extend({
    lines: z.array(planLineSchema),
    executedBySource: bySourceSchema,
    /** % of plan per source group, computed by the figure engine (null without a plan for that group). */
    execPctBySource: z.object({ KCQG: pctSchema, KCDP: pctSchema, COUNTERPART: pctSchema, OTHER: pctSchema }),
    revisions: z.array(
      z.object({
        revision: z.number(),
        decisionNumber: z.string(),
        decisionDate: z.string(),
        noteVi: z.string(),
        total: moneySchema,
        lines: z.array(planLineSchema),
        createdAt: z.string(),
        createdByName: z.string(),
      }),
    ),
    actions: z
      .object({ revise: actionAvailabilitySchema.optional() })
      .describe(
        "Điều chỉnh kế hoạch theo quyết định mới, kèm lý do sẽ bị từ chối; vắng mặt: người gọi không quản lý kế hoạch",
      ),
  })
  .openapi("AnnualPlanDetail");

type Plan = typeof annualPlan.$inferSelect;
type Totals = { planned: Map<string, bigint>; executed: Map<string, bigint> };

function bySource(totals: Map<string, bigint>) {
  const entries = sourceGroupCodes.map((group) => [group, money(totals.get(group) ?? 0n)] as const);
  return Object.fromEntries(entries) as Record<(typeof sourceGroupCodes)[number], Money>;
}

/** Kinh phí khuyến công (KCQG + KCĐP): the figures % of plan is about; counterpart money is shown apart. */
function khuyenCong(totals: Map<string, bigint>) {
  return (totals.get("KCQG") ?? 0n) + (totals.get("KCDP") ?? 0n);
}

export function presentPlanSummary(plan: Plan, programmeNameVi: string, unitLabelVi: string, totals: Totals) {
  const executed = khuyenCong(totals.executed);
  return {
    id: plan.id,
    unitId: plan.unitId,
    unitLabelVi,
    year: plan.year,
    programmeId: plan.programmeId,
    programmeNameVi,
    revision: plan.revision,
    decisionNumber: plan.decisionNumber,
    decisionDate: plan.decisionDate,
    total: money(plan.total),
    bySource: bySource(totals.planned),
    executed: money(executed),
    execPct: percentOfPlan(executed, khuyenCong(totals.planned)),
    version: plan.version,
  };
}

export function presentPlanDetail(
  summary: ReturnType<typeof presentPlanSummary>,
  totals: Totals,
  detail: {
    lines: (typeof annualPlanLine.$inferSelect)[];
    revisions: (typeof annualPlanRevision.$inferSelect)[];
  },
  actions: { revise?: ActionAvailability },
) {
  return {
    ...summary,
    lines: detail.lines.map((l) => ({
      // The columns hold only codes the domain's plan input schema accepted.
      source: l.source as FundingSource,
      content: l.content as PlanContent,
      amount: `${l.amount}`,
    })),
    executedBySource: bySource(totals.executed),
    execPctBySource: Object.fromEntries(
      sourceGroupCodes.map((group) => [
        group,
        percentOfPlan(totals.executed.get(group) ?? 0n, totals.planned.get(group) ?? 0n),
      ]),
    ) as Record<(typeof sourceGroupCodes)[number], Pct>,
    revisions: detail.revisions.map((r) => ({
      revision: r.revision,
      decisionNumber: r.decisionNumber,
      decisionDate: r.decisionDate,
      noteVi: r.noteVi,
      total: money(r.total),
      lines: r.lines as { source: FundingSource; content: PlanContent; amount: string }[],
      createdAt: r.createdAt.toISOString(),
      createdByName: r.createdByName,
    })),
    actions,
  };
}

export const programmeSchema = z
  .object({
    id: z.string(),
    level: z.enum(programmeLevelCodes),
    unitId: z.string().nullable(),
    unitLabelVi: z.string().nullable(),
    nameVi: z.string(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    issuerVi: z.string(),
    yearFrom: z.number(),
    yearTo: z.number(),
    targets: z.array(
      z.object({
        indicator: z.enum(reportedIndicatorCodes),
        labelVi: z.string(),
        target: z.string(),
        targetText: z.string(),
      }),
    ),
    version: z.number(),
  })
  .openapi("Programme");

export function presentProgramme(row: typeof programme.$inferSelect, unitLabelVi: string | null) {
  const targets = row.targets as { indicator: ReportedIndicator; target: string }[];
  return {
    id: row.id,
    level: row.level,
    unitId: row.unitId,
    unitLabelVi,
    nameVi: row.nameVi,
    decisionNumber: row.decisionNumber,
    decisionDate: row.decisionDate,
    issuerVi: row.issuerVi,
    yearFrom: row.yearFrom,
    yearTo: row.yearTo,
    targets: targets.map((t) => ({
      ...t,
      labelVi: reportedIndicators[t.indicator]?.labelVi ?? t.indicator,
      targetText: figureText(t.indicator, BigInt(t.target)),
    })),
    version: row.version,
  };
}
