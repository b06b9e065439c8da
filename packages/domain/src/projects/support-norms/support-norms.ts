import { formatNumber } from "../../format";
import { isValidOn } from "../../reference/admin-units";
import type { Confidence, IsoDate } from "../../reference/types";
import type { EstimateLine } from "../money/estimate-line";
import { BPS_WHOLE, formatDongVi, lineAmount, mulDivFloor } from "../money/money";
import type { FundingLevel } from "../project.constants";

/**
 * Support norms (định mức hỗ trợ, DOMAIN §3.5, §9.5 F1) as dated, versioned configuration: a norm set belongs
 * to one legal document and validity window, and for KCĐP to one province (Joint Circ. 26/2014 Art. 6.3).
 * Shares and multipliers are in basis points (10 000 = 100 %, 15 000 = ×1.5) so that every cap is exact
 * integer arithmetic with the single rounding rule of `money.ts` (down to the đồng).
 */

export const capUnitCodes = [
  "PER_ENTERPRISE",
  "PER_MODEL",
  "PER_ESTABLISHMENT",
  "PER_FAIR",
  "PER_BOOTH",
  "PER_PERSON",
  "PER_ROUND",
  "PER_PRODUCT",
  "PER_BRAND",
  "PER_ASSOCIATION",
  "PER_CLUSTER",
  "PER_CCN",
  "PER_PROJECT",
  "PER_AGENCY_YEAR",
] as const;
export type CapUnit = (typeof capUnitCodes)[number];

export const capUnitLabels: Record<CapUnit, string> = {
  PER_ENTERPRISE: "doanh nghiệp",
  PER_MODEL: "mô hình",
  PER_ESTABLISHMENT: "cơ sở",
  PER_FAIR: "hội chợ",
  PER_BOOTH: "gian hàng",
  PER_PERSON: "người",
  PER_ROUND: "đợt bình chọn",
  PER_PRODUCT: "sản phẩm",
  PER_BRAND: "thương hiệu",
  PER_ASSOCIATION: "hiệp hội",
  PER_CLUSTER: "cụm liên kết",
  PER_CCN: "cụm công nghiệp",
  PER_PROJECT: "đề án",
  PER_AGENCY_YEAR: "cơ quan/năm",
};

/** What the percentage is taken of: the item itself, the whole project estimate, or the year's KC budget. */
export const percentBaseCodes = ["ITEM_COST", "PROJECT_ESTIMATE", "ANNUAL_KC_BUDGET"] as const;
export type PercentBase = (typeof percentBaseCodes)[number];

export type SupportNorm = {
  /** Code of the row in the legal table (§3.5.1), unaccented: "b1", "dd" for đ. */
  code: string;
  activityVi: string;
  /** Maximum share of `percentBase` the KC funds may pay, in basis points; null when the text gives none. */
  maxShareBps: number | null;
  percentBase: PercentBase;
  /** Absolute ceiling per `capUnit`, before the priority multiplier; null when the text gives none. */
  capDong: bigint | null;
  capUnit: CapUnit | null;
  /** Highest priority multiplier allowed (row t of the 2014 table: ×1.5); 10 000 where none applies. */
  priorityMultiplierMaxBps: number;
  /** What the text says instead of a number ("theo giá trúng thầu…"), or a condition of the row. */
  noteVi?: string;
  legalBasis: string;
  confidence: Confidence;
};

export type SupportNormSet = {
  id: string;
  version: number;
  labelVi: string;
  /** Key of the `LegalDocument` seed (reference/legal-documents.data.ts). */
  legalDocumentKey: string;
  fundingLevel: FundingLevel;
  /** Province of a KCĐP set; null for national sets. */
  provinceId: string | null;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  /** Confidence of the values; `datesConfidence` of the validity window, often weaker. */
  confidence: Confidence;
  datesConfidence: Confidence;
  noteVi: string;
  norms: readonly SupportNorm[];
};

export type NormScope = { fundingLevel: FundingLevel; provinceId: string | null };

/**
 * The set in force on `date` for a funding level (and province, for KCĐP); the highest version wins when
 * versions overlap. A KCĐP project never falls back to the national set: local levels are the province's.
 */
export function normValidAt(
  sets: readonly SupportNormSet[],
  date: IsoDate,
  scope: NormScope = { fundingLevel: "KCQG", provinceId: null },
): SupportNormSet | null {
  const candidates = sets.filter(
    (set) =>
      set.fundingLevel === scope.fundingLevel &&
      (scope.fundingLevel === "KCQG" || set.provinceId === scope.provinceId) &&
      isValidOn(set, date),
  );
  return candidates.reduce<SupportNormSet | null>(
    (best, set) => (best === null || set.version > best.version ? set : best),
    null,
  );
}

export function findNorm(set: SupportNormSet, code: string): SupportNorm | null {
  return set.norms.find((norm) => norm.code === code) ?? null;
}

export type CapInput = {
  /** Cost of the supported item (the line total), in đồng. */
  eligibleCost: bigint;
  /** Number of cap units the line covers (models, establishments…); 1 when omitted. */
  units?: number;
  /** Base of the percentage when it is not the item cost (project estimate, annual budget). */
  percentBase?: bigint;
};

export type SupportCap = {
  normCode: string;
  /** The binding cap: the lower of the two below; null when neither is a number. */
  capDong: bigint | null;
  percentCapDong: bigint | null;
  absoluteCapDong: bigint | null;
  /** Multiplier actually applied to the absolute cap, in basis points. */
  multiplierBps: number;
  legalBasis: string;
  confidence: Confidence;
  explanationVi: string;
};

