import {
  acceptsMemberChanges,
  actionReason,
  availability,
  isRoundEditable,
  type SelectionLevel,
} from "@kc/domain";
import { modulePolicy } from "../../../platform/access";
import type { Actor } from "../../../platform/context";
import type { RoundActions } from "./rounds.presenter";
import type { RoundRow } from "./rounds.queries";

export const roundPolicy = modulePolicy<"selection.read" | "selection.manage">("selection_round");

const localLevel = (level: SelectionLevel) => level === "HUYEN" || level === "TINH";

/**
 * Whether the caller is the organising body's staff for a round of this level and place (DOMAIN §4.4): the
 * province's DoIT for district and provincial rounds, the central agency for regional and national ones (a
 * regional account only for its own region). Reading is wider (round-access.ts); organising is this.
 */
export function organisesRound(
  actor: Actor,
  round: { level: SelectionLevel; provinceId: string | null; regionCode: string | null },
): boolean {
  const scope = actor.scope;
  if (localLevel(round.level)) {
    if (actor.role !== "PROVINCIAL_LEADER" && actor.role !== "PROVINCIAL_OFFICER") return false;
    return scope.kind === "PROVINCE" && scope.provinceId === round.provinceId;
  }
  if (actor.role !== "CENTRAL_LEADER" && actor.role !== "CENTRAL_OFFICER") return false;
  if (scope.kind === "NATIONAL") return true;
  return scope.kind === "REGION" && round.level === "KHU_VUC" && scope.regionCode === round.regionCode;
}

/** The round's own actions for its organisers (absent for everyone else), with the state that would refuse them. */
export function roundActions(actor: Actor, round: RoundRow): RoundActions {
  if (!organisesRound(actor, round)) return {};
  return {
    update: availability([!isRoundEditable(round.status) && actionReason("SELECTION_ROUND_NOT_EDITABLE")]),
    manageMembers: availability([
      !acceptsMemberChanges(round.status) && actionReason("SELECTION_MEMBERS_LOCKED"),
    ]),
  };
}
