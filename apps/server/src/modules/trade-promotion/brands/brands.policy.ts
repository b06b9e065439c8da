import { modulePolicy } from "../../../platform/access";
import type { TradePromotionAbility } from "../showrooms/showrooms.policy";

/** Brand records follow the showrooms' rules (`tradePromotion.*`, scope in the query); denials name brand_support. */
export const brandPolicy = modulePolicy<TradePromotionAbility>("brand_support");