const percentBaseVi: Record<PercentBase, string> = {
  ITEM_COST: "chi phí",
  PROJECT_ESTIMATE: "dự toán đề án",
  ANNUAL_KC_BUDGET: "kinh phí khuyến công được giao trong năm",
};

const percentVi = (bps: number): string => {
  const digits = bps % 100 === 0 ? 0 : bps % 10 === 0 ? 1 : 2;
  return `${formatNumber(bps / 100, digits)} %`;
};
const multiplierVi = (bps: number): string => formatNumber(bps / 10_000, bps % 1000 === 0 ? 1 : 2);

/**
 * F1: KC support ≤ min(share × eligible cost, ceiling × units × priority multiplier), explained in Vietnamese
 * with the norm and its legal basis. The multiplier is clamped to [×1, the norm's maximum] because it needs
 * MOIT approval and never lowers a cap.
 */
export function supportCap(
  input: CapInput,
  norm: SupportNorm,
  priorityMultiplierBps: number | null,
): SupportCap {
  // Invalid unit counts are reported by `checkEstimateLine`; here they count as one unit.
  const units = BigInt(Number.isSafeInteger(input.units) && (input.units ?? 0) >= 1 ? (input.units ?? 1) : 1);
  const asked = priorityMultiplierBps ?? BPS_WHOLE;
  const multiplierBps = Math.min(Math.max(asked, BPS_WHOLE), norm.priorityMultiplierMaxBps);
  const parts: string[] = [];

  let percentCapDong: bigint | null = null;
  if (norm.maxShareBps !== null) {
    const base = norm.percentBase === "ITEM_COST" ? input.eligibleCost : input.percentBase;
    if (base === undefined) {
      parts.push(
        `${percentVi(norm.maxShareBps)} của ${percentBaseVi[norm.percentBase]} (chưa có số liệu để tính)`,
      );
    } else {
      percentCapDong = mulDivFloor(base, BigInt(norm.maxShareBps), BigInt(BPS_WHOLE));
      parts.push(
        `${percentVi(norm.maxShareBps)} × ${formatDongVi(base)} ${percentBaseVi[norm.percentBase]} = ${formatDongVi(percentCapDong)}`,
      );
    }
  }

  let absoluteCapDong: bigint | null = null;
  if (norm.capDong !== null) {
    absoluteCapDong = mulDivFloor(norm.capDong * units, BigInt(multiplierBps), BigInt(BPS_WHOLE));
    const unit = norm.capUnit ? `/${capUnitLabels[norm.capUnit]}` : "";
    const priority = multiplierBps > BPS_WHOLE ? ` × ${multiplierVi(multiplierBps)} (ưu tiên)` : "";
    parts.push(
      `${formatDongVi(norm.capDong)}${unit} × ${units}${priority} = ${formatDongVi(absoluteCapDong)}`,
    );
  }
  if (asked > norm.priorityMultiplierMaxBps) {
    parts.push(`hệ số ưu tiên tối đa là ${multiplierVi(norm.priorityMultiplierMaxBps)}`);
  }

  const capDong =
    percentCapDong !== null && absoluteCapDong !== null
      ? percentCapDong < absoluteCapDong
        ? percentCapDong
        : absoluteCapDong
      : (percentCapDong ?? absoluteCapDong);
  const head =
    capDong === null
      ? `Định mức ${norm.code}: không có mức trần bằng tiền`
      : `Định mức ${norm.code}: hỗ trợ tối đa ${formatDongVi(capDong)}`;
  const detail = [...parts, ...(norm.noteVi ? [norm.noteVi] : [])].join("; ");
  return {
    normCode: norm.code,
    capDong,
    percentCapDong,
    absoluteCapDong,
    multiplierBps,
    legalBasis: norm.legalBasis,
    confidence: norm.confidence,
    explanationVi: `${head}${detail ? ` (${detail})` : ""}. Căn cứ: ${norm.legalBasis}.`,
  };
}

export type LineCap =
  | { status: "GENERAL_NORMS" }
  | { status: "NORM_NOT_FOUND"; normCode: string }
  | { status: "CAPPED"; cap: SupportCap };

/**
 * The cap of one estimate line under a norm set. Lines without a norm code follow the general finance norms
 * (Art. 6.1) and have no cap here; a code missing from the set (e.g. the empty 2018 set) is reported, not
 * guessed. A share of the project estimate (the implementer's 2.5 % overhead, s2) is taken of the other lines.
 */
export function lineCap(
  line: EstimateLine,
  set: SupportNormSet,
  priorityMultiplierBps: number | null,
  lines: readonly EstimateLine[],
): LineCap {
  if (line.normCode === null) return { status: "GENERAL_NORMS" };
  const norm = findNorm(set, line.normCode);
  if (!norm) return { status: "NORM_NOT_FOUND", normCode: line.normCode };
  const otherLines = lines
    .filter((other) => other.id !== line.id)
    .reduce((sum, other) => sum + (lineAmount(other) ?? 0n), 0n);
  const input: CapInput = { eligibleCost: lineAmount(line) ?? 0n, units: line.capUnits };
  if (norm.percentBase === "PROJECT_ESTIMATE") input.percentBase = otherLines;
  return { status: "CAPPED", cap: supportCap(input, norm, priorityMultiplierBps) };
}
