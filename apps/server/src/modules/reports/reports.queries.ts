import { cellKey, type ReportState, type ReportTemplateVersion, type ReportValueKind } from "@kc/domain";
import { and, asc, desc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  periodicReport,
  reportCell,
  reportComment,
  reportNarrative,
  reportSubmission,
  reportTemplate,
} from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { unitScopeCondition } from "../plans/unit-scope";

/**
 * Reads of periodic reports. Every read of a report goes through `reportScope`, inside the query: a province
 * sees its own reports (today's province and the former ones it absorbed), a region its provinces', the centre
 * all; anything else is not found (a logged 404 in the use case).
 */
export function reportScope(actor: Actor): SQL {
  return unitScopeCondition(actor, sql`${periodicReport.provinceId}`);
}

export type ReportRow = typeof periodicReport.$inferSelect;

export async function findReportInScope(
  db: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ReportRow | undefined> {
  const query = db
    .select()
    .from(periodicReport)
    .where(and(eq(periodicReport.id, id), reportScope(actor)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

type TemplateDefinition = Pick<ReportTemplateVersion, "sections" | "narrative" | "acknowledgeable">;

/** A stored template version as the domain's type, its definition read back whole. */
export function templateOf(row: typeof reportTemplate.$inferSelect): ReportTemplateVersion {
  const definition = row.definition as TemplateDefinition;
  return {
    code: row.code,
    version: row.version,
    titleVi: row.titleVi,
    periodKind: row.periodKind,
    windowRule: row.windowRule,
    deadlineDaysAfterWindow: row.deadlineDaysAfterWindow,
    validFrom: row.validFrom,
    validTo: row.validTo,
    legalDocumentId: row.legalDocumentId,
    sections: definition.sections,
    narrative: definition.narrative,
    acknowledgeable: definition.acknowledgeable,
  };
}

export async function findTemplate(db: Db, templateId: string): Promise<ReportTemplateVersion | null> {
  const [row] = await db.select().from(reportTemplate).where(eq(reportTemplate.id, templateId));
  return row ? templateOf(row) : null;
}

export async function listTemplates(db: Db) {
  const rows = await db
    .select()
    .from(reportTemplate)
    .orderBy(asc(reportTemplate.code), desc(reportTemplate.version));
  return rows.map((row) => ({ id: row.id, template: templateOf(row) }));
}

export type StoredCell = typeof reportCell.$inferSelect;

export async function reportCells(db: Db, reportId: string): Promise<StoredCell[]> {
  return db
    .select()
    .from(reportCell)
    .where(eq(reportCell.reportId, reportId))
    .orderBy(asc(reportCell.rowCode), asc(reportCell.columnCode));
}

/** The values the generated checks read: by `cellKey`. */
export function valuesOf(cells: readonly StoredCell[]): Map<string, string> {
  return new Map(cells.map((cell) => [cellKey(cell.rowCode, cell.columnCode), cell.value]));
}

export async function reportNarrativeOf(db: Db, reportId: string): Promise<Record<string, string>> {
  const rows = await db.select().from(reportNarrative).where(eq(reportNarrative.reportId, reportId));
  return Object.fromEntries(rows.map((row) => [row.sectionCode, row.body]));
}

export async function reportComments(db: Db, reportId: string) {
  return db
    .select()
    .from(reportComment)
    .where(eq(reportComment.reportId, reportId))
    .orderBy(asc(reportComment.createdAt), asc(reportComment.id));
}

export type SubmissionSnapshot = {
  cells: Record<string, { value: string; valueKind: ReportValueKind; source: string }>;
  narrative: Record<string, string>;
  /** The files sent with the submission, by name and digest (absent in submissions made before attachments). */
  attachments?: { name: string; sha256: string; size: number }[];
};

export async function reportSubmissions(db: Db, reportId: string) {
  return db
    .select()
    .from(reportSubmission)
    .where(eq(reportSubmission.reportId, reportId))
    .orderBy(asc(reportSubmission.number));
}

export type ReportListFilter = {
  year?: number;
  periodIndex?: number;
  templateId?: string;
  provinceId?: string;
  state?: ReportState;
};

/** The reports an actor may see, newest period first; a few hundred a year nationally, so no paging. */
export async function listReports(db: Db, actor: Actor, filter: ReportListFilter) {
  return db
    .select({
      id: periodicReport.id,
      templateId: periodicReport.templateId,
      titleVi: reportTemplate.titleVi,
      periodKind: reportTemplate.periodKind,
      windowRule: reportTemplate.windowRule,
      deadlineDaysAfterWindow: reportTemplate.deadlineDaysAfterWindow,
      provinceId: periodicReport.provinceId,
      year: periodicReport.year,
      periodIndex: periodicReport.periodIndex,
      windowFrom: periodicReport.windowFrom,
      windowTo: periodicReport.windowTo,
      dueOn: periodicReport.dueOn,
      state: periodicReport.state,
      firstSubmittedAt: periodicReport.firstSubmittedAt,
      version: periodicReport.version,
      updatedAt: periodicReport.updatedAt,
    })
    .from(periodicReport)
    .innerJoin(reportTemplate, eq(reportTemplate.id, periodicReport.templateId))
    .where(
      and(
        reportScope(actor),
        filter.year ? eq(periodicReport.year, filter.year) : undefined,
        filter.periodIndex ? eq(periodicReport.periodIndex, filter.periodIndex) : undefined,
        filter.templateId ? eq(periodicReport.templateId, filter.templateId) : undefined,
        filter.provinceId ? eq(periodicReport.provinceId, filter.provinceId) : undefined,
        filter.state ? eq(periodicReport.state, filter.state) : undefined,
      ),
    )
    .orderBy(desc(periodicReport.year), desc(periodicReport.periodIndex), asc(periodicReport.provinceId))
    .limit(2000);
}
