import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AggregateProvince,
  type AggregateReportInput,
  aggregateReports,
  percentCellValue,
} from "./report-aggregate";
import { type ReportColumn, type ReportTemplateVersion, templateRows } from "./report-template";
import { annualReportTemplate } from "./report-templates.data";
import type { ReportState } from "./report-workflow";

/** A small template: a budget total split by source, and fair participations bounding distinct establishments. */
const template: Pick<ReportTemplateVersion, "sections" | "acknowledgeable"> = {
  acknowledgeable: ["GROWTH"],
  sections: [
    {
      code: "S",
      titleVi: "S",
      rows: [
        {
          code: "KP",
          labelVi: "Tổng kinh phí",
          indicator: "BUDGET_EXEC",
          unit: { kind: "MONEY" },
          columns: ["PLAN", "PERIOD", "PCT_OF_PLAN", "PREVIOUS", "GROWTH"],
        },
        {
          code: "KP_KCQG",
          labelVi: "Khuyến công quốc gia",
          indicator: "BUDGET_EXEC",
          unit: { kind: "MONEY" },
          columns: ["PLAN", "PERIOD", "PREVIOUS"],
          partOf: { row: "KP", partition: "SOURCE" },
        },
        {
          code: "KP_KCDP",
          labelVi: "Khuyến công địa phương",
          indicator: "BUDGET_EXEC",
          unit: { kind: "MONEY" },
          columns: ["PLAN", "PERIOD", "PREVIOUS"],
          partOf: { row: "KP", partition: "SOURCE" },
        },
        {
          code: "LUOT",
          labelVi: "Số lượt cơ sở tham gia hội chợ",
          indicator: "FAIR_PARTICIPATIONS",
          unit: { kind: "COUNT", unitVi: "lượt" },
          columns: ["PERIOD"],
        },
        {
          code: "CO_SO",
          labelVi: "Số cơ sở (không trùng lặp)",
          indicator: "ESTAB_SUPPORTED",
          unit: { kind: "COUNT", unitVi: "cơ sở" },
          columns: ["PERIOD"],
          atMost: "LUOT",
        },
      ],
    },
  ],
};

const province = (id: string, region: string): AggregateProvince => ({
  id,
  labelVi: `Tỉnh ${id}`,
  region,
  countedAs: { id, labelVi: `Tỉnh ${id}` },
});

type Cells = Record<string, string | [string, "ESTIMATE" | "PLAN"]>;

function report(provinceId: string, state: ReportState, cells: Cells): AggregateReportInput {
  return {
    reportId: `R-${provinceId}`,
    provinceId,
    state,
    cells: Object.entries(cells).map(([key, given]) => {
      const [row, column] = key.split("/") as [string, ReportColumn];
      const [value, kind] = typeof given === "string" ? [given, null] : given;
      return { row, column, value, valueKind: kind ?? (column.includes("PLAN") ? "PLAN" : "ACTUAL") };
    }),
  };
}

const provinces = [province("A", "NAM"), province("B", "NAM"), province("C", "BAC"), province("D", "NAM")];

const consistent = (plan: number, kcqg: number, kcdp: number, previous: number): Cells => ({
  "KP/PLAN": `${plan}`,
  "KP_KCQG/PLAN": `${plan / 2}`,
  "KP_KCDP/PLAN": `${plan / 2}`,
  "KP/PERIOD": `${kcqg + kcdp}`,
  "KP_KCQG/PERIOD": `${kcqg}`,
  "KP_KCDP/PERIOD": `${kcdp}`,
  "KP/PREVIOUS": `${previous}`,
  "KP_KCQG/PREVIOUS": `${previous / 2}`,
  "KP_KCDP/PREVIOUS": `${previous / 2}`,
  "LUOT/PERIOD": "10",
  "CO_SO/PERIOD": "7",
});

const cellOf = (aggregate: ReturnType<typeof aggregateReports>, key: string) =>
  aggregate.cells.find((cell) => cell.key === key);

