import {
  type DisbursementKind,
  type DocumentKind,
  disbursementKindCodes,
  type FundingLevel,
  type ProjectKind,
  type ProjectStatus,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { user } from "./auth";
import { inList, isNfc } from "./checks";
import { at, bytea, day, money } from "./columns";
import { establishment } from "./establishments";
import { adminUnit, organisation } from "./reference";

/**
 * Support projects (đề án khuyến công, DOMAIN.md §4, §9.1). `province_id` is the province the project belongs to
 * (its KCĐP province, or where a KCQG project is carried out; null for a multi-province project of a central or
 * regional unit) and is the tenant column of every scoped query. Money is integer đồng. The columns under "money
 * sub-ledger" are kept by the disbursement and settlement use cases in the same transaction as their rows, so the
 * caps are checked against one locked row and the list never sums raw rows.
 */
export const project = pgTable(
  "project",
  {
    id: text("id").primaryKey(),
    code: text("code").notNull(),
    title: text("title").notNull(),
    kind: text("kind").$type<ProjectKind>().notNull(),
    fundingLevel: text("funding_level").$type<FundingLevel>().notNull(),
    localLevel: text("local_level"),
    planYear: integer("plan_year").notNull(),
    provinceId: text("province_id").references(() => adminUnit.id),
    implementerOrgId: text("implementer_org_id").references(() => organisation.id),
    implementerName: text("implementer_name").notNull(),
    coordinatingOrgIds: text("coordinating_org_ids").array().notNull().default(sql`'{}'::text[]`),
    activities: text("activities").array().notNull(),
    industries: text("industries").array().notNull().default(sql`'{}'::text[]`),
    selectionMethod: text("selection_method").notNull(),
    startDate: day("start_date"),
    endDate: day("end_date"),
    summary: text("summary").notNull().default(""),
    status: text("status").$type<ProjectStatus>().notNull(),
    statusChangedAt: at("status_changed_at").notNull().defaultNow(),
    // Facts the guards read (packages/domain ProjectSnapshot).
    implementerIsBeneficiary: boolean("implementer_is_beneficiary").notNull().default(false),
    directRouteAllowed: boolean("direct_route_allowed").notNull().default(false),
    singleProvince: boolean("single_province").notNull().default(true),
    registeredByDoit: boolean("registered_by_doit").notNull().default(true),
    biddingWaived: boolean("bidding_waived").notNull().default(false),
    priorityMultiplierBps: integer("priority_multiplier_bps"),
    pendingAdjustment: text("pending_adjustment").array(),
    lastAcceptanceOn: day("last_acceptance_on"),
    /** Latest month with a progress report ("2026-10"), kept with the reports: the overdue filter compares it. */
    lastReportPeriod: text("last_report_period"),
    verifiedProgressPct: numeric("verified_progress_pct", { precision: 5, scale: 2 }),
    implementationPlanApprovedOn: day("implementation_plan_approved_on"),
    implementationPlanSentOn: day("implementation_plan_sent_on"),
    // Estimate totals, kept with the estimate lines.
    kcTotal: money("kc_total").notNull().default(sql`0`),
    counterpartTotal: money("counterpart_total").notNull().default(sql`0`),
    otherTotal: money("other_total").notNull().default(sql`0`),
    // Money sub-ledger.
    contractSupport: money("contract_support"),
    contractSignedOn: day("contract_signed_on"),
    disbursedTotal: money("disbursed_total").notNull().default(sql`0`),
    acceptedSpend: money("accepted_spend"),
    settledAmount: money("settled_amount"),
    refundedTotal: money("refunded_total").notNull().default(sql`0`),
    searchText: text("search_text").notNull(),
    sortKey: text("sort_key").notNull(),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    uniqueIndex("project_code_uq").on(t.code),
    // Default order of the list (newest plan year first, then code), nationally and in one province. Migration
    // 0008 adds INCLUDE (id and the filtered columns) by hand, as for establishments (decision 0005).
    index("project_list_idx").on(t.planYear, t.code),
    index("project_province_list_idx").on(t.provinceId, t.planYear, t.code),
    // Also project_level_list_idx (funding_level, plan_year, code), written by hand in migration 0009.
    index("project_implementer_idx").on(t.implementerOrgId),
    index("project_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("project_title_nfc", isNfc(t.title)),
    check(
      "project_totals_ck",
      sql`${t.kcTotal} >= 0 AND ${t.counterpartTotal} >= 0 AND ${t.otherTotal} >= 0`,
    ),
    // The money caps (DOMAIN §9.5 F3, F8): nothing paid beyond the contract, nothing refunded beyond what was paid.
    check(
      "project_money_ck",
      sql`${t.disbursedTotal} >= 0 AND ${t.refundedTotal} >= 0 AND (${t.contractSupport} IS NULL OR ${t.contractSupport} >= 0) AND (${t.contractSupport} IS NULL OR ${t.disbursedTotal} <= ${t.contractSupport}) AND ${t.refundedTotal} <= ${t.disbursedTotal}`,
    ),
  ],
);

/** Beneficiary establishments with their share of the KC support, in basis points (DOMAIN §9.1). */
export const projectBeneficiary = pgTable(
  "project_beneficiary",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    establishmentId: text("establishment_id")
      .notNull()
      .references(() => establishment.id),
    position: integer("position").notNull(),
    shareBps: integer("share_bps"),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.establishmentId] }),
    index("project_beneficiary_establishment_idx").on(t.establishmentId),
    check(
      "project_beneficiary_share_ck",
      sql`${t.shareBps} IS NULL OR (${t.shareBps} >= 0 AND ${t.shareBps} <= 10000)`,
    ),
  ],
);

