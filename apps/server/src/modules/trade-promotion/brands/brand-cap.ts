import {
  brandSupportCap,
  type FundingLevel,
  type IsoDate,
  normValidAt,
  type SupportCap,
  tradePromotionNormCodes,
} from "@kc/domain";
import type { Db } from "../../../db/client";
import { supportNormSets } from "../../support-norms/support-norms.queries";

/**
 * The date whose norm set caps a brand's support: the IP office application date (DOMAIN §3.5.1 h, "the norm
 * valid at the application date"); a record without one falls back to the registration date, then to 1 January
 * of the support year, so a brand recorded from an old report still gets the norm of its time.
 */
export function brandNormDate(input: {
  applicationDate: string | null;
  registrationDate: string | null;
  year: number;
}): IsoDate {
  return input.applicationDate ?? input.registrationDate ?? `${input.year}-01-01`;
}

export type BrandCapAnswer = {
  normDate: IsoDate;
  normSet: { id: string; labelVi: string } | null;
  /** The norm applied and its binding cap; null when no set in force has norm h (nothing can be checked). */
  cap: SupportCap | null;
  explanationVi: string;
};

/**
 * Norm h from the set in force on the norm date, for the funding level of the project that pays (a KCĐP
 * project reads its province's set; no project, or a KCQG one, the national set). A set without norm h (the
 * 2018 set has no numbers yet) leaves the support unchecked, as projects' estimate lines are: the answer says
 * so in words and the form shows it, rather than refusing every brand recorded after 2018.
 */
export async function brandCapFor(
  db: Db,
  input: {
    cost: bigint;
    normDate: IsoDate;
    project: { fundingLevel: FundingLevel; provinceId: string | null } | null;
  },
): Promise<BrandCapAnswer> {
  const local = input.project?.fundingLevel === "KCDP";
  const scope = local
    ? { fundingLevel: "KCDP" as const, provinceId: input.project?.provinceId ?? null }
    : { fundingLevel: "KCQG" as const, provinceId: null };
  const sets = await supportNormSets(db, { fundingLevel: scope.fundingLevel, asOf: input.normDate });
  const set = normValidAt(sets, input.normDate, scope);
  if (!set) {
    return {
      normDate: input.normDate,
      normSet: null,
      cap: null,
      explanationVi: `Chưa có bộ định mức hỗ trợ áp dụng vào ngày ${input.normDate}; chưa kiểm tra được mức trần`,
    };
  }
  const result = brandSupportCap(input.cost, set);
  const normSet = { id: set.id, labelVi: set.labelVi };
  if (!result.ok) {
    return {
      normDate: input.normDate,
      normSet,
      cap: null,
      explanationVi: `${result.messageVi}; chưa kiểm tra được mức trần`,
    };
  }
  return { normDate: input.normDate, normSet, cap: result.cap, explanationVi: result.cap.explanationVi };
}

export const brandNormCode = tradePromotionNormCodes.brand;
