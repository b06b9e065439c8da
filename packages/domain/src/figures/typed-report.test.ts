import { describe, expect, it } from "vitest";
import { checkStatements } from "./consistency";
import {
  parseCheckKind,
  parseTypedNumber,
  parseTypedReport,
  statementsFromRows,
  type TypedCheckRow,
} from "./typed-report";

/** The Southern report of 2018 (DOMAIN §2.1) as a user would paste it from Excel: a header and four claims. */
const PASTED = [
  "Nội dung\tLoại\tSố in\tSố thứ nhất\tSố thứ hai\tSố thứ ba",
  "Thực hiện 2017 so với kế hoạch\tTỷ lệ\t84,12 %\t57.615,3\t68.495,1",
  "Thực hiện 2017 so với 2016\tTăng trưởng\t+2,61 %\t57.615,3\t56.147",
  "Kế hoạch 2018 so với 2017\ttang truong\t1.08\t73781\t68495.1",
  "Thực hiện 7 tháng 2018 theo nguồn\tTổng\t19.619,2\t7.029,4\t12.594,3\t",
  "",
].join("\r\n");

describe("numbers as users type them", () => {
  it.each([
    ["57.615,3", { units: 576153n, scale: 1 }],
    ["73.781", { units: 73781n, scale: 0 }],
    ["57 615,3", { units: 576153n, scale: 1 }],
    ["57\u00a0615,3", { units: 576153n, scale: 1 }],
    ["57615.3", { units: 576153n, scale: 1 }],
    ["84.12", { units: 8412n, scale: 2 }],
    ["+2,61 %", { units: 261n, scale: 2 }],
    ["−1,64%", { units: -164n, scale: 2 }],
    ["-1.64", { units: -164n, scale: 2 }],
    ["1234", { units: 1234n, scale: 0 }],
  ])("reads %s", (text, expected) => {
    expect(parseTypedNumber(text)).toEqual(expected);
  });

  it.each(["", "abc", "1,234.5", "12a", "1.2.3", "1,2,3", "--5"])("refuses %j", (text) => {
    expect(parseTypedNumber(text)).toBeNull();
  });

  it("reads the kinds in Vietnamese with or without diacritics, and the codes", () => {
    expect(parseCheckKind("Tỷ lệ")).toBe("PERCENT");
    expect(parseCheckKind("%")).toBe("PERCENT");
    expect(parseCheckKind("TANG TRUONG")).toBe("GROWTH");
    expect(parseCheckKind("Tổng")).toBe("SUM");
    expect(parseCheckKind("sum")).toBe("SUM");
    expect(parseCheckKind("trung bình")).toBeNull();
    expect(parseCheckKind("")).toBeNull();
  });
});

describe("a report pasted from Excel", () => {
  it("skips the header and blank lines and keeps each claim with its figures as typed", () => {
    const { rows, errors } = parseTypedReport(PASTED);
    expect(errors).toEqual([]);
    expect(rows.map((row) => row.kind)).toEqual(["PERCENT", "GROWTH", "GROWTH", "SUM"]);
    expect(rows[3]).toEqual({
      labelVi: "Thực hiện 7 tháng 2018 theo nguồn",
      kind: "SUM",
      printed: "19.619,2",
      figures: ["7.029,4", "12.594,3"],
    });
  });

  it("finds what the printed report got wrong, and shows printed and computed side by side", () => {
    const { statements, errors } = statementsFromRows(parseTypedReport(PASTED).rows);
    expect(errors).toEqual([]);
    const results = checkStatements(statements);
    expect(results.map((r) => [r.ok, r.stated, r.computed, r.difference])).toEqual([
      [true, "84,12 %", "84,12 %", "0,00 điểm phần trăm"],
      [true, "+2,61 %", "+2,62 %", "0,01 điểm phần trăm"],
      [false, "+1,08 %", "+7,72 %", "6,64 điểm phần trăm"],
      [false, "19.619,2", "19.623,7", "4,5 triệu đồng"],
    ]);
  });

  it("reads rows separated by semicolons as well", () => {
    const { rows } = parseTypedReport("Tỷ lệ giải ngân; tỷ lệ; 50 %; 1; 2");
    expect(statementsFromRows(rows).statements).toHaveLength(1);
  });

  it("says which line has an unknown kind instead of guessing, and that an empty paste has nothing to check", () => {
    const { rows, errors } = parseTypedReport("A\tTỷ lệ\t50\t1\t2\nB\ttrung bình\t3\t1\t2");
    expect(rows).toHaveLength(1);
    expect(errors).toMatchObject([{ row: 2, code: "FIGURE_KIND_UNKNOWN", field: "kind" }]);
    expect(errors[0]?.messageVi).toContain("trung bình");
    expect(parseTypedReport("  \n\n").errors).toMatchObject([{ row: 0, code: "FIGURE_REPORT_EMPTY" }]);
  });
});

describe("typed rows checked before any figure is computed", () => {
  const row = (overrides: Partial<TypedCheckRow>): TypedCheckRow => ({
    labelVi: "Tỷ lệ",
    kind: "PERCENT",
    printed: "50 %",
    figures: ["1", "2"],
    ...overrides,
  });

  it("names the row and the cell of a number it cannot read, and makes no statement of it", () => {
    const { statements, errors } = statementsFromRows([row({}), row({ labelVi: "", figures: ["1", "hai"] })]);
    expect(statements).toHaveLength(1);
    expect(errors).toEqual([
      {
        row: 2,
        code: "FIGURE_NUMBER_INVALID",
        field: "figures.1",
        messageVi: 'Dòng 2: số kế hoạch (gốc) "hai" không phải là số. Ghi theo kiểu 1.234,5 hoặc 1234.5.',
      },
    ]);
  });

  it("asks for exactly two figures for a percentage and at least two parts for a total", () => {
    const { statements, errors } = statementsFromRows([
      row({ figures: ["1"] }),
      row({ kind: "SUM", printed: "3", figures: ["3"] }),
      row({ kind: "SUM", printed: "6", figures: ["1", "2", "3"] }),
    ]);
    expect(errors.map((e) => [e.row, e.code])).toEqual([
      [1, "FIGURE_COUNT_WRONG"],
      [2, "FIGURE_COUNT_WRONG"],
    ]);
    expect(statements).toMatchObject([{ kind: "SUM", id: "row-3", total: 6_000_000n }]);
  });

  it("refuses an amount finer than one đồng", () => {
    const { errors } = statementsFromRows([row({ figures: ["1,0000001", "2"] })]);
    expect(errors).toMatchObject([{ code: "FIGURE_TOO_PRECISE", field: "figures.0" }]);
  });
});
