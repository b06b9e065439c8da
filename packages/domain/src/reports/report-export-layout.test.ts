import { describe, expect, it } from "vitest";
import {
  exportCell,
  provincialCommitteeVi,
  reportExportTables,
  reportSubjectVi,
  type StoredExportCell,
  sectionSubjectVi,
} from "./report-export-layout";
import { cellKey } from "./report-template";
import { annualReportTemplate, budgetSection, sixMonthReportTemplate } from "./report-templates.data";

const actual = (value: string): StoredExportCell => ({ value, valueKind: "ACTUAL" });

describe("the numbered tables a report's files print", () => {
  const cells = new Map<string, StoredExportCell>([
    [cellKey("KP", "PLAN"), { value: "73781000000", valueKind: "PLAN" }],
    [cellKey("KP", "PERIOD"), actual("19619200000")],
    [cellKey("KP", "PCT_OF_PLAN"), actual("26.59")],
    [cellKey("KP", "GROWTH"), actual("-1.64")],
    [cellKey("KP_KCQG", "PERIOD"), { value: "7029400000", valueKind: "ESTIMATE" }],
    [cellKey("FAIR_PARTICIPATIONS", "PERIOD"), actual("4363")],
  ]);
  const tables = reportExportTables(annualReportTemplate, cells);

  it("numbers one table per section, captioned by the section's subject, with the unit where it belongs", () => {
    expect(tables.map((t) => t.captionVi)).toEqual([
      "Bảng 1. Kinh phí khuyến công",
      "Bảng 2. Đề án khuyến công",
      "Bảng 3. Kết quả thực hiện các hoạt động",
    ]);
    expect(tables.map((t) => [t.unitVi, t.unitColumn])).toEqual([
      ["triệu đồng", false],
      [null, true],
      [null, true],
    ]);
    expect(tables[0]?.columns.map((c) => c.headerVi)).toEqual([
      "Kế hoạch năm (triệu đồng)",
      "Thực hiện kỳ báo cáo (triệu đồng)",
      "% so với kế hoạch năm",
      "Cùng kỳ năm trước (triệu đồng)",
      "Tăng/giảm so với cùng kỳ (%)",
      "Kế hoạch năm trước (triệu đồng)",
      "Kế hoạch tăng/giảm so với năm trước (%)",
    ]);
    expect(tables[2]?.columns.map((c) => c.code)).toEqual(["PERIOD", "PREVIOUS"]);
  });

  it("prints stored cells the Vietnamese way without recomputing them, and marks estimates", () => {
    const budget = tables[0]?.rows ?? [];
    const total = budget.find((r) => r.kind === "ROW" && r.code === "KP");
    expect(total).toMatchObject({ number: "1", level: "TOTAL" });
    if (total?.kind !== "ROW") throw new Error("no total row");
    expect(total.cells.map((c) => (c && c !== "missing" ? c.text : c))).toEqual([
      "73.781,0",
      "19.619,2",
      "26,59",
      "missing",
      "−1,64",
      "missing",
      "missing",
    ]);
    const kcqg = budget.find((r) => r.kind === "ROW" && r.code === "KP_KCQG");
    if (kcqg?.kind !== "ROW") throw new Error("no KCQG row");
    expect(kcqg).toMatchObject({ number: "", level: "PART" });
    expect(kcqg.cells[1]).toMatchObject({ text: "7.029,4", estimate: true, decimals: 1 });
    // A part printed without the plan-growth columns: those cells do not exist for it.
    expect(kcqg.cells.slice(5)).toEqual([null, null]);
    const participations = tables[2]?.rows.find((r) => r.kind === "ROW" && r.code === "FAIR_PARTICIPATIONS");
    expect(participations).toMatchObject({
      unitVi: "lượt",
      cells: [{ text: "4.363", kind: "COUNT" }, "missing"],
    });
  });

  it("heads each partition of a total with its own 'Trong đó' line, once", () => {
    const groups = (tables[0]?.rows ?? []).filter((r) => r.kind === "GROUP").map((r) => r.labelVi);
    expect(groups).toEqual(["Trong đó, theo nguồn kinh phí:", "Trong đó, theo nội dung hoạt động:"]);
  });

  it("keeps the decimals a percentage was typed with", () => {
    expect(exportCell("MONEY", "PCT_OF_PLAN", actual("49.1"))).toMatchObject({ text: "49,1", decimals: 1 });
    expect(exportCell("MONEY", "GROWTH", actual("153"))).toMatchObject({ text: "153", decimals: 0 });
    expect(exportCell("COUNT", "PERIOD", actual("1048"))).toMatchObject({ text: "1.048", decimals: 0 });
  });
});

describe("the words of the document's header", () => {
  it("names the subject after 'BÁO CÁO' with the period", () => {
    expect(reportSubjectVi(sixMonthReportTemplate.titleVi, "6 tháng đầu năm 2024")).toBe(
      "Tình hình thực hiện hoạt động khuyến công 6 tháng đầu năm 2024",
    );
    expect(reportSubjectVi(annualReportTemplate.titleVi, "Năm 2024")).toBe(
      "Tình hình thực hiện hoạt động khuyến công năm 2024",
    );
  });

  it("names the superior body as the province was: a province or a centrally-run city", () => {
    expect(provincialCommitteeVi({ name: "Đồng Tháp", kind: "TINH" })).toBe("UBND tỉnh Đồng Tháp");
    expect(provincialCommitteeVi({ name: "Hà Nội", kind: "TP_TRUC_THUOC_TW" })).toBe("UBND thành phố Hà Nội");
  });

  it("takes the section's numeral and unit off its title", () => {
    expect(sectionSubjectVi(budgetSection)).toBe("Kinh phí khuyến công");
  });
});
