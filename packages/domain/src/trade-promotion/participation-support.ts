import { BPS_WHOLE, formatDongVi } from "../projects/money/money";
import { findNorm, type SupportNormSet, supportCap } from "../projects/support-norms/support-norms";
import { tradePromotionNormCodes } from "./trade-promotion.codes";

/**
 * (a) Support for one participation under the norm set valid on the fair's start date (DOMAIN §3.5.1, §9.5 F5):
 * domestically d2 (a share of the booth rent), abroad đ (a share of the listed costs — booth rent plus design,
 * construction, decoration… — and never above the bid or approved price). The shares and ceilings are read from
 * the set, never written here, so a later circular changes them by data.
 */
export type ParticipationCostInput = {
  abroad: boolean;
  boothRent: bigint;
  /** Abroad only: listed costs besides the booth rent (0 domestically). */
  otherListedCosts: bigint;
  /** Abroad only: the bid or approved price that caps đ; null when none was set. */
  approvedPrice: bigint | null;
  /** Whole standard booths; a participation on a shared booth only counts as one unit of the norm. */
  wholeBooths: number;
};

export type ParticipationCap = {
  normSetId: string;
  normCode: string;
  /** The norm's share, in basis points; the most the participation's support share may be. */
  maxShareBps: number;
  /** The binding cap in đồng; null when the norm gives neither a share nor a ceiling. */
  capDong: bigint | null;
  explanationVi: string;
};

export type ParticipationCapResult =
  | { ok: true; cap: ParticipationCap }
  | { ok: false; code: "FAIR_NORM_MISSING"; normCode: string; messageVi: string };

export function participationNormCode(abroad: boolean): string {
  return abroad ? tradePromotionNormCodes.fairAbroad : tradePromotionNormCodes.attendDomesticFair;
}

export function participationSupportCap(
  input: ParticipationCostInput,
  normSet: SupportNormSet,
): ParticipationCapResult {
  const normCode = participationNormCode(input.abroad);
  const norm = findNorm(normSet, normCode);
  if (!norm) {
    return {
      ok: false,
      code: "FAIR_NORM_MISSING",
      normCode,
      messageVi: `Bộ định mức "${normSet.labelVi}" chưa có định mức ${normCode === "dd" ? "đ" : normCode} để tính mức hỗ trợ`,
    };
  }
  const eligibleCost = input.boothRent + (input.abroad ? input.otherListedCosts : 0n);
  const units = Math.max(1, Number.isSafeInteger(input.wholeBooths) ? input.wholeBooths : 1);
  const computed = supportCap({ eligibleCost, units }, norm, null);
  let capDong = computed.capDong;
  let explanationVi = computed.explanationVi;
  if (input.abroad && input.approvedPrice !== null && (capDong === null || input.approvedPrice < capDong)) {
    capDong = input.approvedPrice;
    explanationVi = `${explanationVi} Không vượt giá được duyệt ${formatDongVi(input.approvedPrice)}.`;
  }
  return {
    ok: true,
    cap: {
      normSetId: normSet.id,
      normCode,
      maxShareBps: norm.maxShareBps ?? BPS_WHOLE,
      capDong,
      explanationVi,
    },
  };
}

export type SupportRefusal = {
  code: "FAIR_SUPPORT_ABOVE_NORM";
  field: "supportAmount" | "supportShareBps";
  messageVi: string;
};

/** Null when the support asked fits the cap; otherwise which field is above it, in Vietnamese. */
export function checkParticipationSupport(
  asked: { supportAmount: bigint; supportShareBps: number },
  cap: ParticipationCap,
): SupportRefusal | null {
  if (asked.supportShareBps > cap.maxShareBps) {
    return {
      code: "FAIR_SUPPORT_ABOVE_NORM",
      field: "supportShareBps",
      messageVi: `Tỷ lệ hỗ trợ vượt mức ${cap.maxShareBps / 100} % của định mức ${cap.normCode === "dd" ? "đ" : cap.normCode}`,
    };
  }
  if (cap.capDong !== null && asked.supportAmount > cap.capDong) {
    return {
      code: "FAIR_SUPPORT_ABOVE_NORM",
      field: "supportAmount",
      messageVi: `Số tiền hỗ trợ ${formatDongVi(asked.supportAmount)} vượt mức tối đa ${formatDongVi(cap.capDong)}. ${cap.explanationVi}`,
    };
  }
  return null;
}
