import type { IsoDate } from "../../reference/types";
import type { EligibilityRuleSet } from "./eligibility.types";
import {
  defaultProvisionalLocationConfig,
  PROVISIONAL_LOCATION_LABEL,
  type ProvisionalLocationConfig,
  preReformLocationRule,
  provisionalLocationRule,
} from "./location";
import { priorityFlagsRule } from "./priority";
import { type SmeThresholds, smeSizeRule, smeThresholds } from "./sme-size";
import { industryRule, subjectClassRule, sxshExemptionRule } from "./subject-rules";

/**
 * The dated rule sets (DOMAIN §9.4, §9.8). A set is cut wherever one of its inputs changes: the SME decree
 * (2018, 2021) and the 2025 reform of administrative units. Each set carries the document numbers it encodes,
 * and the evaluation stores the set's id and version with its result, so a verdict can always be explained by
 * the rules of its day. Confidence is the weakest of its parts: the SME thresholds are UNCONFIRMED.
 */

/** Decree 45/2012/NĐ-CP takes effect: nothing earlier is evaluated. */
export const DECREE_45_EFFECTIVE: IsoDate = "2012-07-05";
/** Administrative reform: districts disappear, the old location test can no longer be applied. */
export const REFORM_2025_EFFECTIVE: IsoDate = "2025-07-01";

type PreReformInput = { id: string; sme: SmeThresholds; validFrom: IsoDate; validTo: IsoDate };

function preReformRuleSet({ id, sme, validFrom, validTo }: PreReformInput): EligibilityRuleSet {
  return {
    id,
    version: 1,
    labelVi: `Đối tượng khuyến công theo Nghị định 45/2012/NĐ-CP; tiêu chí doanh nghiệp nhỏ và vừa theo Nghị định ${sme.decree}`,
    confidence: "UNCONFIRMED",
    validFrom,
    validTo,
    legalBasis: ["45/2012/NĐ-CP", "46/2012/TT-BCT", sme.decree],
    noteVi:
      "Điều kiện đối tượng, địa bàn, ngành nghề theo Nghị định 45/2012/NĐ-CP và Thông tư 46/2012/TT-BCT (đã xác nhận). " +
      "Giả định văn bản thay thế Thông tư 46/2012/TT-BCT (chưa xác nhận, có thể là Thông tư 28/2018/TT-BCT) giữ nguyên " +
      `các điều kiện này. Ngưỡng doanh nghiệp nhỏ và vừa theo Nghị định ${sme.decree} chưa được đối chiếu với văn bản gốc.`,
    rules: [subjectClassRule, smeSizeRule(sme), preReformLocationRule, sxshExemptionRule, industryRule],
    priorityRule: priorityFlagsRule,
  };
}

export type ProvisionalRuleSetInput = {
  version: number;
  location: ProvisionalLocationConfig;
  validFrom?: IsoDate;
  validTo?: IsoDate | null;
};

/**
 * The post-2025 set. Its location rule is data: a province or the central agency can publish version 2 with,
 * say, `eligibleKinds: ["XA", "DAC_KHU"]` until the guidance of Decree 235/2025 is known.
 */
export function provisionalRuleSet(input: ProvisionalRuleSetInput): EligibilityRuleSet {
  return {
    id: "ELIG_2025_TAM",
    version: input.version,
    labelVi: PROVISIONAL_LOCATION_LABEL,
    confidence: "UNCONFIRMED",
    validFrom: input.validFrom ?? REFORM_2025_EFFECTIVE,
    validTo: input.validTo ?? null,
    legalBasis: ["45/2012/NĐ-CP", "235/2025/NĐ-CP", "46/2012/TT-BCT", "80/2021/NĐ-CP"],
    noteVi:
      "Nghị định 235/2025/NĐ-CP sửa đổi Nghị định 45/2012/NĐ-CP nhưng chưa có nội dung. Tạm giữ nguyên điều kiện " +
      "đối tượng, quy mô (Nghị định 80/2021/NĐ-CP), miễn trừ SXSH và ngành nghề; điều kiện địa bàn theo cấu hình tạm " +
      `(${input.location.noteVi}).`,
    rules: [
      subjectClassRule,
      smeSizeRule(smeThresholds.ND80_2021),
      provisionalLocationRule(input.location),
      sxshExemptionRule,
      industryRule,
    ],
    priorityRule: priorityFlagsRule,
  };
}

export const defaultRuleSets: readonly EligibilityRuleSet[] = [
  preReformRuleSet({
    id: "ELIG_ND45_ND56",
    sme: smeThresholds.ND56_2009,
    validFrom: DECREE_45_EFFECTIVE,
    validTo: "2018-03-10",
  }),
  preReformRuleSet({
    id: "ELIG_ND45_ND39",
    sme: smeThresholds.ND39_2018,
    validFrom: "2018-03-11",
    validTo: "2021-10-14",
  }),
  preReformRuleSet({
    id: "ELIG_ND45_ND80",
    sme: smeThresholds.ND80_2021,
    validFrom: "2021-10-15",
    validTo: "2025-06-30",
  }),
  provisionalRuleSet({ version: 1, location: defaultProvisionalLocationConfig }),
];

/**
 * The set in force on `date`. When several overlap (a newer version published for the same period), the one
 * starting last wins, then the highest version.
 */
export function ruleSetInForce(
  date: IsoDate,
  ruleSets: readonly EligibilityRuleSet[] = defaultRuleSets,
): EligibilityRuleSet | null {
  const candidates = ruleSets.filter(
    (set) => set.validFrom <= date && (set.validTo === null || date <= set.validTo),
  );
  candidates.sort((a, b) => b.validFrom.localeCompare(a.validFrom) || b.version - a.version);
  return candidates[0] ?? null;
}
