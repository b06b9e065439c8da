import { z } from "@hono/zod-openapi";
import {
  cellKey,
  formatDong,
  formatFixedVi,
  formatMillionVi,
  missingCells,
  parseReportAmount,
  parseReportPercent,
  type ReportColumn,
  type ReportTemplateVersion,
  reportColumnCodes,
  reportColumns,
  reportPeriodKinds,
  reportStateLabels,
  reportStates,
  reportValueKinds,
  reportWindow,
  runReportChecks,
  templateRows,
} from "@kc/domain";
import { asc, eq } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../../db/client";
import { reportCellRevision } from "../../db/schema/index";
import { actionAvailabilitySchema } from "../../platform/action-availability";
import type { Actor, AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { requireActor } from "../../platform/router";
import { figureCheckResultSchema } from "../figures/figure-check-schema";
import { unitLabels } from "../plans/unit-scope";
import { reportActionsFor, reportPolicy } from "./reports.policy";
import {
  findReportInScope,
  findTemplate,
  type ReportRow,
  reportCells,
  reportComments,
  reportNarrativeOf,
  reportSubmissions,
  valuesOf,
} from "./reports.queries";

export const reportTags = ["Báo cáo định kỳ"];

const rowSchema = z.object({
  code: z.string(),
  labelVi: z.string(),
  indicator: z.string(),
  unit: z.object({ kind: z.enum(["MONEY", "COUNT"]), unitVi: z.string().optional() }),
  columns: z.array(z.enum(reportColumnCodes)),
  partOf: z.object({ row: z.string(), partition: z.enum(["SOURCE", "CONTENT"]) }).optional(),
  atMost: z.string().optional(),
  prefilled: z.boolean().describe("Ô của dòng này được lấy từ hồ sơ khi mở báo cáo"),
});

export const templateSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    version: z.number().int(),
    titleVi: z.string(),
    periodKind: z.enum(reportPeriodKinds),
    windowRule: z.enum(["CALENDAR", "CUTOFF_15_TO_14"]),
    deadlineDaysAfterWindow: z.number().int(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    legalDocumentId: z.string(),
    columns: z.array(
      z.object({ code: z.enum(reportColumnCodes), labelVi: z.string(), kind: z.enum(["AMOUNT", "PERCENT"]) }),
    ),
    sections: z.array(z.object({ code: z.string(), titleVi: z.string(), rows: z.array(rowSchema) })),
    narrative: z.array(z.object({ code: z.string(), titleVi: z.string() })),
    acknowledgeable: z.array(z.enum(["GROWTH", "PERCENT"])),
  })
  .openapi("ReportTemplate");

export function presentTemplate(id: string, template: ReportTemplateVersion) {
  return {
    id,
    code: template.code,
    version: template.version,
    titleVi: template.titleVi,
    periodKind: template.periodKind,
    windowRule: template.windowRule,
    deadlineDaysAfterWindow: template.deadlineDaysAfterWindow,
    validFrom: template.validFrom,
    validTo: template.validTo,
    legalDocumentId: template.legalDocumentId,
    columns: reportColumnCodes.map((code) => ({
      code,
      labelVi: reportColumns[code].labelVi,
      kind: reportColumns[code].kind,
    })),
    sections: template.sections.map((section) => ({
      code: section.code,
      titleVi: section.titleVi,
      rows: section.rows.map((row) => ({
        code: row.code,
        labelVi: row.labelVi,
        indicator: row.indicator,
        unit: row.unit,
        columns: [...row.columns],
        ...(row.partOf ? { partOf: row.partOf } : {}),
        ...(row.atMost ? { atMost: row.atMost } : {}),
        prefilled: row.prefill !== undefined,
      })),
    })),
    narrative: [...template.narrative],
    acknowledgeable: [...template.acknowledgeable],
  };
}

const cellSchema = z.object({
  cell: z.string().describe("Dòng/cột, ví dụ KP/PERIOD"),
  row: z.string(),
  column: z.enum(reportColumnCodes),
  value: z.string().describe("Số nguyên (đồng hoặc số đếm) hoặc tỷ lệ phần trăm như 26.59"),
  text: z.string().describe("Giá trị như in trong báo cáo: triệu đồng, số đếm hoặc phần trăm"),
  valueKind: z.enum(reportValueKinds),
  source: z.enum(["PREFILLED", "MANUAL"]),
  records: z.object({ labelVi: z.string(), href: z.string() }).nullable(),
  revision: z.number().int(),
  previous: z.array(
    z.object({
      revision: z.number().int(),
      value: z.string(),
      valueKind: z.enum(reportValueKinds),
      source: z.string(),
    }),
  ),
});

export const reportCheckSchema = z.object({
  id: z.string(),
  cell: z.string(),
  cells: z.array(z.string()),
  severity: z.enum(["ERROR", "WARNING"]),
  result: figureCheckResultSchema,
});

