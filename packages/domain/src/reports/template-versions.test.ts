import { describe, expect, it } from "vitest";
import { sixMonthReportTemplate } from "./report-templates.data";
import {
  buildNextVersion,
  inUseChangeIssues,
  planNewVersion,
  type VersionSpan,
  validToIssues,
} from "./template-versions";

const span = (id: string, validFrom: string, validTo: string | null, lastReport: string | null = null) =>
  ({
    id,
    version: Number(id.slice(1)),
    validFrom,
    validTo,
    reportCount: lastReport ? 3 : 0,
    lastReportWindowTo: lastReport,
  }) satisfies VersionSpan;

describe("validity of the versions of one template", () => {
  it("closes the version in force the day before the new one starts", () => {
    expect(planNewVersion([span("V1", "2018-01-01", null, "2026-06-30")], "2027-01-01")).toEqual({
      closes: { id: "V1", validTo: "2026-12-31" },
      issues: [],
    });
  });

  it("refuses a new version that does not start after every existing one", () => {
    const plan = planNewVersion(
      [span("V1", "2018-01-01", "2020-12-31"), span("V2", "2021-01-01", null)],
      "2021-01-01",
    );
    expect(plan.closes).toBeNull();
    expect(plan.issues.map((issue) => [issue.code, issue.severity, issue.path])).toEqual([
      ["TEMPLATE_VALIDITY_OVERLAP", "ERROR", "validFrom"],
    ]);
  });

  it("refuses to close a version before the windows of the reports opened on it", () => {
    const plan = planNewVersion([span("V1", "2018-01-01", null, "2026-12-31")], "2026-07-01");
    expect(plan.issues.map((issue) => issue.code)).toEqual(["TEMPLATE_VALIDITY_BEFORE_REPORTS"]);
    expect(plan.issues[0]?.messageVi).toContain("đến 31/12/2026");
  });

  it("warns of a gap left after a version that already ended", () => {
    const plan = planNewVersion([span("V1", "2018-01-01", "2024-12-31")], "2025-07-01");
    expect(plan.closes).toBeNull();
    expect(plan.issues.map((issue) => [issue.code, issue.severity, issue.messageVi])).toEqual([
      [
        "TEMPLATE_VALIDITY_GAP",
        "WARNING",
        "Từ 01/01/2025 đến 30/06/2025 sẽ không có phiên bản nào có hiệu lực: báo cáo của các kỳ kết thúc trong khoảng này không mở được",
      ],
    ]);
    expect(planNewVersion([span("V1", "2018-01-01", "2025-06-30")], "2025-07-01").issues).toEqual([]);
  });

  it("sets an end that neither overlaps the next version nor cuts off reports; a gap is a warning", () => {
    const versions = [span("V1", "2018-01-01", "2026-12-31", "2026-06-30"), span("V2", "2027-01-01", null)];
    const codes = (id: string, validTo: string | null) =>
      validToIssues(versions, id, validTo).map((i) => i.code);
    expect(codes("V1", "2026-12-31")).toEqual([]);
    expect(codes("V1", "2027-01-01")).toEqual(["TEMPLATE_VALIDITY_OVERLAP"]);
    expect(codes("V1", null)).toEqual(["TEMPLATE_VALIDITY_OVERLAP"]);
    expect(codes("V1", "2026-09-30")).toEqual(["TEMPLATE_VALIDITY_GAP"]);
    expect(codes("V1", "2026-03-31")).toEqual(["TEMPLATE_VALIDITY_BEFORE_REPORTS", "TEMPLATE_VALIDITY_GAP"]);
    expect(codes("V1", "2017-12-31")).toEqual(["TEMPLATE_VALIDITY_INVALID"]);
    expect(codes("V2", "2030-12-31")).toEqual([]);
    expect(codes("V2", null)).toEqual([]);
  });
});

describe("a new version copied from an existing one", () => {
  const input = {
    titleVi: "Báo cáo 6 tháng (sửa đổi 2027)",
    windowRule: "CUTOFF_15_TO_14" as const,
    deadlineDaysAfterWindow: 10,
    validFrom: "2027-01-01",
    legalDocumentId: "TT_28_2018_BCT",
    narrative: sixMonthReportTemplate.narrative,
    sections: sixMonthReportTemplate.sections.map(({ code, titleVi, rows }) => ({
      code,
      titleVi,
      rows: rows.map(({ prefill: _prefill, ...row }) => row),
    })),
  };

  it("keeps the code, period kind and pre-fills, and numbers itself after the highest version", () => {
    const { version, issues } = buildNextVersion(sixMonthReportTemplate, input, 1);
    expect(issues).toEqual([]);
    expect(version).toMatchObject({ code: "BC_6_THANG", version: 2, periodKind: "HALF_YEAR", validTo: null });
    expect(version.sections[0]?.rows[0]?.prefill).toEqual({ kind: "SUMMARY", indicator: "BUDGET_EXEC" });
  });

  it("reports a removed row that another row still refers to", () => {
    const withoutTotal = {
      ...input,
      sections: input.sections.map((section) => ({
        ...section,
        rows: section.rows.filter((row) => row.code !== "KP"),
      })),
    };
    const codes = buildNextVersion(sixMonthReportTemplate, withoutTotal, 1).issues.map((i) => i.code);
    expect(codes.length).toBeGreaterThan(2);
    expect(new Set(codes)).toEqual(new Set(["TEMPLATE_REFERENCE_MISSING"]));
  });

  it("lets a version in use change nothing but its end", () => {
    const closed = { ...sixMonthReportTemplate, validTo: "2026-12-31" };
    expect(inUseChangeIssues(sixMonthReportTemplate, closed, 4)).toEqual([]);
    const relabelled = { ...sixMonthReportTemplate, titleVi: "Khác", narrative: [] };
    expect(inUseChangeIssues(sixMonthReportTemplate, relabelled, 4).map((i) => [i.code, i.path])).toEqual([
      ["TEMPLATE_IN_USE", "titleVi"],
      ["TEMPLATE_IN_USE", "narrative"],
    ]);
    expect(inUseChangeIssues(sixMonthReportTemplate, relabelled, 0)).toEqual([]);
  });
});
