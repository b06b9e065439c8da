import type { RoleCode } from "../access/roles";
import {
  checkReportStep,
  type ReportState,
  type ReportStepCode,
  reportIsEditable,
  reportStepCodes,
  reportSteps,
  sendStepFrom,
} from "../reports/report-workflow";
import { type ActionAvailability, actionReason, availability } from "./action-availability";

export type ReportActionCode = "edit" | ReportStepCode;

/** What stands against sending now, from the report as it is: empty period cells and failing generated checks. */
export type ReportSendBlockers = { missingCells: number; failingErrors: number };

/** Editing cells, narrative or the pre-fill: the province's staff, while the report is with the province. */
export function reportEditAction(state: ReportState): ActionAvailability {
  return availability([!reportIsEditable(state) && actionReason("REPORT_NOT_EDITABLE")]);
}

/**
 * One workflow step, judged by the same table the use case checks (`checkReportStep`); sending also needs the
 * period's cells filled and no failing error check, which the use case asserts again with the figures it reads.
 */
export function reportStepAction(
  state: ReportState,
  step: ReportStepCode,
  role: RoleCode,
  blockers: ReportSendBlockers,
): ActionAvailability {
  const refusal = checkReportStep(state, step, role);
  const sending = step === sendStepFrom(state);
  return availability([
    refusal && actionReason(refusal.code, refusal.messageVi),
    sending &&
      blockers.missingCells > 0 &&
      actionReason("REPORT_INCOMPLETE", `Còn ${blockers.missingCells} ô số liệu của kỳ báo cáo chưa nhập`),
    sending &&
      blockers.failingErrors > 0 &&
      actionReason("REPORT_CHECKS_FAILED", `Còn ${blockers.failingErrors} kiểm tra số liệu chưa đạt`),
  ]);
}

/**
 * The actions a report page offers the caller: editing to the province's staff, and each step of the table the
 * caller's role may take, available or greyed with the server's reasons. Steps of other roles are not shown.
 */
export function reportActions(
  state: ReportState,
  role: RoleCode,
  blockers: ReportSendBlockers,
): Partial<Record<ReportActionCode, ActionAvailability>> {
  const actions: Partial<Record<ReportActionCode, ActionAvailability>> = {};
  if (reportSteps.SUBMIT.roles.includes(role)) actions.edit = reportEditAction(state);
  for (const step of reportStepCodes) {
    if (!reportSteps[step].roles.includes(role)) continue;
    if (step === "SUBMIT" && state !== "DRAFT") continue;
    if (step === "RESUBMIT" && state === "DRAFT") continue;
    actions[step] = reportStepAction(state, step, role, blockers);
  }
  return actions;
}
