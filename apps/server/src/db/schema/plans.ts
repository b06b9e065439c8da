import type { ProgrammeLevel, ValueKind } from "@kc/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { at, day, money } from "./columns";
import { adminUnit } from "./reference";

/**
 * Khuyến công programmes (DOMAIN §3.8, §9.1 Programme): the national ones (Decision 1288/QĐ-TTg, 1881/QĐ-TTg,
 * 2646/QĐ-BCT) and the provincial ones approved by a provincial People's Committee. An annual plan belongs to the
 * programme whose period contains its year.
 */
export const programme = pgTable(
  "programme",
  {
    id: text("id").primaryKey(),
    level: text("level").$type<ProgrammeLevel>().notNull(),
    unitId: text("unit_id").references(() => adminUnit.id),
    nameVi: text("name_vi").notNull(),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: day("decision_date").notNull(),
    issuerVi: text("issuer_vi").notNull(),
    yearFrom: integer("year_from").notNull(),
    yearTo: integer("year_to").notNull(),
    /** [{ indicator, target }] with target an integer as a decimal string (đồng or a count). */
    targets: jsonb("targets").notNull().default(sql`'[]'::jsonb`),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [check("programme_years_ck", sql`${t.yearFrom} <= ${t.yearTo}`)],
);

/**
 * One annual plan per unit and year (DOMAIN §9.1 AnnualPlan). `unit_id` is the provincial unit as it was in that
 * year ("P63-87" for Đồng Tháp in 2017) or "TW" for the central agency's own plan, so it is not a foreign key.
 * Its current lines are in `annual_plan_line`; every approved version, with the decision that approved it, is a
 * row of `annual_plan_revision`.
 */
export const annualPlan = pgTable(
  "annual_plan",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    programmeId: text("programme_id")
      .notNull()
      .references(() => programme.id),
    revision: integer("revision").notNull().default(1),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: day("decision_date").notNull(),
    total: money("total").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("annual_plan_unit_year_uq").on(t.unitId, t.year),
    index("annual_plan_year_idx").on(t.year),
  ],
);

export const annualPlanLine = pgTable(
  "annual_plan_line",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => annualPlan.id, { onDelete: "cascade" }),
    source: text("source").notNull(),
    content: text("content").notNull(),
    amount: money("amount").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.planId, t.source, t.content] }),
    check("annual_plan_line_amount_ck", sql`${t.amount} >= 0`),
  ],
);

export const annualPlanRevision = pgTable(
  "annual_plan_revision",
  {
    planId: text("plan_id")
      .notNull()
      .references(() => annualPlan.id, { onDelete: "cascade" }),
    revision: integer("revision").notNull(),
    decisionNumber: text("decision_number").notNull(),
    decisionDate: day("decision_date").notNull(),
    noteVi: text("note_vi").notNull().default(""),
    /** The whole set of lines this revision approved: [{ source, content, amount }]. */
    lines: jsonb("lines").notNull(),
    total: money("total").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    createdByName: text("created_by_name").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.planId, t.revision] })],
);

/**
 * Figures reported by a unit rather than derived from records (years before the system, outputs of modules not
 * built yet), DOMAIN §9.7 Q1: `value` is cumulative from January to the end of `cutoff_month`, with its kind
 * (actual or estimate). Source and content are '' when the indicator has no such breakdown.
 */
export const reportedFigure = pgTable(
  "reported_figure",
  {
    id: text("id").primaryKey(),
    unitId: text("unit_id").notNull(),
    year: integer("year").notNull(),
    cutoffMonth: smallint("cutoff_month").notNull(),
    indicator: text("indicator").notNull(),
    source: text("source").notNull().default(""),
    content: text("content").notNull().default(""),
    value: money("value").notNull(),
    valueKind: text("value_kind").$type<ValueKind>().notNull(),
    noteVi: text("note_vi").notNull().default(""),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("reported_figure_key_uq").on(
      t.unitId,
      t.year,
      t.indicator,
      t.source,
      t.content,
      t.cutoffMonth,
    ),
    index("reported_figure_year_idx").on(t.year, t.unitId),
    check("reported_figure_month_ck", sql`${t.cutoffMonth} BETWEEN 1 AND 12`),
    check("reported_figure_value_ck", sql`${t.value} >= 0`),
  ],
);

/**
 * The summary every dashboard reads (decision 0007): one row per unit as it was at the time × year × month ×
 * budget year × indicator × source × content × origin, with the unit re-based onto today's map and both regions
 * resolved when the row is written. Month 0 holds the annual plan. Kept by the writing use cases in their own
 * transaction (`modules/figures/figure-summary.ts`); `npm run summary:rebuild` recounts it from the records.
 */
export const figureSummary = pgTable(
  "figure_summary",
  {
    unitId: text("unit_id").notNull(),
    currentUnitId: text("current_unit_id").notNull(),
    regionAsOf: text("region_as_of").notNull(),
    regionCurrent: text("region_current").notNull(),
    year: integer("year").notNull(),
    month: smallint("month").notNull(),
    budgetYear: integer("budget_year").notNull(),
    indicator: text("indicator").notNull(),
    source: text("source").notNull(),
    content: text("content").notNull(),
    origin: text("origin").notNull(),
    value: money("value").notNull(),
  },
  (t) => [
    primaryKey({
      columns: [t.unitId, t.year, t.month, t.budgetYear, t.indicator, t.source, t.content, t.origin],
    }),
    index("figure_summary_year_idx").on(t.indicator, t.year),
    index("figure_summary_current_idx").on(t.currentUnitId, t.indicator, t.year),
  ],
);

/**
 * The summary rolled up over activity content and budget year (decision 0007): what the dashboard views read, a
 * ninth of the rows. `carried` marks money paid from an earlier year's budget. Kept by the same SQL function and
 * rebuild as `figure_summary`, and checked against it by `summaryDrift`.
 */
export const figureRollup = pgTable(
  "figure_rollup",
  {
    unitId: text("unit_id").notNull(),
    currentUnitId: text("current_unit_id").notNull(),
    regionAsOf: text("region_as_of").notNull(),
    regionCurrent: text("region_current").notNull(),
    year: integer("year").notNull(),
    month: smallint("month").notNull(),
    indicator: text("indicator").notNull(),
    source: text("source").notNull(),
    carried: boolean("carried").notNull(),
    origin: text("origin").notNull(),
    value: money("value").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.unitId, t.year, t.month, t.indicator, t.source, t.carried, t.origin] }),
    index("figure_rollup_year_idx").on(t.indicator, t.year),
    index("figure_rollup_current_idx").on(t.currentUnitId, t.indicator, t.year),
  ],
);

/**
 * One number that moves with every write to the summary or its roll-up (decision 0009): the dashboard keeps its
 * answers against it and computes again once it has moved. Bumped by statement triggers on both tables (migration
 * 0013), in the writing transaction, so no write path can forget it and a rolled-back write does not move it.
 */
export const figureSummaryGeneration = pgTable(
  "figure_summary_generation",
  {
    id: boolean("id").primaryKey().default(true),
    generation: bigint("generation", { mode: "bigint" }).notNull().default(sql`0`),
  },
  (t) => [check("figure_summary_generation_one_row", sql`${t.id}`)],
);