/** Where the project is carried out: communes as they were (dated admin units) and the text as recorded. */
export const projectSite = pgTable(
  "project_site",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    communeId: text("commune_id")
      .notNull()
      .references(() => adminUnit.id),
    addressText: text("address_text").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.position] })],
);

/** Estimate lines (Form 1). Quantity keeps up to three decimals exactly. */
export const projectEstimateLine = pgTable(
  "project_estimate_line",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    item: text("item").notNull(),
    spendingCategory: text("spending_category").notNull(),
    normCode: text("norm_code"),
    capUnits: integer("cap_units").notNull().default(1),
    quantity: numeric("quantity", { precision: 15, scale: 3 }).notNull(),
    unitPrice: money("unit_price").notNull(),
    kcAmount: money("kc_amount").notNull(),
    counterpartAmount: money("counterpart_amount").notNull(),
    otherAmount: money("other_amount").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.position] }),
    check(
      "project_estimate_line_ck",
      sql`${t.quantity} >= 0 AND ${t.unitPrice} >= 0 AND ${t.kcAmount} >= 0 AND ${t.counterpartAmount} >= 0 AND ${t.otherAmount} >= 0`,
    ),
  ],
);

/** Output indicators: the target set at approval and the value achieved (DOMAIN §8.2, §9.1 ProjectOutput). */
export const projectIndicator = pgTable(
  "project_indicator",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    indicatorCode: text("indicator_code").notNull(),
    target: numeric("target", { precision: 18, scale: 2 }),
    achieved: numeric("achieved", { precision: 18, scale: 2 }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.indicatorCode] })],
);

/**
 * The timeline: one row per step taken (transition, money event, progress report, adjustment decision), with who,
 * when, why and the findings the rules returned. Documents filed with a step point at it.
 */
