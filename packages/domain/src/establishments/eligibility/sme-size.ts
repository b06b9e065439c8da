import type { Confidence, IsoDate } from "../../reference/types";
import type { EligibilityRule, RuleResult, YearFacts } from "./eligibility.types";
import { and3, CITE, dongVi, notApplicable, or3, result, type Tri, verdictOf } from "./rule-helpers";

/**
 * E2 — a DNNVV must meet the SME definition in force (Circ. 46/2012 Art. 3.1.a ✅; which decree is in force at a
 * date is ❓, DOMAIN §3.2). Only the "industry and construction" sector matters for khuyến công. Thresholds are
 * data per decree version; the values below are recalled, not confirmed in our sources, hence UNCONFIRMED.
 */

export type SmeTest =
  /**
   * Decree 56/2009: capital OR average employees, "total capital is the priority criterion" ❓. We read it as:
   * decide on capital when known (total assets stand in for it, as that decree itself equates them), else on
   * employees.
   */
  | { kind: "CAPITAL_FIRST"; maxCapital: bigint; maxEmployees: number }
  /** Decrees 39/2018 and 80/2021: employees with social insurance AND (revenue OR capital). */
  | {
      kind: "EMPLOYEES_AND_REVENUE_OR_CAPITAL";
      maxEmployees: number;
      maxRevenue: bigint;
      maxCapital: bigint;
    };

export type SmeThresholds = {
  decree: string;
  articleVi: string;
  validFrom: IsoDate;
  validTo: IsoDate | null;
  confidence: Confidence;
  test: SmeTest;
};

const BN = 1_000_000_000n;

/**
 * The upper bound of a medium-sized enterprise in industry and construction, per decree (all ❓):
 * - 56/2009/NĐ-CP: capital ≤ 100 bn or ≤ 300 employees; in force ❓ 2009-08-20 until replaced by 39/2018.
 * - 39/2018/NĐ-CP: ≤ 200 insured employees and (revenue ≤ 200 bn or capital ≤ 100 bn); dated 11 Mar 2018 and,
 *   as recalled, effective on signing (a third-party English copy shows that date). The brief that asked for this
 *   module gave 2018-11-11 ❓ — a possible day/month swap; change the two dates here if the official text says so.
 * - 80/2021/NĐ-CP: the same medium thresholds (it lowered only the small-enterprise headcount); from 2021-10-15.
 */
export const smeThresholds = {
  ND56_2009: {
    decree: "56/2009/NĐ-CP",
    articleVi: "Điều 3",
    validFrom: "2009-08-20",
    validTo: "2018-03-10",
    confidence: "UNCONFIRMED",
    test: { kind: "CAPITAL_FIRST", maxCapital: 100n * BN, maxEmployees: 300 },
  },
  ND39_2018: {
    decree: "39/2018/NĐ-CP",
    articleVi: "Điều 6",
    validFrom: "2018-03-11",
    validTo: "2021-10-14",
    confidence: "UNCONFIRMED",
    test: {
      kind: "EMPLOYEES_AND_REVENUE_OR_CAPITAL",
      maxEmployees: 200,
      maxRevenue: 200n * BN,
      maxCapital: 100n * BN,
    },
  },
  ND80_2021: {
    decree: "80/2021/NĐ-CP",
    articleVi: "Điều 5",
    validFrom: "2021-10-15",
    validTo: null,
    confidence: "UNCONFIRMED",
    test: {
      kind: "EMPLOYEES_AND_REVENUE_OR_CAPITAL",
      maxEmployees: 200,
      maxRevenue: 200n * BN,
      maxCapital: 100n * BN,
    },
  },
} as const satisfies Record<string, SmeThresholds>;

/** All versions in date order. */
export const smeThresholdVersions: readonly SmeThresholds[] = Object.values(smeThresholds);

/** The threshold version in force on `date`, or null before the first one. */
export function smeThresholdsOn(
  date: IsoDate,
  versions: readonly SmeThresholds[] = smeThresholdVersions,
): SmeThresholds | null {
  return versions.find((v) => v.validFrom <= date && (v.validTo === null || date <= v.validTo)) ?? null;
}

const SECTOR = "doanh nghiệp nhỏ và vừa ngành công nghiệp và xây dựng";

