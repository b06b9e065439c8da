import { describe, expect, it } from "vitest";
import type { ReportRow, ReportSection } from "./report-template";
import { sixMonthReportTemplate } from "./report-templates.data";
import { previewTemplateChecks } from "./template-check-preview";
import { prefilledRowIssues, removableRowCodes, validateTemplateStructure } from "./template-structure";

const money = { kind: "MONEY" } as const;
const row = (code: string, extra: Partial<ReportRow> = {}): ReportRow => ({
  code,
  labelVi: `Dòng ${code}`,
  indicator: "BUDGET_EXEC",
  unit: money,
  columns: ["PLAN", "PERIOD"],
  ...extra,
});
const structure = (...rows: ReportRow[]) => ({
  sections: [{ code: "A", titleVi: "Phần A", rows }] satisfies ReportSection[],
  narrative: [{ code: "DANH_GIA", titleVi: "Đánh giá" }],
});
const findings = (...rows: ReportRow[]) =>
  validateTemplateStructure(structure(...rows)).map((issue) => [issue.code, issue.path]);

describe("structure of a template version", () => {
  it("accepts the seeded templates as they are", () => {
    expect(validateTemplateStructure(sixMonthReportTemplate)).toEqual([]);
  });

  it("refuses duplicate and malformed codes, naming the field", () => {
    expect(findings(row("KP"), row("KP"), row("kp thường"))).toEqual([
      ["TEMPLATE_CODE_DUPLICATE", "sections.0.rows.1.code"],
      ["TEMPLATE_CODE_INVALID", "sections.0.rows.2.code"],
    ]);
  });

  it("refuses a part of a missing row and a part in another unit; a bound may be another count unit", () => {
    const count = (unitVi: string) => ({ kind: "COUNT", unitVi }) as const;
    expect(
      findings(
        row("KP"),
        row("KP_X", { partOf: { row: "KHONG_CO", partition: "SOURCE" } }),
        row("HOI_CHO", { unit: count("hội chợ"), partOf: { row: "KP", partition: "SOURCE" } }),
        row("LUOT", { unit: count("lượt"), columns: ["PERIOD"] }),
        row("CO_SO", { unit: count("cơ sở"), columns: ["PERIOD"], atMost: "LUOT" }),
        row("TIEN", { columns: ["PERIOD"], atMost: "LUOT" }),
      ),
    ).toEqual([
      ["TEMPLATE_REFERENCE_MISSING", "sections.0.rows.1.partOf.row"],
      ["TEMPLATE_REFERENCE_UNIT_MISMATCH", "sections.0.rows.2.partOf.row"],
      ["TEMPLATE_REFERENCE_UNIT_MISMATCH", "sections.0.rows.5.atMost"],
    ]);
  });

  it("finds a loop of parts once, and a loop of bounds", () => {
    const issues = validateTemplateStructure(
      structure(
        row("A", { partOf: { row: "B", partition: "SOURCE" } }),
        row("B", { partOf: { row: "C", partition: "SOURCE" } }),
        row("C", { partOf: { row: "A", partition: "CONTENT" } }),
        row("D", { atMost: "D" }),
      ),
    );
    expect(issues.map((issue) => [issue.code, issue.path, issue.messageVi])).toEqual([
      [
        "TEMPLATE_REFERENCE_CYCLE",
        "sections.0.rows.0.partOf.row",
        "Các dòng là phần của nhau thành vòng: A → B → C → A",
      ],
      [
        "TEMPLATE_REFERENCE_CYCLE",
        "sections.0.rows.3.atMost",
        "Các dòng giới hạn lẫn nhau thành vòng: D ≤ D",
      ],
    ]);
  });

  it("allows each unit only its columns, and a printed percentage only with what recomputes it", () => {
    const count = { kind: "COUNT", unitVi: "người" } as const;
    expect(
      findings(
        row("DAO_TAO", { unit: count, columns: ["PERIOD", "PREVIOUS_PLAN", "PLAN_GROWTH"] }),
        row("KP", { columns: ["PERIOD", "PCT_OF_PLAN", "GROWTH"] }),
        row("KE_HOACH", { columns: ["PLAN"] }),
      ),
    ).toEqual([
      ["TEMPLATE_COLUMN_NOT_ALLOWED", "sections.0.rows.0.columns.1"],
      ["TEMPLATE_COLUMN_NOT_ALLOWED", "sections.0.rows.0.columns.2"],
      ["TEMPLATE_COLUMN_INPUT_MISSING", "sections.0.rows.0.columns.2"],
      ["TEMPLATE_COLUMN_INPUT_MISSING", "sections.0.rows.1.columns.1"],
      ["TEMPLATE_COLUMN_INPUT_MISSING", "sections.0.rows.1.columns.2"],
      ["TEMPLATE_COLUMN_INPUT_MISSING", "sections.0.rows.2.columns"],
    ]);
  });

  it("refuses an empty section and an empty template", () => {
    expect(
      validateTemplateStructure({ sections: [{ code: "A", titleVi: "A", rows: [] }], narrative: [] }).map(
        (issue) => issue.path,
      ),
    ).toEqual(["sections", "sections.0.rows"]);
  });

  it("keeps a pre-filled row's indicator and unit when its code is kept", () => {
    const next = {
      ...sixMonthReportTemplate,
      sections: sixMonthReportTemplate.sections.map((section) => ({
        ...section,
        rows: section.rows.map((r) =>
          r.code === "BOOTHS" ? { ...r, unit: { kind: "COUNT", unitVi: "gian" } as const } : r,
        ),
      })),
    };
    expect(prefilledRowIssues(sixMonthReportTemplate, next).map((issue) => issue.code)).toEqual([
      "TEMPLATE_PREFILLED_ROW_CHANGED",
    ]);
  });

  it("lets only rows no other row refers to be removed", () => {
    const removable = removableRowCodes(sixMonthReportTemplate);
    expect(removable.has("KP")).toBe(false);
    expect(removable.has("FAIR_PARTICIPATIONS")).toBe(false);
    expect(removable.has("KP_KCQG")).toBe(true);
    expect(removable.has("TRAINEES")).toBe(true);
  });
});

