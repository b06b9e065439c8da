import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBusinessRegistrationNumber, parseTaxCode, taxCodeCheckDigit } from "./tax-code";

describe("taxCodeCheckDigit", () => {
  it.each([
    ["010010910", 6],
    ["030058856", 9],
    ["010124814", 1],
  ])("gives the published check digit for %s", (firstNine, expected) => {
    expect(taxCodeCheckDigit(firstNine)).toBe(expected);
  });

  it("returns null when the weighted sum is a multiple of 11", () => {
    // 0·31 + … + 0·7 + 0·5 + … : all zeros sum to 0.
    expect(taxCodeCheckDigit("000000000")).toBeNull();
  });
});

describe("parseTaxCode", () => {
  it.each([
    ["0100109106", "0100109106", "ENTERPRISE"],
    [" 0100 109 106 ", "0100109106", "ENTERPRISE"],
    ["0100.109.106", "0100109106", "ENTERPRISE"],
    ["０１００１０９１０６", "0100109106", "ENTERPRISE"],
    ["0100109106-001", "0100109106-001", "BRANCH"],
    ["0100109106 – 002", "0100109106-002", "BRANCH"],
    ["0100109106003", "0100109106-003", "BRANCH"],
    ["001085012345", "001085012345", "PERSONAL_ID"],
  ])("accepts %j as %j (%s) without warnings", (input, value, kind) => {
    expect(parseTaxCode(input)).toEqual({ ok: true, value, kind, warningsVi: [] });
  });

  it("warns, but accepts, a wrong check digit", () => {
    const result = parseTaxCode("0100109107");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toBe("0100109107");
    expect(result.warningsVi).toHaveLength(1);
    expect(result.warningsVi[0]).toContain("theo quy tắc tính là 6");
  });

  it("warns on a branch whose parent code has a wrong check digit, and on suffix 000", () => {
    const result = parseTaxCode("0100109107-000");
    expect(result.ok && result.warningsVi.length).toBe(2);
  });

  it("warns on a code that no check digit can satisfy", () => {
    const result = parseTaxCode("0000000000");
    expect(result.ok && result.warningsVi[0]).toContain("không thể có chữ số kiểm tra hợp lệ");
  });

  it("warns on a personal number that does not start with a province code", () => {
    const result = parseTaxCode("123456789012");
    expect(result.ok && result.kind).toBe("PERSONAL_ID");
    expect(result.ok && result.warningsVi).toHaveLength(1);
  });

  it.each([
    ["", "Chưa nhập"],
    ["   ", "Chưa nhập"],
    ["01001O9106", "chỉ gồm chữ số"],
    ["100109106", "mất số 0 ở đầu"],
    ["01001091060", "mất số 0 ở đầu"],
    ["12345", "phải có 10 chữ số"],
    ["0100109106-01", "phải có 10 chữ số"],
    ["0100-109106-001", "phải có 10 chữ số"],
    ["1.00109106e9", "chỉ gồm chữ số"],
  ])("rejects %j (%s)", (input, message) => {
    const result = parseTaxCode(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errorVi).toContain(message);
  });

  it("keeps every valid 10-digit code as typed, leading zeros included", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{10}$/), (code) => {
        const result = parseTaxCode(code);
        expect(result.ok && result.value).toBe(code);
        const expected = taxCodeCheckDigit(code.slice(0, 9));
        expect(result.ok && result.warningsVi.length === 0).toBe(expected === Number(code[9]));
      }),
    );
  });
});

describe("parseBusinessRegistrationNumber", () => {
  it.each([
    ["01A8001234", "01A8001234"],
    ["  27A8 000123 ", "27A8 000123"],
    ["4103001234/ĐKKD", "4103001234/ĐKKD"],
    ["ĐKKD", "ĐKKD"],
  ])("accepts %j as %j", (input, value) => {
    expect(parseBusinessRegistrationNumber(input)).toEqual({ ok: true, value });
  });

  it("returns NFC", () => {
    const result = parseBusinessRegistrationNumber("ĐKKD".normalize("NFD"));
    expect(result.ok && result.value).toBe("ĐKKD".normalize("NFC"));
  });

  it.each([
    ["", "Chưa nhập"],
    ["x".repeat(31), "quá 30 ký tự"],
    ["=HYPERLINK(1)", "chỉ gồm chữ, số"],
    ["-123", "chỉ gồm chữ, số"],
  ])("rejects %j (%s)", (input, message) => {
    const result = parseBusinessRegistrationNumber(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errorVi).toContain(message);
  });
});
