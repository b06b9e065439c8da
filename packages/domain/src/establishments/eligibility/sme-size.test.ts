import { describe, expect, it } from "vitest";
import type { YearFacts } from "./eligibility.types";
import { evaluateEligibility } from "./evaluate";
import { evaluateSmeSize, smeThresholds, smeThresholdsOn } from "./sme-size";
import { buildSubject, buildYear } from "./testing/test-subjects";

const BN = 1_000_000_000n;

describe("SME threshold versions", () => {
  it.each([
    ["2009-08-19", null],
    ["2012-07-05", "56/2009/NĐ-CP"],
    ["2018-03-10", "56/2009/NĐ-CP"],
    ["2018-03-11", "39/2018/NĐ-CP"],
    ["2021-10-14", "39/2018/NĐ-CP"],
    ["2021-10-15", "80/2021/NĐ-CP"],
    ["2026-01-01", "80/2021/NĐ-CP"],
  ])("on %s the decree in force is %s", (date, decree) => {
    expect(smeThresholdsOn(date)?.decree ?? null).toBe(decree);
  });

  it("marks every version as unconfirmed", () => {
    for (const version of Object.values(smeThresholds)) expect(version.confidence).toBe("UNCONFIRMED");
  });
});

type Row = [string, Partial<YearFacts>, boolean | null];

describe.each([
  ["39/2018", smeThresholds.ND39_2018],
  ["80/2021", smeThresholds.ND80_2021],
])("evaluateSmeSize — Decree %s (employees AND (revenue OR capital))", (decree, nd80) => {
  it.each<Row>([
    ["at every limit", { employees: 200, revenue: 200n * BN, totalCapital: 100n * BN }, true],
    ["201 employees", { employees: 201, revenue: 1n * BN, totalCapital: 1n * BN }, false],
    ["revenue over, capital within", { employees: 150, revenue: 250n * BN, totalCapital: 90n * BN }, true],
    ["revenue within, capital over", { employees: 150, revenue: 150n * BN, totalCapital: 150n * BN }, true],
    ["revenue and capital over", { employees: 150, revenue: 201n * BN, totalCapital: 101n * BN }, false],
    [
      "assets stand in for capital",
      { employees: 150, revenue: 250n * BN, totalCapital: null, totalAssets: 50n * BN },
      true,
    ],
    ["employees missing", { employees: null, revenue: 1n * BN }, null],
    [
      "employees missing but money over",
      { employees: null, revenue: 300n * BN, totalCapital: 200n * BN },
      false,
    ],
    ["money missing", { employees: 150, revenue: null, totalCapital: null }, null],
    ["employees over, money missing", { employees: 250, revenue: null, totalCapital: null }, false],
    ["revenue over, capital missing", { employees: 150, revenue: 250n * BN, totalCapital: null }, null],
  ])("%s → %s", (_, facts, expected) => {
    expect(evaluateSmeSize(buildYear(facts), nd80).ok).toBe(expected);
  });

  it("names the missing facts", () => {
    const { reasonVi } = evaluateSmeSize(
      buildYear({ employees: null, revenue: null, totalCapital: null }),
      nd80,
    );
    expect(reasonVi).toContain(
      "thiếu số lao động tham gia bảo hiểm xã hội bình quân và doanh thu hoặc tổng nguồn vốn",
    );
    expect(reasonVi).toContain(`Nghị định ${decree}/NĐ-CP, Điều ${decree === "80/2021" ? 5 : 6}`);
  });

  it("states the figures it compared", () => {
    const { reasonVi } = evaluateSmeSize(buildYear({ employees: 250, revenue: 150n * BN }), nd80);
    expect(reasonVi).toBe(
      "Vượt tiêu chí doanh nghiệp nhỏ và vừa ngành công nghiệp và xây dựng năm 2024: 250 lao động (tối đa 200), " +
        "doanh thu 150 tỷ đồng (tối đa 200 tỷ đồng), tổng nguồn vốn 800.000.000 đồng (tối đa 100 tỷ đồng) " +
        `(Nghị định ${nd80.decree}, ${nd80.articleVi})`,
    );
  });
});

describe("evaluateSmeSize — Decree 56/2009 (capital first, else employees)", () => {
  const nd56 = smeThresholds.ND56_2009;
  it.each<Row>([
    ["capital within, many employees", { employees: 400, totalCapital: 50n * BN }, true],
    ["capital over, few employees", { employees: 100, totalCapital: 150n * BN }, false],
    ["no capital, 300 employees", { employees: 300, totalCapital: null }, true],
    ["no capital, 301 employees", { employees: 301, totalCapital: null }, false],
    ["assets instead of capital", { employees: 500, totalCapital: null, totalAssets: 99n * BN }, true],
    ["nothing", { employees: null, totalCapital: null }, null],
  ])("%s → %s", (_, facts, expected) => {
    expect(evaluateSmeSize(buildYear(facts), nd56).ok).toBe(expected);
  });
});

describe("E2 through the rule sets", () => {
  const enterprise = buildSubject({
    legalForm: "DNNVV",
    previousYear: buildYear({ year: 2017, employees: 250, revenue: 150n * BN, totalCapital: 80n * BN }),
  });
  const e2 = (subject: typeof enterprise, date: string) =>
    evaluateEligibility(subject, date).results.find((r) => r.code === "E2");

  it("changes answer when Decree 39/2018 replaces Decree 56/2009", () => {
    expect(e2(enterprise, "2018-03-10")?.verdict).toBe("ELIGIBLE");
    expect(e2(enterprise, "2018-03-11")?.verdict).toBe("NOT_ELIGIBLE");
    expect(e2(enterprise, "2018-03-11")?.reasonVi).toContain("Nghị định 39/2018/NĐ-CP");
  });

  it("cites Decree 80/2021 from 15 October 2021", () => {
    expect(e2(enterprise, "2021-10-14")?.reasonVi).toContain("39/2018/NĐ-CP");
    expect(e2(enterprise, "2021-10-15")?.reasonVi).toContain("80/2021/NĐ-CP");
    expect(e2(enterprise, "2026-03-01")?.reasonVi).toContain("80/2021/NĐ-CP");
  });

  it("answers UNKNOWN, naming the year, when the previous year's figures are missing", () => {
    const result = e2({ ...enterprise, previousYear: null }, "2024-05-20");
    expect(result?.verdict).toBe("UNKNOWN");
    expect(result?.reasonVi).toContain("Chưa có số liệu năm 2023");
  });

  it("applies only to DNNVV, and never to SXSH subjects", () => {
    expect(e2({ ...enterprise, legalForm: "HTX" }, "2024-05-20")).toMatchObject({
      verdict: "ELIGIBLE",
      applicable: false,
    });
    const sxsh = {
      ...enterprise,
      subjectClass: "SXSH" as const,
      previousYear: buildYear({ employees: 5000 }),
    };
    expect(e2(sxsh, "2024-05-20")).toMatchObject({ verdict: "ELIGIBLE", applicable: false });
    expect(e2(sxsh, "2024-05-20")?.reasonVi).toContain("E4");
  });
});