export const projectStep = pgTable(
  "project_step",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    fromStatus: text("from_status").$type<ProjectStatus>(),
    toStatus: text("to_status").$type<ProjectStatus>(),
    effectiveOn: day("effective_on").notNull(),
    at: at("at").notNull().defaultNow(),
    actorUserId: text("actor_user_id").references(() => user.id),
    actorName: text("actor_name").notNull(),
    actorRole: text("actor_role").notNull(),
    note: text("note").notNull().default(""),
    details: jsonb("details").notNull().default(sql`'{}'::jsonb`),
    warnings: jsonb("warnings").notNull().default(sql`'[]'::jsonb`),
  },
  (t) => [index("project_step_project_idx").on(t.projectId, t.id)],
);

/** Files kept in the database with their checksum (no orphan can outlive a failed upload's transaction). */
export const storedFile = pgTable("stored_file", {
  id: text("id").primaryKey(),
  sha256: text("sha256").notNull(),
  mediaType: text("media_type").notNull(),
  fileName: text("file_name").notNull(),
  size: integer("size").notNull(),
  content: bytea("content").notNull(),
  createdAt: at("created_at").notNull().defaultNow(),
  createdBy: text("created_by"),
});

/** A decision, minute, contract or form that backs a step, with its register fields and optional file. */
export const projectDocument = pgTable(
  "project_document",
  {
    id: text("id").primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    stepId: bigint("step_id", { mode: "number" }).references(() => projectStep.id),
    kind: text("kind").$type<DocumentKind>().notNull(),
    number: text("number"),
    issuedOn: day("issued_on"),
    signer: text("signer"),
    signerAuthority: text("signer_authority"),
    title: text("title").notNull().default(""),
    /** Set when the document is acceptance evidence of DOMAIN §5 (support-activities.data `evidenceLabels`). */
    evidenceCode: text("evidence_code"),
    fileId: text("file_id").references(() => storedFile.id),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [index("project_document_project_idx").on(t.projectId)],
);

/** Advances, payments and refunds (DOMAIN §9.5 F3, F8): the rows behind the project's money columns. */
export const projectDisbursement = pgTable(
  "project_disbursement",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    kind: text("kind").$type<DisbursementKind>().notNull(),
    amount: money("amount").notNull(),
    paidOn: day("paid_on").notNull(),
    treasuryRef: text("treasury_ref"),
    stepId: bigint("step_id", { mode: "number" }).references(() => projectStep.id),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("project_disbursement_project_idx").on(t.projectId, t.paidOn),
    check("project_disbursement_ck", sql`${t.amount} > 0 AND ${inList(t.kind, disbursementKindCodes)}`),
  ],
);

/** Monthly progress reports (R1: before the 25th), one per project and month. */
export const projectProgressReport = pgTable(
  "project_progress_report",
  {
    projectId: text("project_id")
      .notNull()
      .references(() => project.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    reportedOn: day("reported_on").notNull(),
    percentComplete: numeric("percent_complete", { precision: 5, scale: 2 }).notNull(),
    spend: money("spend"),
    workDone: text("work_done").notNull().default(""),
    verifiedByDoit: boolean("verified_by_doit").notNull().default(false),
    stepId: bigint("step_id", { mode: "number" }).references(() => projectStep.id),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.period] })],
);

/** Dated, versioned support norms (DOMAIN §3.5): the 2014 table first, later versions added by an administrator. */
export const supportNormSet = pgTable("support_norm_set", {
  id: text("id").primaryKey(),
  version: integer("version").notNull(),
  labelVi: text("label_vi").notNull(),
  legalDocumentKey: text("legal_document_key").notNull(),
  fundingLevel: text("funding_level").$type<FundingLevel>().notNull(),
  provinceId: text("province_id").references(() => adminUnit.id),
  validFrom: day("valid_from").notNull(),
  validTo: day("valid_to"),
  confidence: text("confidence").notNull(),
  datesConfidence: text("dates_confidence").notNull(),
  noteVi: text("note_vi").notNull().default(""),
  norms: jsonb("norms").notNull(),
  source: text("source").notNull().default("SEED"),
  createdAt: at("created_at").notNull().defaultNow(),
  createdBy: text("created_by"),
});
