import { reportEditAction } from "@kc/domain";
import type { Db } from "../../db/client";
import { periodicReport } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { writeCells } from "./cell-writes";
import { lockReportAtVersion, requireReportInScope } from "./locked-report";
import { prefillCells } from "./prefill-cells";
import { reportCells } from "./reports.queries";

/**
 * Reads the records again into a report still with the province: payments made since it was opened, and the
 * estimate of a window that has since ended becoming the actual (Q1, the estimate kept as a revision). Cells an
 * officer typed are left as typed.
 */
export async function refreshPrefill(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  version: number;
  today: string;
}) {
  const { db, actor, meta, id, version, today } = options;
  await requireReportInScope(db, actor, meta, id);
  return db.transaction(async (tx) => {
    const { report, template } = await lockReportAtVersion(tx, actor, id, version);
    assertAvailable(reportEditAction(report.state));
    const writes = await prefillCells(tx, report, template, today);
    const changes = await writeCells(tx, {
      reportId: id,
      current: await reportCells(tx, id),
      writes,
      userId: actor.userId,
      keepTyped: true,
    });
    const row = updatedRow(
      await tx
        .update(periodicReport)
        .set({ ...nextVersion(report), updatedBy: actor.userId })
        .where(rowAtVersion(periodicReport, id, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "REPORT_PREFILLED",
      entity: "periodic_report",
      entityId: id,
      before: Object.fromEntries(changes.map((change) => [change.cell, change.before])),
      after: Object.fromEntries(changes.map((change) => [change.cell, change.after])),
    });
    return row;
  });
}
