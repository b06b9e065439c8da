import {
  type Ability,
  can,
  missingCells,
  type ReportState,
  type ReportTemplateVersion,
  reportActions,
  runReportChecks,
} from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Who may do what on periodic reports: `reports.read` to see the reports of one's scope, `reports.fill` (the
 * province's staff) to open and edit, `reports.review` (the centre's staff) to return and approve, checked before
 * any data access (403, logged); rows are limited to the caller's scope in the query (`reportScope`: another
 * province's report is a logged 404); which step a role may take on a report is the workflow table's.
 */
export type ReportAbility = Extract<Ability, `reports.${string}`>;

export const reportPolicy = modulePolicy<ReportAbility>("periodic_report");

/** The actions the report page offers, with the reasons the server would refuse each now. */
export function reportActionsFor(
  actor: Actor,
  state: ReportState,
  template: ReportTemplateVersion,
  values: ReadonlyMap<string, string>,
) {
  if (!can(actor.role, "reports.fill") && !can(actor.role, "reports.review")) return {};
  const failingErrors = runReportChecks(template, values).filter(
    (outcome) => !outcome.result.ok && outcome.severity === "ERROR",
  ).length;
  return reportActions(state, actor.role, {
    missingCells: missingCells(template, values).length,
    failingErrors,
  });
}
