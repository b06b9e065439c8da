import { formatDate } from "../../format";
import type { IsoDate } from "../../reference/types";
import { type SelectionLevel, selectionLevelLabels } from "../selection.codes";
import { type CertificateDates, certificateValidOn } from "./certificate-validity";
import type { RuleIssue } from "./rule-issue";

/**
 * S2, the level ladder (Circular 26/2014/TT-BCT Art. 12), as DATED configuration: what an entry at a level
 * must bring from the level below, for rounds held between `validFrom` and `validTo` (inclusive, null = open).
 * - `certificateLevel`: a certificate of that level, valid on the round date;
 * - `recommendationBy`: who recommends the entry with a short list (Appendix 5);
 * - `recommendationAlone`: the recommendation is enough without a certificate (Art. 12.2: "where no district
 *   round was held the district PC recommends the entry").
 * Districts were abolished on 1 July 2025, so the district step ends on 30 June 2025; what a provincial entry
 * needs afterwards is not yet regulated (DOMAIN §9.6 S2 ❓) and defaults to nothing. An admin replaces rows.
 */

export type LadderStep = {
  level: SelectionLevel;
  validFrom: IsoDate | null;
  validTo: IsoDate | null;
  certificateLevel: SelectionLevel | null;
  recommendationBy: string | null;
  recommendationAlone: boolean;
  source: string;
};

const CIRCULAR_26 = "Thông tư 26/2014/TT-BCT, Điều 12";

export const defaultSelectionLadder: readonly LadderStep[] = [
  {
    level: "HUYEN",
    validFrom: null,
    validTo: "2025-06-30",
    certificateLevel: null,
    recommendationBy: null,
    recommendationAlone: false,
    source: CIRCULAR_26,
  },
  {
    level: "TINH",
    validFrom: null,
    validTo: "2025-06-30",
    certificateLevel: "HUYEN",
    recommendationBy: "UBND cấp huyện",
    recommendationAlone: true,
    source: CIRCULAR_26,
  },
  {
    level: "TINH",
    validFrom: "2025-07-01",
    validTo: null,
    certificateLevel: null,
    recommendationBy: null,
    recommendationAlone: false,
    source: "Chính quyền địa phương hai cấp từ 01/07/2025 (chưa có quy định thay thế)",
  },
  {
    level: "KHU_VUC",
    validFrom: null,
    validTo: null,
    certificateLevel: "TINH",
    recommendationBy: "UBND cấp tỉnh",
    recommendationAlone: false,
    source: CIRCULAR_26,
  },
  {
    level: "QUOC_GIA",
    validFrom: null,
    validTo: null,
    certificateLevel: "KHU_VUC",
    recommendationBy: "Cục Công thương địa phương",
    recommendationAlone: false,
    source: CIRCULAR_26,
  },
];

/** The step for a level on a round date; null when no round of that level can be held then. */
export function ladderStepOn(
  level: SelectionLevel,
  roundDate: IsoDate,
  ladder: readonly LadderStep[] = defaultSelectionLadder,
): LadderStep | null {
  return (
    ladder.find(
      (step) =>
        step.level === level &&
        (step.validFrom === null || step.validFrom <= roundDate) &&
        (step.validTo === null || roundDate <= step.validTo),
    ) ?? null
  );
}

export type LadderEvidence = {
  /** The establishment's certificates for this product at any level. */
  certificates: readonly (CertificateDates & { level: SelectionLevel })[];
  hasRecommendation: boolean;
};

/** What an entry lacks under S2 on the round date; empty when it may enter. */
export function checkLadder(
  level: SelectionLevel,
  roundDate: IsoDate,
  evidence: LadderEvidence,
  ladder: readonly LadderStep[] = defaultSelectionLadder,
): RuleIssue[] {
  const step = ladderStepOn(level, roundDate, ladder);
  const levelName = selectionLevelLabels[level].toLowerCase();
  if (!step) {
    return [
      {
        code: "LEVEL_NOT_HELD",
        field: "level",
        messageVi: `Không tổ chức bình chọn ${levelName} vào ngày ${formatDate(roundDate)}`,
      },
    ];
  }
  const hasCertificate =
    step.certificateLevel !== null &&
    evidence.certificates.some(
      (cert) => cert.level === step.certificateLevel && certificateValidOn(cert, roundDate),
    );
  const issues: RuleIssue[] = [];
  const recommendationCovers = step.recommendationAlone && evidence.hasRecommendation;
  if (step.certificateLevel !== null && !hasCertificate && !recommendationCovers) {
    const lower = selectionLevelLabels[step.certificateLevel].toLowerCase();
    issues.push({
      code: "LOWER_CERTIFICATE_MISSING",
      field: "lowerCertificate",
      messageVi: step.recommendationAlone
        ? `Cần giấy chứng nhận ${lower} còn hiệu lực ngày ${formatDate(roundDate)} hoặc văn bản đề nghị của ${step.recommendationBy}`
        : `Cần giấy chứng nhận ${lower} còn hiệu lực ngày ${formatDate(roundDate)}`,
    });
  }
  if (step.recommendationBy !== null && !step.recommendationAlone && !evidence.hasRecommendation) {
    issues.push({
      code: "RECOMMENDATION_MISSING",
      field: "recommendation",
      messageVi: `Cần văn bản đề nghị kèm danh sách rút gọn của ${step.recommendationBy}`,
    });
  }
  return issues;
}
