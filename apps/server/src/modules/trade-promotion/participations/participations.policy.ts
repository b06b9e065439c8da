import type { Ability } from "@kc/domain";
import { modulePolicy } from "../../../platform/access";

/**
 * Who may read and write a fair's participants: the role's abilities first (403, logged); the fair's scope is in
 * the query (`findFairInScope`), so another province's fair is a logged 404.
 */
export type ParticipationAbility = Extract<Ability, `tradePromotion.${string}`>;

export const participationPolicy = modulePolicy<ParticipationAbility>("fair_participation");
