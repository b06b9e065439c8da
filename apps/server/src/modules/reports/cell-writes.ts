import type { ReportColumn, ReportValueKind } from "@kc/domain";
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { reportCell, reportCellRevision } from "../../db/schema/index";
import type { ReportCellRecords } from "../../db/schema/reports";
import type { StoredCell } from "./reports.queries";

export type CellWrite = {
  rowCode: string;
  columnCode: ReportColumn;
  /** null empties the cell. */
  value: string | null;
  valueKind: ReportValueKind;
  source: "PREFILLED" | "MANUAL";
  /** The records behind a pre-filled cell; a typed cell keeps the link it had. */
  records?: ReportCellRecords | null;
};

export type CellChange = {
  cell: string;
  before: { value: string; valueKind: string; source: string } | null;
  after: { value: string; valueKind: string; source: string } | null;
};

/**
 * Writes cells of a report whose row the caller has locked, keeping every replaced value as a revision (Q1: an
 * estimate replaced by the actual stays visible). `keepTyped` leaves cells an officer typed alone: refreshing
 * the pre-fill never overwrites a correction. Answers the cells that changed, for the audit row.
 */
export async function writeCells(
  tx: Db,
  options: {
    reportId: string;
    current: readonly StoredCell[];
    writes: readonly CellWrite[];
    userId: string;
    keepTyped?: boolean;
  },
): Promise<CellChange[]> {
  const { reportId, userId } = options;
  const existing = new Map(options.current.map((cell) => [`${cell.rowCode}/${cell.columnCode}`, cell]));
  const changes: CellChange[] = [];
  for (const write of options.writes) {
    const key = `${write.rowCode}/${write.columnCode}`;
    const before = existing.get(key);
    if (options.keepTyped && before?.source === "MANUAL") continue;
    const same =
      before !== undefined &&
      before.value === write.value &&
      before.valueKind === write.valueKind &&
      before.source === write.source;
    if (same || (before === undefined && write.value === null)) continue;
    const where = and(
      eq(reportCell.reportId, reportId),
      eq(reportCell.rowCode, write.rowCode),
      eq(reportCell.columnCode, write.columnCode),
    );
    if (before) {
      await tx.insert(reportCellRevision).values({
        reportId,
        rowCode: before.rowCode,
        columnCode: before.columnCode,
        revision: before.revision,
        valueKind: before.valueKind,
        value: before.value,
        source: before.source,
        recordedAt: before.updatedAt,
        recordedBy: before.updatedBy,
      });
    }
    if (write.value === null) {
      await tx.delete(reportCell).where(where);
    } else if (before) {
      await tx
        .update(reportCell)
        .set({
          value: write.value,
          valueKind: write.valueKind,
          source: write.source,
          ...(write.records !== undefined ? { records: write.records } : {}),
          revision: sql`${reportCell.revision} + 1`,
          updatedAt: new Date(),
          updatedBy: userId,
        })
        .where(where);
    } else {
      await tx.insert(reportCell).values({
        reportId,
        rowCode: write.rowCode,
        columnCode: write.columnCode,
        value: write.value,
        valueKind: write.valueKind,
        source: write.source,
        records: write.records ?? null,
        // A cell emptied earlier and filled again continues its numbering, so no revision is overwritten.
        revision: sql`coalesce((SELECT max(r.revision) FROM report_cell_revision r WHERE r.report_id = ${reportId}
          AND r.row_code = ${write.rowCode} AND r.column_code = ${write.columnCode}), 0) + 1`,
        updatedBy: userId,
      });
    }
    const state = (cell: { value: string; valueKind: string; source: string }) => ({
      value: cell.value,
      valueKind: cell.valueKind,
      source: cell.source,
    });
    changes.push({
      cell: key,
      before: before ? state(before) : null,
      after: write.value === null ? null : state({ ...write, value: write.value }),
    });
  }
  return changes;
}
