import type { Finding, GuardCode, Transition } from "../lifecycle/lifecycle.types";
import type { ProjectSnapshot, TransitionContext } from "../project.types";
import type { Guard } from "./guard-helpers";
import { executionGuards } from "./guards-execution";
import { planningGuards } from "./guards-planning";

/**
 * The guards of the transition table (DOMAIN §4.2 "Guards" column, §9.3, §9.5) as pure functions, one per
 * guard code. Each returns findings: BLOCK refuses the step, WARN is shown and recorded but lets it happen.
 */
export type { Guard } from "./guard-helpers";
export { addDays } from "./guard-helpers";
export { executionGuards, LIQUIDATION_DAY, SETTLEMENT_DOSSIER_DAYS } from "./guards-execution";
export { biddingRequired, NATIONAL_DEADLINE_DAYS, planningGuards } from "./guards-planning";

export const guards: Record<GuardCode, Guard> = { ...planningGuards, ...executionGuards };

/** Runs a transition's guards in table order. */
export function runGuards(
  project: ProjectSnapshot,
  context: TransitionContext,
  transition: Transition,
): Finding[] {
  return transition.guards.flatMap((code) => guards[code](project, context, transition));
}