export const reportSummarySchema = z
  .object({
    id: z.string(),
    templateId: z.string(),
    titleVi: z.string(),
    provinceId: z.string(),
    provinceLabelVi: z.string(),
    year: z.number().int(),
    periodIndex: z.number().int(),
    periodLabelVi: z.string(),
    windowFrom: z.string(),
    windowTo: z.string(),
    dueOn: z.string(),
    state: z.enum(reportStates),
    stateLabelVi: z.string(),
    firstSubmittedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi("PeriodicReportSummary");

export const reportDetailSchema = reportSummarySchema
  .extend({
    template: templateSchema,
    lastSubmittedAt: z.string().nullable(),
    cells: z.array(cellSchema),
    missingCells: z.array(z.string()),
    checks: z.array(reportCheckSchema),
    narrative: z.record(z.string(), z.string()),
    comments: z.array(
      z.object({
        id: z.string(),
        cell: z.string().nullable(),
        body: z.string(),
        submissionNumber: z.number().int(),
        createdAt: z.string(),
        createdByName: z.string(),
      }),
    ),
    submissions: z.array(
      z.object({
        number: z.number().int(),
        step: z.string(),
        submittedAt: z.string(),
        submittedByName: z.string(),
        acknowledgements: z.array(z.object({ checkId: z.string(), reasonVi: z.string() })),
      }),
    ),
    actions: z.record(z.string(), actionAvailabilitySchema),
  })
  .openapi("PeriodicReport");

/** A stored value as the report prints it: triệu đồng, a grouped count, or "26,59 %". */
export function cellText(
  template: ReportTemplateVersion,
  row: string,
  column: ReportColumn,
  value: string,
): string {
  if (reportColumns[column].kind === "PERCENT") {
    const percent = parseReportPercent(value);
    return percent ? `${formatFixedVi(percent)} %` : value;
  }
  const amount = parseReportAmount(value);
  if (amount === null) return value;
  const unit = templateRows(template).find((r) => r.code === row)?.unit;
  return unit?.kind === "COUNT" ? formatDong(amount) : formatMillionVi(amount);
}

type SummaryRow = Pick<
  ReportRow,
  | "id"
  | "templateId"
  | "provinceId"
  | "year"
  | "periodIndex"
  | "windowFrom"
  | "windowTo"
  | "dueOn"
  | "state"
  | "version"
> & { firstSubmittedAt: Date | null };

export function presentSummary(
  row: SummaryRow,
  template: Pick<ReportTemplateVersion, "titleVi" | "periodKind" | "windowRule" | "deadlineDaysAfterWindow">,
  labels: ReadonlyMap<string, string>,
) {
  return {
    id: row.id,
    templateId: row.templateId,
    titleVi: template.titleVi,
    provinceId: row.provinceId,
    provinceLabelVi: labels.get(row.provinceId) ?? row.provinceId,
    year: row.year,
    periodIndex: row.periodIndex,
    periodLabelVi: reportWindow(template, { year: row.year, index: row.periodIndex }).labelVi,
    windowFrom: row.windowFrom,
    windowTo: row.windowTo,
    dueOn: row.dueOn,
    state: row.state,
    stateLabelVi: reportStateLabels[row.state],
    firstSubmittedAt: row.firstSubmittedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/** Everything the report page shows, with the checks run on the cells as they are and the caller's actions. */
export async function reportPage(db: Db, actor: Actor, report: ReportRow, template: ReportTemplateVersion) {
  const [cells, revisions, narrative, comments, submissions, labels] = await Promise.all([
    reportCells(db, report.id),
    db
      .select()
      .from(reportCellRevision)
      .where(eq(reportCellRevision.reportId, report.id))
      .orderBy(asc(reportCellRevision.revision)),
    reportNarrativeOf(db, report.id),
    reportComments(db, report.id),
    reportSubmissions(db, report.id),
    unitLabels(db, [report.provinceId]),
  ]);
  const values = valuesOf(cells);
  const checks = runReportChecks(template, values);
  return {
    ...presentSummary(report, template, labels),
    template: presentTemplate(report.templateId, template),
    lastSubmittedAt: report.lastSubmittedAt?.toISOString() ?? null,
    cells: cells.map((cell) => {
      const key = cellKey(cell.rowCode, cell.columnCode);
      return {
        cell: key,
        row: cell.rowCode,
        column: cell.columnCode,
        value: cell.value,
        text: cellText(template, cell.rowCode, cell.columnCode, cell.value),
        valueKind: cell.valueKind,
        source: cell.source,
        records: cell.records ?? null,
        revision: cell.revision,
        previous: revisions
          .filter((r) => r.rowCode === cell.rowCode && r.columnCode === cell.columnCode)
          .map((r) => ({ revision: r.revision, value: r.value, valueKind: r.valueKind, source: r.source })),
      };
    }),
    missingCells: missingCells(template, values),
    checks: checks.map((check) => ({
      id: check.statement.id,
      cell: check.cells[0] ?? "",
      cells: check.cells,
      severity: check.severity,
      result: check.result,
    })),
    narrative,
    comments: comments.map((comment) => ({
      id: comment.id,
      cell: comment.rowCode && comment.columnCode ? `${comment.rowCode}/${comment.columnCode}` : null,
      body: comment.body,
      submissionNumber: comment.submissionNumber,
      createdAt: comment.createdAt.toISOString(),
      createdByName: comment.createdByName,
    })),
    submissions: submissions.map((submission) => ({
      number: submission.number,
      step: submission.step,
      submittedAt: submission.submittedAt.toISOString(),
      submittedByName: submission.submittedByName,
      acknowledgements: submission.acknowledgements as { checkId: string; reasonVi: string }[],
    })),
    actions: reportActionsFor(actor, report.state, template, values),
  };
}

export const reportDetailResponse = {
  content: { "application/json": { schema: reportDetailSchema } },
  description: "Báo cáo với các ô số liệu, kết quả kiểm tra, ý kiến, các lần gửi và các thao tác được làm",
};

/** The report page's answer: the row in scope (else a logged 404), its template, cells, checks and actions. */
export async function reportPageOf(c: Context<AppEnv>, id: string) {
  const actor = requireActor(c);
  const { db } = c.get("deps");
  const row = await reportPolicy.inScopeOr404(c, await findReportInScope(db, actor, id), id);
  const template = await findTemplate(db, row.templateId);
  if (!template) throw new AppError("NOT_FOUND");
  return reportPage(db, actor, row, template);
}
