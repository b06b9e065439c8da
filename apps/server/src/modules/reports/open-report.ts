import { randomUUID } from "node:crypto";
import { checkReportPeriod, type ReportPeriod, reportWindow } from "@kc/domain";
import type { Db } from "../../db/client";
import { periodicReport } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { isUnitInScope, isUnitValidInYear } from "../plans/unit-scope";
import { writeCells } from "./cell-writes";
import { prefillCells } from "./prefill-cells";
import { findTemplate } from "./reports.queries";

export type OpenReportInput = { templateId: string; provinceId: string } & ReportPeriod;

/**
 * Opens a province's report for a period (issue 17 item 2) as a draft, pre-filled from the records: the report,
 * its cells and the audit row in one transaction. Another province is a logged 404; a period the template version
 * does not cover, or a province that did not exist in the year, is a 422 and writes nothing.
 */
export async function openReport(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: OpenReportInput;
  today: string;
}) {
  const { db, actor, meta, input, today } = options;
  if (!(await isUnitInScope(db, actor, input.provinceId))) {
    return notFoundForActor(db, actor, meta, { entity: "periodic_report", entityId: input.provinceId });
  }
  const template = await findTemplate(db, input.templateId);
  if (!template) {
    throw new AppError("REPORT_PERIOD_INVALID", {
      detail: "Không có mẫu báo cáo này",
      errors: [{ path: "body.templateId", message: "Mẫu báo cáo không tồn tại" }],
    });
  }
  const refusal = checkReportPeriod(template, input, today);
  if (refusal) {
    throw new AppError(refusal.code, {
      detail: refusal.messageVi,
      errors: [{ path: "body.index", message: refusal.messageVi }],
    });
  }
  if (!(await isUnitValidInYear(db, input.provinceId, input.year))) {
    throw new AppError("REPORT_PERIOD_INVALID", {
      detail: `Tỉnh này không có hiệu lực trong năm ${input.year}; hãy chọn tỉnh như nó tồn tại năm đó`,
      errors: [{ path: "body.provinceId", message: `Đơn vị không có hiệu lực trong năm ${input.year}` }],
    });
  }
  const window = reportWindow(template, input);
  const id = randomUUID();
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(periodicReport)
      .values({
        id,
        templateId: input.templateId,
        provinceId: input.provinceId,
        year: input.year,
        periodIndex: input.index,
        windowFrom: window.from,
        windowTo: window.to,
        dueOn: window.dueOn,
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning({ id: periodicReport.id });
    if (inserted.length === 0) throw new AppError("REPORT_EXISTS");
    const report = {
      provinceId: input.provinceId,
      year: input.year,
      windowFrom: window.from,
      windowTo: window.to,
    };
    const writes = await prefillCells(tx, report, template, today);
    await writeCells(tx, { reportId: id, current: [], writes, userId: actor.userId });
    await writeAudit(tx, actor, meta, {
      action: "REPORT_OPENED",
      entity: "periodic_report",
      entityId: id,
      after: {
        templateId: input.templateId,
        provinceId: input.provinceId,
        period: window.labelVi,
        prefilledCells: writes.filter((write) => write.value !== null).length,
      },
    });
    return id;
  });
}