function capitalOf(year: YearFacts): { value: bigint | null; labelVi: string } {
  if (year.totalCapital !== null) return { value: year.totalCapital, labelVi: "tổng nguồn vốn" };
  // The balance sheet's total sources equal its total assets, so assets stand in for missing capital.
  if (year.totalAssets !== null)
    return { value: year.totalAssets, labelVi: "tổng tài sản (thay tổng nguồn vốn)" };
  return { value: null, labelVi: "tổng nguồn vốn" };
}

function atMost<T extends bigint | number>(value: T | null, max: T): Tri {
  return value === null ? null : value <= max;
}

/** Pure size test over one year's figures; exported for the SME boundary tests. */
export function evaluateSmeSize(year: YearFacts, thresholds: SmeThresholds): { ok: Tri; reasonVi: string } {
  const { test } = thresholds;
  const cite = `Nghị định ${thresholds.decree}, ${thresholds.articleVi}`;
  const capital = capitalOf(year);
  const facts: string[] = [];
  if (year.employees !== null) facts.push(`${year.employees} lao động (tối đa ${test.maxEmployees})`);
  if (test.kind === "EMPLOYEES_AND_REVENUE_OR_CAPITAL" && year.revenue !== null) {
    facts.push(`doanh thu ${dongVi(year.revenue)} (tối đa ${dongVi(test.maxRevenue)})`);
  }
  if (capital.value !== null) {
    facts.push(`${capital.labelVi} ${dongVi(capital.value)} (tối đa ${dongVi(test.maxCapital)})`);
  }

  let ok: Tri;
  const missing: string[] = [];
  if (test.kind === "CAPITAL_FIRST") {
    ok =
      capital.value !== null ? capital.value <= test.maxCapital : atMost(year.employees, test.maxEmployees);
    if (ok === null) missing.push("tổng nguồn vốn (hoặc tổng tài sản) hoặc số lao động bình quân");
  } else {
    const employees = atMost(year.employees, test.maxEmployees);
    const money = or3(atMost(year.revenue, test.maxRevenue), atMost(capital.value, test.maxCapital));
    ok = and3(employees, money);
    if (employees === null) missing.push("số lao động tham gia bảo hiểm xã hội bình quân");
    if (money === null) missing.push("doanh thu hoặc tổng nguồn vốn");
  }

  const factText = facts.length > 0 ? `: ${facts.join(", ")}` : "";
  if (ok === true) return { ok, reasonVi: `Đạt tiêu chí ${SECTOR} năm ${year.year}${factText} (${cite})` };
  if (ok === false) return { ok, reasonVi: `Vượt tiêu chí ${SECTOR} năm ${year.year}${factText} (${cite})` };
  return {
    ok,
    reasonVi: `Chưa đủ số liệu năm ${year.year} để xét tiêu chí ${SECTOR}: thiếu ${missing.join(" và ")}${
      facts.length > 0 ? `; đã có ${facts.join(", ")}` : ""
    } (${cite})`,
  };
}

/** E2 bound to one threshold version (each rule set names the SME decree it uses). */
export function smeSizeRule(thresholds: SmeThresholds): EligibilityRule {
  return (subject, context): RuleResult => {
    if (subject.subjectClass === "SXSH") {
      return notApplicable(
        "E2",
        `Không xét quy mô: cơ sở áp dụng SXSH không bị giới hạn quy mô (E4 — ${CITE.sxshExemption})`,
      );
    }
    if (subject.subjectClass === "DICH_VU") {
      return notApplicable(
        "E2",
        "Không xét quy mô đối với tổ chức, cá nhân tham gia quản lý, dịch vụ khuyến công",
      );
    }
    if (subject.legalForm !== "DNNVV") {
      return notApplicable(
        "E2",
        `Không xét quy mô: tiêu chí chỉ áp dụng với doanh nghiệp nhỏ và vừa (${CITE.smeDefinition})`,
      );
    }
    const year = subject.previousYear;
    if (year === null) {
      const wanted = Number(context.date.slice(0, 4)) - 1;
      return result(
        "E2",
        "UNKNOWN",
        `Chưa có số liệu năm ${wanted} (lao động, doanh thu, tổng nguồn vốn) để xét tiêu chí ${SECTOR} (Nghị định ${thresholds.decree})`,
      );
    }
    const { ok, reasonVi } = evaluateSmeSize(year, thresholds);
    return result("E2", verdictOf(ok), reasonVi);
  };
}