describe("a region's report from the approved reports of its provinces", () => {
  const reports = [
    report("A", "APPROVED", { ...consistent(1000, 300, 200, 400), "KP/PCT_OF_PLAN": "50.00" }),
    report("B", "LOCKED", { ...consistent(3000, 300, 300, 800), "KP/PCT_OF_PLAN": "20.00" }),
    report("C", "APPROVED", consistent(5000, 1000, 1000, 2000)),
    report("D", "SUBMITTED", consistent(9000, 9000, 0, 1)),
  ];
  const south = aggregateReports({ template, scope: { kind: "REGION", region: "NAM" }, provinces, reports });

  it("sums the amounts of approved and locked reports of the region only", () => {
    expect(cellOf(south, "KP/PERIOD")).toMatchObject({ value: "1100", valueKind: "ACTUAL", reporting: 2 });
    expect(cellOf(south, "KP/PLAN")).toMatchObject({ value: "4000", valueKind: "PLAN" });
    expect(cellOf(south, "KP/PERIOD")?.contributions.map((c) => [c.provinceId, c.value])).toEqual([
      ["A", "500"],
      ["B", "600"],
    ]);
  });

  it("recomputes a percentage from the summed amounts instead of averaging the printed ones", () => {
    // 1.100 / 4.000 = 27,50 %, where the mean of the printed 50 % and 20 % would be 35 %.
    expect(cellOf(south, "KP/PCT_OF_PLAN")).toMatchObject({ value: "27.50", recomputed: true });
    expect(cellOf(south, "KP/PCT_OF_PLAN")?.contributions.map((c) => c.value)).toEqual(["50.00", "20.00"]);
    // (1.100 − 1.200) / 1.200 = −8,33 %
    expect(cellOf(south, "KP/GROWTH")?.value).toBe("-8.33");
  });

  it("lists the included provinces and the missing ones with the state their report is in", () => {
    expect(south.included.map((p) => p.id)).toEqual(["A", "B"]);
    expect(south.missing.map((p) => [p.id, p.state])).toEqual([["D", "SUBMITTED"]]);
    const national = aggregateReports({ template, scope: { kind: "NATIONAL" }, provinces, reports: [] });
    expect(national.missing.map((p) => [p.id, p.reportId, p.state])).toEqual([
      ["A", null, null],
      ["B", null, null],
      ["C", null, null],
      ["D", null, null],
    ]);
    expect(national.cells.every((cell) => cell.value === null)).toBe(true);
  });

  it("flags a sum of distinct counts as an upper bound, and passes the generated checks when provinces agree", () => {
    expect(cellOf(south, "CO_SO/PERIOD")).toMatchObject({ value: "14", distinctCountSum: true });
    expect(cellOf(south, "LUOT/PERIOD")).toMatchObject({ value: "20", distinctCountSum: false });
    expect(south.checks.length).toBeGreaterThan(3);
    expect(south.checks.filter((check) => !check.result.ok)).toEqual([]);
  });
});

describe("value kinds and gaps", () => {
  it("never adds an estimate to an actual: both sums are kept and the cell has no single figure", () => {
    const reports = [
      report("A", "APPROVED", consistent(1000, 300, 200, 400)),
      report("B", "APPROVED", {
        ...consistent(3000, 300, 300, 800),
        "KP/PERIOD": ["600", "ESTIMATE"],
        "KP_KCQG/PERIOD": ["300", "ESTIMATE"],
        "KP_KCDP/PERIOD": ["300", "ESTIMATE"],
      }),
    ];
    const aggregate = aggregateReports({ template, scope: { kind: "NATIONAL" }, provinces, reports });
    expect(cellOf(aggregate, "KP/PERIOD")).toMatchObject({
      value: null,
      valueKind: null,
      byKind: { ACTUAL: { value: "500", provinces: 1 }, ESTIMATE: { value: "600", provinces: 1 } },
    });
    expect(cellOf(aggregate, "KP/PCT_OF_PLAN")?.value).toBeNull();
    expect(aggregate.checks.some((check) => check.cells.includes("KP/PERIOD"))).toBe(false);
  });

  it("keeps a sum that is all estimates as an estimate", () => {
    const estimates = { "KP/PERIOD": ["500", "ESTIMATE"], "KP/PLAN": "1000" } satisfies Cells;
    const aggregate = aggregateReports({
      template,
      scope: { kind: "NATIONAL" },
      provinces,
      reports: [report("A", "APPROVED", estimates), report("B", "APPROVED", estimates)],
    });
    expect(cellOf(aggregate, "KP/PERIOD")).toMatchObject({ value: "1000", valueKind: "ESTIMATE" });
    expect(cellOf(aggregate, "KP/PCT_OF_PLAN")).toMatchObject({ value: "50.00", valueKind: "ESTIMATE" });
  });

  it("computes no percentage over amounts that different provinces gave", () => {
    const aggregate = aggregateReports({
      template,
      scope: { kind: "NATIONAL" },
      provinces,
      reports: [
        report("A", "APPROVED", { "KP/PERIOD": "500", "KP/PLAN": "1000" }),
        report("B", "APPROVED", { "KP/PERIOD": "600" }),
      ],
    });
    expect(cellOf(aggregate, "KP/PERIOD")).toMatchObject({ value: "1100", reporting: 2 });
    expect(cellOf(aggregate, "KP/PLAN")).toMatchObject({ value: "1000", reporting: 1 });
    expect(cellOf(aggregate, "KP/PCT_OF_PLAN")?.value).toBeNull();
  });

  it("reveals a province's slip through the aggregate's own checks: a part one province left empty", () => {
    const { "KP_KCQG/PREVIOUS": _dropped, ...slip } = consistent(3000, 300, 300, 800);
    const aggregate = aggregateReports({
      template,
      scope: { kind: "NATIONAL" },
      provinces,
      reports: [report("A", "APPROVED", consistent(1000, 300, 200, 400)), report("B", "APPROVED", slip)],
    });
    const failing = aggregate.checks.filter((check) => !check.result.ok).map((check) => check.statement.id);
    expect(failing).toEqual(["SUM:KP:SOURCE:PREVIOUS"]);
    expect(cellOf(aggregate, "KP_KCQG/PREVIOUS")).toMatchObject({ value: "200", reporting: 1 });
  });

  it("prints percentages as the report cells store them", () => {
    expect(percentCellValue({ num: 1n, den: 3n })).toBe("0.33");
    expect(percentCellValue({ num: -25n, den: 3n })).toBe("-8.33");
    expect(percentCellValue({ num: 12345n, den: 1n })).toBe("12345.00");
  });
});

