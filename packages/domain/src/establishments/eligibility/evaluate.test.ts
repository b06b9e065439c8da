import { describe, expect, it } from "vitest";
import type { EligibilitySubject } from "./eligibility.types";
import { evaluateEligibility, previousYearFacts, yearFactsFromInput } from "./evaluate";
import { priorityFlagsRule } from "./priority";
import { defaultRuleSets, ruleSetInForce } from "./rule-sets";
import { buildSite, buildSubject, buildWard, buildYear } from "./testing/test-subjects";

const context = {
  date: "2024-05-20",
  planYear: 2024,
  ruleSet: { id: "T", version: 1, labelVi: "Thử", confidence: "UNCONFIRMED" as const },
};

describe("rule-set selection", () => {
  it.each([
    ["2012-07-04", null],
    ["2012-07-05", "ELIG_ND45_ND56"],
    ["2018-03-10", "ELIG_ND45_ND56"],
    ["2018-03-11", "ELIG_ND45_ND39"],
    ["2021-10-15", "ELIG_ND45_ND80"],
    ["2025-06-30", "ELIG_ND45_ND80"],
    ["2025-07-01", "ELIG_2025_TAM"],
    ["2030-01-01", "ELIG_2025_TAM"],
  ])("on %s uses %s", (date, id) => {
    expect(ruleSetInForce(date)?.id ?? null).toBe(id);
  });

  it("has contiguous, non-overlapping default sets, each with a legal basis", () => {
    for (const [index, set] of defaultRuleSets.entries()) {
      expect(set.legalBasis.length).toBeGreaterThan(0);
      expect(set.confidence).toBe("UNCONFIRMED");
      const next = defaultRuleSets[index + 1];
      if (next && set.validTo) {
        const dayAfter = new Date(`${set.validTo}T00:00:00Z`);
        dayAfter.setUTCDate(dayAfter.getUTCDate() + 1);
        expect(dayAfter.toISOString().slice(0, 10)).toBe(next.validFrom);
      }
    }
  });

  it("reports, instead of throwing, when no set is in force or the date is invalid", () => {
    const early = evaluateEligibility(buildSubject(), "2011-01-01");
    expect(early).toMatchObject({ ruleSet: null, verdict: "UNKNOWN", results: [] });
    expect(early.summaryVi).toContain("01/01/2011");
    expect(evaluateEligibility(buildSubject(), "2024-02-30").summaryVi).toContain("không hợp lệ");
  });
});

describe("overall verdict and summary", () => {
  it("is ELIGIBLE when every rule passes, listing the rules checked", () => {
    const evaluation = evaluateEligibility(buildSubject(), "2024-05-20");
    expect(evaluation.verdict).toBe("ELIGIBLE");
    expect(evaluation.ruleSet).toEqual({
      id: "ELIG_ND45_ND80",
      version: 1,
      labelVi: expect.stringContaining("Nghị định 80/2021/NĐ-CP"),
      confidence: "UNCONFIRMED",
    });
    expect(evaluation.summaryVi).toMatch(
      /^Đủ điều kiện là cơ sở CNNT theo Nghị định 45\/2012\/NĐ-CP: đạt E1, E3, E5 /u,
    );
    expect(evaluation.results.map((r) => r.code)).toEqual(["E1", "E2", "E3", "E4", "E5"]);
  });

  it("is NOT_ELIGIBLE when any rule fails, even if another is unknown", () => {
    const subject = buildSubject({ legalForm: "DN_KHAC", sites: [buildWard({ cityUrbanClass: null })] });
    const evaluation = evaluateEligibility(subject, "2024-05-20");
    expect(evaluation.verdict).toBe("NOT_ELIGIBLE");
    expect(evaluation.summaryVi).toMatch(
      /^Không đủ điều kiện là cơ sở CNNT theo Nghị định 45\/2012\/NĐ-CP: E1 — /u,
    );
    expect(evaluation.summaryVi).not.toContain("E3 —");
  });

  it("is UNKNOWN when nothing fails but something is unknown", () => {
    const evaluation = evaluateEligibility(
      buildSubject({ legalForm: "DNNVV", previousYear: null }),
      "2024-05-20",
    );
    expect(evaluation.verdict).toBe("UNKNOWN");
    expect(evaluation.summaryVi).toContain("Chưa xác định được điều kiện là cơ sở CNNT");
    expect(evaluation.summaryVi).toContain("E2 — Chưa có số liệu năm 2023");
  });

  it("is UNKNOWN for a commune site after 1 July 2025 under the default provisional set", () => {
    const evaluation = evaluateEligibility(buildSubject(), "2025-08-01");
    expect(evaluation.verdict).toBe("UNKNOWN");
    expect(evaluation.summaryVi).toContain("E3' — Quy tắc địa bàn sau 01/07/2025 chưa được ban hành");
  });

  it("admits an SXSH producer of any size anywhere, before and after the reform", () => {
    const subject: EligibilitySubject = buildSubject({
      subjectClass: "SXSH",
      legalForm: "DN_KHAC",
      sites: [buildWard({ cityUrbanClass: "DAC_BIET" })],
      previousYear: buildYear({ employees: 3000, revenue: 5_000_000_000_000n }),
    });
    for (const date of ["2016-01-01", "2024-05-20", "2025-08-01"]) {
      const evaluation = evaluateEligibility(subject, date);
      expect(evaluation.verdict).toBe("ELIGIBLE");
      expect(evaluation.summaryVi).toContain("Đủ điều kiện là cơ sở áp dụng SXSH");
    }
  });

  it("fails mining without a difficult-area site on both sides of the reform", () => {
    const subject = buildSubject({
      industries: ["N_E"],
      sites: [buildSite({ kind: "XA", difficultArea: false })],
    });
    expect(evaluateEligibility(subject, "2024-05-20").verdict).toBe("NOT_ELIGIBLE");
    expect(evaluateEligibility(subject, "2025-08-01").verdict).toBe("NOT_ELIGIBLE");
  });
});

