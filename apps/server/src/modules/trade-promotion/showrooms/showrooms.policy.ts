import { type Ability, can } from "@kc/domain";
import { modulePolicy } from "../../../platform/access";
import type { Actor } from "../../../platform/context";

/**
 * Who may do what on showrooms: central and provincial staff keep the records of their scope, auditors read them
 * (`tradePromotion.*`). Rows are limited to the caller's scope by the queries, so another province's showroom is
 * a logged 404; a write names a province that must lie in the scope too.
 */
export type TradePromotionAbility = Extract<Ability, `tradePromotion.${string}`>;

export const showroomPolicy = modulePolicy<TradePromotionAbility>("showroom");

/** Whether the record's page offers "Sửa": the same ability the write route checks. */
export const canManageTradePromotion = (actor: Actor) => can(actor.role, "tradePromotion.manage");
