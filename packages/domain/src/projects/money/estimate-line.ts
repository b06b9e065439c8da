import type { SpendingCategory } from "../project.constants";

/** One line of the cost estimate (Form 1; DOMAIN §9.1 EstimateLine). */
export type EstimateLine = {
  id: string;
  item: string;
  spendingCategory: SpendingCategory;
  /** Code of the support norm that caps the line (§3.5.1: "b1", "c" …); null under the general norms. */
  normCode: string | null;
  /** How many of the norm's units the line covers (models, establishments, booths …); usually 1. */
  capUnits: number;
  /** Decimal text with at most 3 decimals, e.g. "2.5", so that "0.1 + 0.2" is never a question. */
  quantity: string;
  unitPrice: bigint;
  kcAmount: bigint;
  counterpartAmount: bigint;
  otherAmount: bigint;
};
