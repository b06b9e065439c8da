import { type Ability, type ActionAvailability, availability, can } from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";

/**
 * Who may do what on annual plans and programmes (docs/ARCHITECTURE.md, access rules): central and provincial
 * staff manage the plans of units in their scope (`findPlanInScope` and `unit-scope.ts`, else a logged 404); a
 * national programme needs a national scope. A denied plan ability is logged against the entity alone, without
 * the record's id.
 */
export const planPolicy = modulePolicy<Extract<Ability, "plans.read" | "plans.manage">>("annual_plan", {
  logId: false,
});

/** Whether the plan page offers revising. */
export const canManagePlans = (actor: Actor) => can(actor.role, "plans.manage");

/**
 * What the plan page offers (issue 14, item 2). A plan the caller can see and manage can always be revised: the
 * only refusal left, a line below what is already executed, depends on the lines the form sends (a 422 on
 * the form's fields).
 */
export function planActions(actor: Actor): { revise?: ActionAvailability } {
  return canManagePlans(actor) ? { revise: availability([]) } : {};
}