describe("E12 priority flags", () => {
  it("raises every flag the facts support, area first", () => {
    const subject = buildSubject({
      sites: [buildSite({ difficultArea: true })],
      hasValidRepresentativeProductCertificate: true,
      previousYear: buildYear({
        employees: 50,
        localMaterialSharePct: 50.01,
        hasExportContract: true,
        cnhtProduct: true,
      }),
    });
    expect(priorityFlagsRule(subject, context).map((flag) => flag.code)).toEqual([
      "P4_DBKK_KK",
      "SP_TIEU_BIEU",
      "XUAT_KHAU",
      "NGUYEN_LIEU_TAI_CHO",
      "NHIEU_LAO_DONG",
      "CNHT",
    ]);
  });

  it.each([
    ["49 workers", { employees: 49 }],
    ["exactly 50 % local materials", { localMaterialSharePct: 50 }],
    [
      "unknown figures",
      { employees: null, localMaterialSharePct: null, hasExportContract: null, cnhtProduct: null },
    ],
    ["no export contract", { hasExportContract: false }],
  ])("raises nothing for %s", (_, facts) => {
    expect(priorityFlagsRule(buildSubject({ previousYear: buildYear(facts) }), context)).toEqual([]);
  });

  it("labels flags in Vietnamese and returns them with the evaluation", () => {
    const subject = buildSubject({ previousYear: buildYear({ employees: 62 }) });
    expect(evaluateEligibility(subject, "2024-05-20").priorityFlags).toEqual([
      {
        code: "NHIEU_LAO_DONG",
        group: "INDUSTRY_B",
        labelVi: "Sử dụng nhiều lao động",
        reasonVi: "Sử dụng 62 lao động bình quân năm 2024 (từ 50 lao động) (Thông tư 46/2012/TT-BCT, Điều 6)",
      },
    ]);
  });
});

describe("facts from entered year data", () => {
  const rows = [
    { year: 2023, employees: 10, totalCapital: "900719925474099312", revenue: null },
    { year: 2024, employees: 12 },
  ];

  it("picks the year before the evaluation date's year, with exact money", () => {
    expect(previousYearFacts(rows, "2024-05-20")).toEqual({
      year: 2023,
      employees: 10,
      totalCapital: 900719925474099312n,
      totalAssets: null,
      revenue: null,
      localMaterialSharePct: null,
      hasExportContract: null,
      cnhtProduct: null,
    });
    expect(previousYearFacts(rows, "2026-01-01")).toBeNull();
    expect(yearFactsFromInput({ year: 2024, hasExportContract: false }).hasExportContract).toBe(false);
  });
});
