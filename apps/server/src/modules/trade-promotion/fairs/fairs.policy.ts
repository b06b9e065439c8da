import { type Ability, can, type FairDocumentKind, type FairStatus, fairActions } from "@kc/domain";
import { modulePolicy } from "../../../platform/access";
import type { Actor } from "../../../platform/context";

/**
 * Who may do what on fairs: `tradePromotion.read` to see the fairs of one's scope, `tradePromotion.manage` to
 * record and move them (checked before any data access: 403, logged); rows are limited to the caller's scope in
 * the query (`fairScope`: another province's fair is a logged 404).
 */
export type TradePromotionAbility = Extract<Ability, `tradePromotion.${string}`>;

export const fairPolicy = modulePolicy<TradePromotionAbility>("fair");

/** The actions the fair page offers: none to a reader, each with the server's reasons to a keeper. */
export function fairActionsFor(
  actor: Actor,
  record: { status: FairStatus },
  filed: readonly FairDocumentKind[],
) {
  return can(actor.role, "tradePromotion.manage") ? fairActions(record, filed) : {};
}