/**
 * The property of issue 17: for any approved reports and any dated region memberships, the national aggregate
 * equals the sum of the regions' aggregates, which equals the sum of the approved provinces' cells, with each
 * province placed by the membership valid on the period's last day.
 */
describe("national = sum of regions = sum of approved provinces (property)", () => {
  const regions = ["BAC", "TRUNG", "NAM"] as const;
  const amountKeys = templateRows(annualReportTemplate).flatMap((row) =>
    row.columns.filter((c) => !c.includes("PCT") && !c.includes("GROWTH")).map((c) => `${row.code}/${c}`),
  );
  const states: ReportState[] = ["DRAFT", "SUBMITTED", "RETURNED", "RESUBMITTED", "APPROVED", "LOCKED"];
  const day = (n: number) => new Date(Date.UTC(2015, 0, 1 + n)).toISOString().slice(0, 10);

  /** A province's memberships: consecutive spans, each in a region, the first from the start of the data. */
  const memberships = fc.array(
    fc.record({ region: fc.constantFrom(...regions), days: fc.integer({ min: 1, max: 2000 }) }),
    { minLength: 1, maxLength: 3 },
  );
  const provinceArbitrary = fc.record({
    memberships,
    state: fc.option(fc.constantFrom(...states), { nil: null }),
    cells: fc.array(
      fc.record({
        key: fc.constantFrom(...amountKeys),
        value: fc.bigInt({ min: 0n, max: 10n ** 12n }),
        estimate: fc.boolean(),
      }),
      { maxLength: 12 },
    ),
  });

  /** The region valid on a day: the span containing it, else the last one (as `kc_region_at` falls back). */
  function regionOn(spans: readonly { region: string; days: number }[], onDay: string): string {
    let start = 0;
    for (const span of spans) {
      if (onDay >= day(start) && onDay < day(start + span.days)) return span.region;
      start += span.days;
    }
    return spans.at(-1)?.region ?? "";
  }

  it("holds for random approved reports and memberships by date", () => {
    fc.assert(
      fc.property(
        fc.array(provinceArbitrary, { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 0, max: 4000 }),
        (generated, periodEnd) => {
          const onDay = day(periodEnd);
          const places = generated.map((g, i) => province(`P${i}`, regionOn(g.memberships, onDay)));
          const reports = generated.flatMap((g, i): AggregateReportInput[] => {
            if (g.state === null) return [];
            const unique = new Map(g.cells.map((cell) => [cell.key, cell]));
            const cells = [...unique.values()].map((cell) => {
              const [row, column] = cell.key.split("/") as [string, ReportColumn];
              const plan = column.includes("PLAN");
              const valueKind = plan ? "PLAN" : cell.estimate ? "ESTIMATE" : "ACTUAL";
              return { row, column, value: cell.value.toString(), valueKind } as const;
            });
            return [{ reportId: `R${i}`, provinceId: `P${i}`, state: g.state, cells }];
          });
          const run = (scope: Parameters<typeof aggregateReports>[0]["scope"]) =>
            aggregateReports({ template: annualReportTemplate, scope, provinces: places, reports });
          const national = run({ kind: "NATIONAL" });
          const byRegion = regions.map((region) => run({ kind: "REGION", region }));

          const approved = reports.filter((r) => r.state === "APPROVED" || r.state === "LOCKED");
          expect(national.included.map((p) => p.id).sort()).toEqual(approved.map((r) => r.provinceId).sort());
          expect(byRegion.flatMap((a) => a.included.map((p) => p.id)).sort()).toEqual(
            national.included.map((p) => p.id).sort(),
          );
          expect(byRegion.reduce((n, a) => n + a.included.length + a.missing.length, 0)).toBe(places.length);
          for (const cell of national.cells) {
            for (const kind of ["PLAN", "ESTIMATE", "ACTUAL"] as const) {
              const fromProvinces = approved
                .flatMap((r) => r.cells)
                .filter((c) => `${c.row}/${c.column}` === cell.key && c.valueKind === kind)
                .reduce((sum, c) => sum + BigInt(c.value), 0n);
              const fromRegions = byRegion
                .map((a) => a.cells.find((c) => c.key === cell.key)?.byKind[kind]?.value ?? "0")
                .reduce((sum, v) => sum + BigInt(v), 0n);
              expect(BigInt(cell.byKind[kind]?.value ?? "0")).toBe(fromProvinces);
              expect(fromRegions).toBe(fromProvinces);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
