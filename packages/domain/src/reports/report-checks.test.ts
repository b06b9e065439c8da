import { describe, expect, it } from "vitest";
import { southernRegionFigures as south } from "../figures/conference-reports.data";
import { type ReportCellValues, runReportChecks } from "./report-checks";
import { cellKey, type ReportTemplateVersion, templateRows } from "./report-template";
import { annualReportTemplate, budgetSection, outputsSection } from "./report-templates.data";

/** Cell values as the report holds them: amounts in đồng (or counts), percentages as printed, "30.89". */
function cells(entries: Record<string, bigint | string>): ReportCellValues {
  return new Map(Object.entries(entries).map(([key, value]) => [key, `${value}`]));
}

/** The ad-hoc "7 tháng đầu năm" report of the 2018 Southern conference, on the seeded budget section. */
const cutoffTemplate: ReportTemplateVersion = {
  ...annualReportTemplate,
  code: "BC_NHANH",
  periodKind: "CUTOFF_MONTH",
  sections: [budgetSection],
};

const verdicts = (values: ReportCellValues, template: ReportTemplateVersion = cutoffTemplate) =>
  runReportChecks(template, values).map((check) => ({
    id: check.statement.id,
    severity: check.severity,
    ok: check.result.ok,
    computed: check.result.computed,
    code: check.result.flag?.code ?? null,
    difference: check.result.difference,
  }));

describe("checks generated from the template, on R-2018-south typed in as printed (DOMAIN §2.2)", () => {
  const printed7Months2018 = cells({
    [cellKey("KP", "PLAN")]: south.plan2018,
    [cellKey("KP", "PREVIOUS_PLAN")]: south.plan2017,
    [cellKey("KP", "PLAN_GROWTH")]: "1.08",
    [cellKey("KP", "PERIOD")]: south.exec2018Jul,
    [cellKey("KP", "PCT_OF_PLAN")]: "26.59",
    [cellKey("KP_KCQG", "PERIOD")]: south.exec2018JulKcqg,
    [cellKey("KP_KCQG", "PCT_OF_PLAN")]: "30.89",
    [cellKey("KP_KCDP", "PERIOD")]: south.exec2018JulKcdp,
    [cellKey("KP_KCDP", "PCT_OF_PLAN")]: "24.67",
  });

  it("finds all three slips: the 4,5 triệu đồng split, the +1,08 % growth and the recovered source plans", () => {
    expect(verdicts(printed7Months2018)).toEqual([
      {
        id: "SUM:KP:SOURCE:PERIOD",
        severity: "ERROR",
        ok: false,
        computed: "19.623,7",
        code: "SUM_MISMATCH",
        difference: "4,5 triệu đồng",
      },
      {
        id: "RECOVERED_PLAN:KP:SOURCE",
        severity: "ERROR",
        ok: false,
        computed: "73.807,3",
        code: "RECOVERED_PLAN_MISMATCH",
        difference: "26,3 triệu đồng",
      },
      {
        id: "PERCENT:KP",
        severity: "ERROR",
        ok: true,
        computed: "26,59 %",
        code: null,
        difference: "0,00 điểm phần trăm",
      },
      {
        id: "GROWTH:KP:PLAN_GROWTH",
        severity: "ERROR",
        ok: false,
        computed: "+7,72 %",
        code: "GROWTH_MISMATCH",
        difference: "6,64 điểm phần trăm",
      },
    ]);
  });

  it("words the recovered-plan finding with both source plans and the range rounding allows", () => {
    const recovered = runReportChecks(cutoffTemplate, printed7Months2018).find(
      (check) => check.statement.kind === "RECOVERED_PLAN",
    );
    expect(recovered?.cells).toEqual([
      "KP/PLAN",
      "KP_KCQG/PERIOD",
      "KP_KCQG/PCT_OF_PLAN",
      "KP_KCDP/PERIOD",
      "KP_KCDP/PCT_OF_PLAN",
    ]);
    expect(recovered?.result.flag?.messageVi).toContain("Khuyến công quốc gia 22.756,2");
    expect(recovered?.result.flag?.messageVi).toContain("Khuyến công địa phương 51.051,1");
    expect(recovered?.result.flag?.messageVi).toContain("73.793,3–73.821,3 triệu đồng");
  });

  it("passes recovered plans that agree with the printed total within the rounding of the percentages", () => {
    // 7.029,4 and 12.594,3 at their exact shares of a 73.807,3 plan split 22.756,2 / 51.051,1.
    const consistent = new Map(printed7Months2018);
    consistent.set(cellKey("KP", "PLAN"), "73807300000");
    consistent.set(cellKey("KP", "PERIOD"), "19623700000");
    consistent.set(cellKey("KP", "PCT_OF_PLAN"), "26.59");
    const recovered = verdicts(consistent).find((v) => v.id === "RECOVERED_PLAN:KP:SOURCE");
    expect(recovered).toMatchObject({ ok: true, code: null });
    expect(verdicts(consistent).find((v) => v.id === "SUM:KP:SOURCE:PERIOD")).toMatchObject({ ok: true });
  });

  it("passes the 2017 annual figures, 84,12 % of plan and +2,61 % on 2016 (a truncation within one unit)", () => {
    const annual2017 = cells({
      [cellKey("KP", "PLAN")]: south.plan2017,
      [cellKey("KP", "PERIOD")]: south.exec2017,
      [cellKey("KP", "PCT_OF_PLAN")]: "84.12",
      [cellKey("KP", "PREVIOUS")]: south.exec2016,
      [cellKey("KP", "GROWTH")]: "2.61",
    });
    expect(verdicts(annual2017, annualReportTemplate)).toEqual([
      {
        id: "PERCENT:KP",
        severity: "ERROR",
        ok: true,
        computed: "84,12 %",
        code: null,
        difference: "0,00 điểm phần trăm",
      },
      {
        id: "GROWTH:KP:GROWTH",
        severity: "WARNING",
        ok: true,
        computed: "+2,62 %",
        code: null,
        difference: "0,01 điểm phần trăm",
      },
    ]);
  });
});

