import { formatDongVi } from "../projects/money/money";
import {
  findNorm,
  type SupportCap,
  type SupportNormSet,
  supportCap,
} from "../projects/support-norms/support-norms";
import { tradePromotionNormCodes } from "./trade-promotion.codes";

/**
 * (e) Brand support under norm h (2014: 50 % of the cost, at most 35 triệu đồng per brand), the values read from
 * the norm set valid on the support date. One row is one brand, so the ceiling applies once.
 */
export type BrandCapResult =
  | { ok: true; cap: SupportCap }
  | { ok: false; code: "BRAND_NORM_MISSING"; messageVi: string };

export function brandSupportCap(cost: bigint, normSet: SupportNormSet): BrandCapResult {
  const norm = findNorm(normSet, tradePromotionNormCodes.brand);
  if (!norm) {
    return {
      ok: false,
      code: "BRAND_NORM_MISSING",
      messageVi: `Bộ định mức "${normSet.labelVi}" chưa có định mức h (xây dựng, đăng ký thương hiệu)`,
    };
  }
  return { ok: true, cap: supportCap({ eligibleCost: cost, units: 1 }, norm, null) };
}

/** Null when the support fits; otherwise the refusal for the `supportAmount` field. */
export function checkBrandSupport(
  supportAmount: bigint,
  cap: SupportCap,
): { code: "BRAND_SUPPORT_ABOVE_NORM"; field: "supportAmount"; messageVi: string } | null {
  if (cap.capDong === null || supportAmount <= cap.capDong) return null;
  return {
    code: "BRAND_SUPPORT_ABOVE_NORM",
    field: "supportAmount",
    messageVi: `Số tiền hỗ trợ ${formatDongVi(supportAmount)} vượt mức tối đa ${formatDongVi(cap.capDong)}. ${cap.explanationVi}`,
  };
}
