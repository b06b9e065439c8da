import {
  type ReportColumn,
  type ReportPeriodKind,
  type ReportState,
  type ReportValueKind,
  type ReportWindowRule,
  reportColumnCodes,
  reportPeriodKinds,
  reportStates,
  reportValueKinds,
  reportWindowRules,
} from "@kc/domain";
import { sql } from "drizzle-orm";
import {
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
import { inList, isNfc } from "./checks";
import { at, day } from "./columns";
import { adminUnit, legalDocument } from "./reference";

/**
 * Periodic reports (issue 17 items 1–2, decision 0022). A template version is dated reference data resting on a
 * legal document; its sections, rows and narrative sections are one JSON definition (`ReportTemplateVersion` of
 * the domain), read whole by the checks that are generated from it. A province's report for a period holds its
 * cells (row × column, each with its value kind and whether it was pre-filled from records or typed), the values
 * each cell had before (an estimate replaced by the actual keeps its revision), comments per cell, the narrative,
 * and a frozen snapshot per submission so that two submissions can be compared.
 */
export const reportTemplate = pgTable(
  "report_template",
  {
    /** "BC_6_THANG-V1": code and version. */
    id: text("id").primaryKey(),
    code: text("code").notNull(),
    version: integer("version").notNull(),
    titleVi: text("title_vi").notNull(),
    periodKind: text("period_kind").$type<ReportPeriodKind>().notNull(),
    windowRule: text("window_rule").$type<ReportWindowRule>().notNull(),
    deadlineDaysAfterWindow: integer("deadline_days_after_window").notNull(),
    validFrom: day("valid_from").notNull(),
    validTo: day("valid_to"),
    legalDocumentId: text("legal_document_id")
      .notNull()
      .references(() => legalDocument.id),
    /** { sections, narrative, acknowledgeable } exactly as the domain's ReportTemplateVersion holds them. */
    definition: jsonb("definition").notNull(),
    /**
     * SEED: shipped with the code and upserted at start; ADMIN: created or changed on the admin screen, which the
     * loader never touches again (an end date set by the administrator must not be reopened by a restart).
     */
    source: text("source").$type<"SEED" | "ADMIN">().notNull().default("SEED"),
    /** Moves with every change of the row: the 409 guard of the admin screen (`version` is the template's). */
    revision: integer("revision").notNull().default(1),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("report_template_code_version_uq").on(t.code, t.version),
    check("report_template_source_ck", inList(t.source, ["SEED", "ADMIN"])),
    check("report_template_period_kind_ck", inList(t.periodKind, reportPeriodKinds)),
    check("report_template_window_rule_ck", inList(t.windowRule, reportWindowRules)),
    check("report_template_validity_ck", sql`${t.validTo} IS NULL OR ${t.validTo} >= ${t.validFrom}`),
  ],
);

/** One province's report for one period under one template version; `version` guards every write (409). */
export const periodicReport = pgTable(
  "periodic_report",
  {
    id: text("id").primaryKey(),
    templateId: text("template_id")
      .notNull()
      .references(() => reportTemplate.id),
    /** The province as it was in the report's year (like an annual plan's unit). */
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    year: integer("year").notNull(),
    periodIndex: smallint("period_index").notNull(),
    windowFrom: day("window_from").notNull(),
    windowTo: day("window_to").notNull(),
    dueOn: day("due_on").notNull(),
    state: text("state").$type<ReportState>().notNull().default("DRAFT"),
    /** When it was first sent (timeliness is judged on this) and last sent. */
    firstSubmittedAt: at("first_submitted_at"),
    lastSubmittedAt: at("last_submitted_at"),
    version: integer("version").notNull().default(1),
    createdAt: at("created_at").notNull().defaultNow(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    updatedBy: text("updated_by"),
  },
  (t) => [
    uniqueIndex("periodic_report_period_uq").on(t.templateId, t.provinceId, t.year, t.periodIndex),
    index("periodic_report_province_idx").on(t.provinceId, t.year),
    index("periodic_report_year_idx").on(t.year, t.state),
    check("periodic_report_state_ck", inList(t.state, reportStates)),
    check("periodic_report_window_ck", sql`${t.windowFrom} <= ${t.windowTo}`),
  ],
);

/** Where the figure of a pre-filled cell comes from: a page of records and its filter, one click away. */
export type ReportCellRecords = { labelVi: string; href: string };

export const reportCell = pgTable(
  "report_cell",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => periodicReport.id, { onDelete: "cascade" }),
    rowCode: text("row_code").notNull(),
    columnCode: text("column_code").$type<ReportColumn>().notNull(),
    valueKind: text("value_kind").$type<ReportValueKind>().notNull(),
    /** Integer đồng or a count ("19619200000"), or a printed percentage ("26.59"). */
    value: text("value").notNull(),
    source: text("source").$type<"PREFILLED" | "MANUAL">().notNull(),
    records: jsonb("records").$type<ReportCellRecords | null>(),
    revision: integer("revision").notNull().default(1),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.rowCode, t.columnCode] }),
    check("report_cell_column_ck", inList(t.columnCode, reportColumnCodes)),
    check("report_cell_value_kind_ck", inList(t.valueKind, reportValueKinds)),
    check("report_cell_source_ck", inList(t.source, ["PREFILLED", "MANUAL"])),
  ],
);