describe("the structure decides which checks exist", () => {
  it("checks the parts of each partition in every amount column both the total and the parts have", () => {
    const values = new Map<string, string>();
    for (const row of templateRows(annualReportTemplate)) {
      for (const column of row.columns) values.set(cellKey(row.code, column), "0");
    }
    const ids = runReportChecks(annualReportTemplate, values)
      .filter((check) => check.statement.kind === "SUM")
      .map((check) => check.statement.id);
    expect(ids).toEqual([
      "SUM:KP:SOURCE:PLAN",
      "SUM:KP:SOURCE:PERIOD",
      "SUM:KP:SOURCE:PREVIOUS",
      "SUM:KP:CONTENT:PLAN",
      "SUM:KP:CONTENT:PERIOD",
    ]);
  });

  it("brings a new part's check with the row: a third source makes the old two no longer add up", () => {
    const withCounterpart: ReportTemplateVersion = {
      ...cutoffTemplate,
      sections: [
        {
          ...budgetSection,
          rows: [
            ...budgetSection.rows,
            {
              code: "KP_KHAC",
              labelVi: "Nguồn khác",
              indicator: "BUDGET_EXEC",
              unit: { kind: "MONEY" },
              columns: ["PERIOD"],
              partOf: { row: "KP", partition: "SOURCE" },
            },
          ],
        },
      ],
    };
    const values = cells({
      "KP/PERIOD": 30n,
      "KP_KCQG/PERIOD": 10n,
      "KP_KCDP/PERIOD": 20n,
      "KP_KHAC/PERIOD": 5n,
    });
    const sum = runReportChecks(withCounterpart, values).find(
      (c) => c.statement.id === "SUM:KP:SOURCE:PERIOD",
    );
    expect(sum?.cells).toEqual(["KP/PERIOD", "KP_KCQG/PERIOD", "KP_KCDP/PERIOD", "KP_KHAC/PERIOD"]);
    expect(sum?.result.flag?.code).toBe("SUM_MISMATCH");
  });

  it("refuses more distinct establishments than participations, in counts not money", () => {
    const template = { ...annualReportTemplate, sections: [outputsSection] };
    const values = cells({ "FAIR_PARTICIPATIONS/PERIOD": 300n, "FAIR_ESTABLISHMENTS/PERIOD": 301n });
    const [bound] = runReportChecks(template, values);
    expect(bound?.statement.id).toBe("AT_MOST:FAIR_ESTABLISHMENTS:PERIOD");
    expect(bound?.result.flag).toMatchObject({
      code: "COUNT_EXCEEDS_BOUND",
      stated: "301",
      computed: "300",
      difference: "1 cơ sở",
    });
    const fine = cells({ "FAIR_PARTICIPATIONS/PERIOD": 300n, "FAIR_ESTABLISHMENTS/PERIOD": 245n });
    expect(runReportChecks(template, fine)[0]?.result.ok).toBe(true);
  });

  it("skips a check whose inputs are empty, and one on a text that is not a number", () => {
    expect(runReportChecks(cutoffTemplate, cells({ "KP/PERIOD": 5n }))).toEqual([]);
    const garbled = cells({ "KP/PLAN": "abc", "KP/PERIOD": 5n, "KP/PCT_OF_PLAN": "1.5" });
    expect(runReportChecks(cutoffTemplate, garbled)).toEqual([]);
  });
});
