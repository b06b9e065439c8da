import { formatDate, isIsoDate } from "../../format";
import type { IsoDate } from "../../reference/types";
import { optionalDongToBigInt } from "../dong";
import type { SubjectClass } from "../establishment.constants";
import type { YearDataItem } from "../establishment.fields";
import type {
  EligibilityEvaluation,
  EligibilityRuleSet,
  EligibilitySubject,
  RuleResult,
  YearFacts,
} from "./eligibility.types";
import { combineVerdicts, documentTitle } from "./rule-helpers";
import { defaultRuleSets, ruleSetInForce } from "./rule-sets";

/**
 * Evaluates an establishment against the rule set in force on `date` (the appraisal date, DOMAIN §9.4) and
 * explains the outcome in Vietnamese. Pure: the caller gathers the facts (units and their attributes at the
 * date, the previous year's figures) and stores the returned evaluation with the rule-set id and version.
 */

const SUBJECT_NOUN: Record<SubjectClass, string> = {
  CNNT: "cơ sở CNNT",
  SXSH: "cơ sở áp dụng SXSH",
  DICH_VU: "tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công",
};

function summarise(subject: EligibilitySubject, set: EligibilityRuleSet, results: RuleResult[]): string {
  const verdict = combineVerdicts(results.map((r) => r.verdict));
  const noun = SUBJECT_NOUN[subject.subjectClass];
  const basis = documentTitle(set.legalBasis[0] ?? set.id);
  const explain = (wanted: RuleResult["verdict"]) =>
    results
      .filter((r) => r.verdict === wanted)
      .map((r) => `${r.code} — ${r.reasonVi}`)
      .join("; ");
  if (verdict === "NOT_ELIGIBLE")
    return `Không đủ điều kiện là ${noun} theo ${basis}: ${explain("NOT_ELIGIBLE")}`;
  if (verdict === "UNKNOWN")
    return `Chưa xác định được điều kiện là ${noun} theo ${basis}: ${explain("UNKNOWN")}`;
  const checked = results.filter((r) => r.applicable).map((r) => r.code);
  return `Đủ điều kiện là ${noun} theo ${basis}: đạt ${checked.join(", ")} (${set.labelVi})`;
}

export function evaluateEligibility(
  subject: EligibilitySubject,
  date: IsoDate,
  ruleSets: readonly EligibilityRuleSet[] = defaultRuleSets,
): EligibilityEvaluation {
  const valid = isIsoDate(date);
  const planYear = subject.planYear ?? (valid ? Number(date.slice(0, 4)) : 0);
  const set = valid ? ruleSetInForce(date, ruleSets) : null;
  if (!set) {
    return {
      ruleSet: null,
      date,
      planYear,
      verdict: "UNKNOWN",
      summaryVi: valid
        ? `Không có bộ quy tắc xét điều kiện nào có hiệu lực vào ngày ${formatDate(date)}`
        : `Ngày xét điều kiện không hợp lệ: ${date}`,
      results: [],
      priorityFlags: [],
    };
  }
  const ruleSet = { id: set.id, version: set.version, labelVi: set.labelVi, confidence: set.confidence };
  const context = { date, planYear, ruleSet };
  const results = set.rules.map((rule) => rule(subject, context));
  return {
    ruleSet,
    date,
    planYear,
    verdict: combineVerdicts(results.map((r) => r.verdict)),
    summaryVi: summarise(subject, set, results),
    results,
    priorityFlags: set.priorityRule(subject, context),
  };
}

/** Year figures as entered (strings of đồng, optional fields) → exact facts, missing = null. */
export function yearFactsFromInput(item: YearDataItem): YearFacts {
  return {
    year: item.year,
    employees: item.employees ?? null,
    totalCapital: optionalDongToBigInt(item.totalCapital),
    totalAssets: optionalDongToBigInt(item.totalAssets),
    revenue: optionalDongToBigInt(item.revenue),
    localMaterialSharePct: item.localMaterialSharePct ?? null,
    hasExportContract: item.hasExportContract ?? null,
    cnhtProduct: item.cnhtProduct ?? null,
  };
}

/** The figures of the year before `date`'s year, which the SME test and the priority flags read. */
export function previousYearFacts(rows: readonly YearDataItem[], date: IsoDate): YearFacts | null {
  const wanted = Number(date.slice(0, 4)) - 1;
  const row = rows.find((item) => item.year === wanted);
  return row ? yearFactsFromInput(row) : null;
}