/** A value a cell held before it was replaced (Q1: the estimate stays visible after the actual replaced it). */
export const reportCellRevision = pgTable(
  "report_cell_revision",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => periodicReport.id, { onDelete: "cascade" }),
    rowCode: text("row_code").notNull(),
    columnCode: text("column_code").notNull(),
    revision: integer("revision").notNull(),
    valueKind: text("value_kind").$type<ReportValueKind>().notNull(),
    value: text("value").notNull(),
    source: text("source").notNull(),
    recordedAt: at("recorded_at").notNull(),
    recordedBy: text("recorded_by"),
    replacedAt: at("replaced_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.rowCode, t.columnCode, t.revision] })],
);

export const reportNarrative = pgTable(
  "report_narrative",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => periodicReport.id, { onDelete: "cascade" }),
    sectionCode: text("section_code").notNull(),
    body: text("body").notNull(),
    updatedAt: at("updated_at").notNull().defaultNow(),
    updatedBy: text("updated_by"),
  },
  (t) => [
    primaryKey({ columns: [t.reportId, t.sectionCode] }),
    check("report_narrative_nfc_ck", isNfc(t.body)),
  ],
);

/** A reviewer's comment, on one cell or on the whole report (row and column null), or an unlock's reason. */
export const reportComment = pgTable(
  "report_comment",
  {
    id: text("id").primaryKey(),
    reportId: text("report_id")
      .notNull()
      .references(() => periodicReport.id, { onDelete: "cascade" }),
    rowCode: text("row_code"),
    columnCode: text("column_code"),
    body: text("body").notNull(),
    /** The submission the comment was written on (0 when none was made yet). */
    submissionNumber: integer("submission_number").notNull(),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
    createdByName: text("created_by_name").notNull().default(""),
  },
  (t) => [
    index("report_comment_report_idx").on(t.reportId, t.createdAt),
    check("report_comment_nfc_ck", isNfc(t.body)),
  ],
);

/** Every submission frozen as sent: cells and narrative as they were, and the warnings explained. */
export const reportSubmission = pgTable(
  "report_submission",
  {
    reportId: text("report_id")
      .notNull()
      .references(() => periodicReport.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    step: text("step").notNull(),
    /** { cells: { "KP/PERIOD": { value, valueKind, source } }, narrative: { DANH_GIA: "…" } } */
    snapshot: jsonb("snapshot").notNull(),
    /** [{ checkId, reasonVi }] for the warnings the submitter explained instead of changing. */
    acknowledgements: jsonb("acknowledgements").notNull().default(sql`'[]'::jsonb`),
    submittedAt: at("submitted_at").notNull().defaultNow(),
    submittedBy: text("submitted_by"),
    submittedByName: text("submitted_by_name").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.reportId, t.number] })],
);

/**
 * One reminder of a report owed (issue 17 item 3): the obligation (template, province, period) × step ("D-7",
 * "D+1", "RETURNED-2") is unique, so the decision to remind is taken once whichever process sweeps; the row is
 * written in the transaction that decides, and the e-mails are sent after it by the process that claims the row
 * (`claimed_at`), and marked sent. A row whose sender died is claimed again after a while.
 */
export const reportReminder = pgTable(
  "report_reminder",
  {
    id: text("id").primaryKey(),
    templateId: text("template_id")
      .notNull()
      .references(() => reportTemplate.id),
    provinceId: text("province_id")
      .notNull()
      .references(() => adminUnit.id),
    year: integer("year").notNull(),
    periodIndex: smallint("period_index").notNull(),
    step: text("step").notNull(),
    dueOn: day("due_on").notNull(),
    /** The report, when one was opened (a report never opened is reminded too). */
    reportId: text("report_id").references(() => periodicReport.id, { onDelete: "set null" }),
    decidedAt: at("decided_at").notNull().defaultNow(),
    claimedAt: at("claimed_at"),
    claimedBy: text("claimed_by"),
    sentAt: at("sent_at"),
    /** The addresses written to, when sent. */
    recipients: jsonb("recipients").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
  },
  (t) => [
    uniqueIndex("report_reminder_step_uq").on(t.templateId, t.provinceId, t.year, t.periodIndex, t.step),
    index("report_reminder_unsent_idx").on(t.sentAt, t.claimedAt),
    index("report_reminder_province_idx").on(t.provinceId, t.decidedAt),
  ],
);
