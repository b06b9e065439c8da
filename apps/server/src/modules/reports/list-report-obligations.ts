import { z } from "@hono/zod-openapi";
import {
  can,
  dueInWordsVi,
  type ObligationStatus,
  obligationStatuses,
  obligationStatusesNeedingAction,
  obligationStatusLabels,
  type ReportObligation,
  reportStates,
  sortForAction,
} from "@kc/domain";
import type { Db } from "../../db/client";
import type { Actor, AppConfig } from "../../platform/context";
import { unitLabels } from "../plans/unit-scope";
import { loadObligations, type ObligationFilter } from "./report-obligations.queries";

export const obligationSchema = z
  .object({
    templateId: z.string(),
    titleVi: z.string(),
    provinceId: z.string(),
    provinceLabel: z.string(),
    year: z.number().int(),
    periodIndex: z.number().int(),
    periodLabelVi: z.string(),
    windowFrom: z.string(),
    windowTo: z.string(),
    dueOn: z.string(),
    status: z.enum(obligationStatuses),
    statusLabelVi: z.string(),
    timeliness: z.enum(["ON_TIME", "LATE", "MISSING", "NOT_YET_DUE"]),
    daysToDue: z.number().int().describe("Số ngày đến hạn: dương là còn, âm là trễ"),
    dueInWordsVi: z.string(),
    reportId: z.string().nullable(),
    reportState: z.enum(reportStates).nullable(),
    firstSubmittedOn: z.string().nullable(),
    /** The caller may open (create) the report from the list: it is not opened yet and the caller fills reports. */
    canOpen: z.boolean(),
  })
  .openapi("ReportObligation");

export const obligationListSchema = z
  .object({
    items: z.array(obligationSchema),
    /** Reports waiting for the province (overdue, returned, due soon): the badge on "Báo cáo của tôi". */
    needingAction: z.number().int(),
  })
  .openapi("ReportObligationList");

export function presentObligation(actor: Actor, o: ReportObligation, labels: Map<string, string>) {
  return {
    templateId: o.templateId,
    titleVi: o.titleVi,
    provinceId: o.provinceId,
    provinceLabel: labels.get(o.provinceId) ?? o.provinceId,
    year: o.year,
    periodIndex: o.periodIndex,
    periodLabelVi: o.window.labelVi,
    windowFrom: o.window.from,
    windowTo: o.window.to,
    dueOn: o.window.dueOn,
    status: o.status,
    statusLabelVi: obligationStatusLabels[o.status],
    timeliness: o.timeliness,
    daysToDue: o.daysToDue,
    dueInWordsVi: dueInWordsVi(o.daysToDue),
    reportId: o.reportId,
    reportState: o.reportState,
    firstSubmittedOn: o.firstSubmittedOn,
    canOpen: o.reportId === null && can(actor.role, "reports.fill"),
  };
}

/**
 * "Báo cáo của tôi" (issue 17 item 3): the reports the caller's scope owes — a province's officer its own
 * province's (and its former provinces'), the centre every province's — what waits for the province first
 * (overdue, returned, due soon), each with its due day in words. Filters: template, year of the period, status.
 */
export async function listReportObligations(options: {
  db: Db;
  actor: Actor;
  config: AppConfig;
  today: string;
  filter: ObligationFilter & { status?: ObligationStatus };
}) {
  const { db, actor, config, today, filter } = options;
  const { obligations } = await loadObligations(db, { actor }, { config, today, filter });
  const needingAction = obligations.filter((o) => obligationStatusesNeedingAction.includes(o.status)).length;
  const shown = sortForAction(obligations.filter((o) => !filter.status || o.status === filter.status));
  const labels = await unitLabels(db, [...new Set(shown.map((o) => o.provinceId))]);
  return { items: shown.map((o) => presentObligation(actor, o, labels)), needingAction };
}
