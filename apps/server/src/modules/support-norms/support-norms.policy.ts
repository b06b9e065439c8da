import { availability, can, type SupportNormSet } from "@kc/domain";
import { modulePolicy } from "../../platform/access";
import type { Actor } from "../../platform/context";
import { closeAvailability } from "./support-norm-rules";
import type { NormSetActions } from "./support-norms.presenter";

/**
 * Who may do what on support norm sets: every role reads them (reference data is national); only the central
 * leader adds or closes one, provincial sets included (docs/ARCHITECTURE.md, access rules).
 */
export const supportNormPolicy = modulePolicy<"catalogues.read" | "supportNorms.manage">("support_norm_set");

/**
 * What the page offers on a set to the caller: a new version copied from it (the form decides whether it fits)
 * and closing it, with the reason no end date would be accepted, by the rule `closeSupportNormSet` checks.
 * `existing` holds at least every set of the set's scope.
 */
export function normSetActions(
  actor: Actor,
  set: SupportNormSet,
  existing: readonly SupportNormSet[],
): NormSetActions {
  if (!can(actor.role, "supportNorms.manage")) return {};
  return { copy: availability([]), close: closeAvailability(set, existing) };
}