describe("the checks a version generates, as the administrator reads them", () => {
  const previews = previewTemplateChecks(sixMonthReportTemplate);
  const formula = (id: string) => previews.find((preview) => preview.id === id)?.formula;

  it("lists the sums, percentages, growths, recovered plans and bounds of the seeded template", () => {
    expect(formula("SUM:KP:SOURCE:PERIOD")).toBe("KP = KP_KCQG + KP_KCDP (thực hiện kỳ báo cáo)");
    expect(formula("PERCENT:KP")).toBe("% so với kế hoạch năm của KP = KP thực hiện ÷ kế hoạch năm × 100");
    expect(formula("GROWTH:KP:PLAN_GROWTH")).toBe(
      "Kế hoạch tăng/giảm so với năm trước (%) của KP = (kế hoạch năm − kế hoạch năm trước) ÷ kế hoạch năm trước × 100",
    );
    expect(formula("RECOVERED_PLAN:KP:SOURCE")).toBe(
      "Kế hoạch năm của KP ≈ Σ thực hiện ÷ % kế hoạch của KP_KCQG, KP_KCDP",
    );
    expect(formula("AT_MOST:FAIR_ESTABLISHMENTS:PERIOD")).toBe(
      "FAIR_ESTABLISHMENTS ≤ FAIR_PARTICIPATIONS (thực hiện kỳ báo cáo)",
    );
    expect(previews.find((p) => p.id === "GROWTH:KP:GROWTH")?.severity).toBe("WARNING");
    expect(new Set(previews.map((p) => p.id)).size).toBe(previews.length);
  });

  it("brings the checks of a new part with it", () => {
    const withPart = {
      ...sixMonthReportTemplate,
      sections: [
        {
          code: "A",
          titleVi: "A",
          rows: [row("T"), row("T_1", { partOf: { row: "T", partition: "SOURCE" } })],
        },
      ],
    };
    expect(previewTemplateChecks(withPart).map((p) => p.formula)).toEqual([
      "T = T_1 (kế hoạch năm)",
      "T = T_1 (thực hiện kỳ báo cáo)",
    ]);
  });
});
