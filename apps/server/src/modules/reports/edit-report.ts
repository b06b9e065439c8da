import {
  type FieldError,
  isValidCellValue,
  type ReportColumn,
  type ReportValueKind,
  reportColumns,
  reportEditAction,
  templateRows,
} from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { periodicReport, reportNarrative } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { writeCells } from "./cell-writes";
import { lockReportAtVersion, requireReportInScope } from "./locked-report";
import { reportCells, reportNarrativeOf } from "./reports.queries";

export type ReportEditInput = {
  version: number;
  cells: { row: string; column: ReportColumn; value: string | null; valueKind?: ReportValueKind }[];
  narrative: { section: string; body: string }[];
};

/**
 * The province's officer types or corrects cells and narrative (issue 17 item 2). A typed value makes the cell
 * MANUAL (the pre-fill will not overwrite it) and keeps the value it replaced; changing an estimate into the
 * actual keeps the estimate as a revision (Q1). Refused on a report that is not with the province (409), on a
 * cell the template does not have or a value that is not a number of its column (422, nothing written), and on a
 * stale version (409). Cells, narrative, the report's version and the audit row in one transaction.
 */
export async function editReport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: ReportEditInput;
}) {
  const { db, actor, meta, id, input } = options;
  await requireReportInScope(db, actor, meta, id);
  return db.transaction(async (tx) => {
    const { report, template } = await lockReportAtVersion(tx, actor, id, input.version);
    assertAvailable(reportEditAction(report.state));
    const rows = new Map(templateRows(template).map((row) => [row.code, row]));
    const sections = new Set(template.narrative.map((section) => section.code));
    const errors: FieldError[] = [];
    input.cells.forEach((cell, index) => {
      const row = rows.get(cell.row);
      const path = `body.cells.${index}`;
      if (!row?.columns.includes(cell.column)) {
        errors.push({ path, message: `Mẫu báo cáo không có ô ${cell.row}/${cell.column}` });
      } else if (cell.value !== null && !isValidCellValue(cell.column, cell.value)) {
        const expected =
          reportColumns[cell.column].kind === "AMOUNT"
            ? "một số nguyên (đồng hoặc số đếm)"
            : "một tỷ lệ phần trăm như 26.59";
        errors.push({ path: `${path}.value`, message: `Giá trị "${cell.value}" không phải ${expected}` });
      } else if (cell.valueKind && !reportColumns[cell.column].valueKinds.includes(cell.valueKind)) {
        errors.push({ path: `${path}.valueKind`, message: "Loại giá trị không dùng cho cột này" });
      }
    });
    input.narrative.forEach((part, index) => {
      if (!sections.has(part.section)) {
        errors.push({ path: `body.narrative.${index}.section`, message: "Mẫu báo cáo không có phần này" });
      }
    });
    if (errors.length > 0) throw new AppError("REPORT_CELL_INVALID", { errors });

    const current = await reportCells(tx, id);
    const changes = await writeCells(tx, {
      reportId: id,
      current,
      userId: actor.userId,
      writes: input.cells.map((cell) => ({
        rowCode: cell.row,
        columnCode: cell.column,
        value: cell.value,
        valueKind: cell.valueKind ?? reportColumns[cell.column].valueKinds[0] ?? "ACTUAL",
        source: "MANUAL",
      })),
    });
    const narrativeBefore = await reportNarrativeOf(tx, id);
    const narrativeChanges = input.narrative.filter(
      (part) => (narrativeBefore[part.section] ?? "") !== part.body,
    );
    for (const part of narrativeChanges) {
      await tx
        .insert(reportNarrative)
        .values({ reportId: id, sectionCode: part.section, body: part.body, updatedBy: actor.userId })
        .onConflictDoUpdate({
          target: [reportNarrative.reportId, reportNarrative.sectionCode],
          set: { body: part.body, updatedAt: new Date(), updatedBy: actor.userId },
        });
    }
    const row = updatedRow(
      await tx
        .update(periodicReport)
        .set({ ...nextVersion(report), updatedBy: actor.userId })
        .where(and(rowAtVersion(periodicReport, id, input.version), eq(periodicReport.state, report.state)))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "REPORT_EDITED",
      entity: "periodic_report",
      entityId: id,
      before: {
        cells: Object.fromEntries(changes.map((change) => [change.cell, change.before])),
        narrative: Object.fromEntries(
          narrativeChanges.map((part) => [part.section, narrativeBefore[part.section] ?? ""]),
        ),
      },
      after: {
        cells: Object.fromEntries(changes.map((change) => [change.cell, change.after])),
        narrative: Object.fromEntries(narrativeChanges.map((part) => [part.section, part.body])),
      },
    });
    return row;
  });
}
