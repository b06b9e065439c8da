import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDong } from "../format";
import { legalFormCodes, legalFormLabels } from "./establishment.constants";
import {
  parseBooleanCell,
  parseDongCell,
  parseEnumCell,
  parseIntegerCell,
  parsePercentCell,
  splitListCell,
} from "./import-cells";

describe("parseIntegerCell", () => {
  it.each([
    ["62", 62],
    [" 1.234 ", 1234],
    ["1 234", 1234],
    ["1\u00a0234", 1234],
    ["12,0", 12],
    ["12.00", 12],
    ["007", 7],
    ["-0", 0],
  ])("reads %j as %d", (text, value) => {
    expect(parseIntegerCell(text, 0, 1_000_000)).toEqual({ ok: true, value });
  });

  it.each([
    ["12,5", "NOT_INTEGER", "Không phải số nguyên"],
    ["1.5", "NOT_INTEGER", "Không phải số nguyên"],
    ["mười", "NOT_INTEGER", "Không phải số nguyên"],
    ["1e3", "NOT_INTEGER", "Không phải số nguyên"],
    ["1,234", "AMBIGUOUS_NUMBER", "không rõ dấu phẩy"],
    ["-1", "OUT_OF_RANGE", "Phải từ 0 đến 1000000"],
    ["1.000.001", "OUT_OF_RANGE", "Phải từ 0 đến 1000000"],
  ])("refuses %j with %s", (text, code, message) => {
    const result = parseIntegerCell(text, 0, 1_000_000);
    expect(result).toMatchObject({ ok: false, code });
    if (!result.ok) expect(result.messageVi).toContain(message);
  });
});

describe("parseDongCell", () => {
  it.each([
    ["1.234.567", "1234567"],
    ["1 234 567", "1234567"],
    ["1234567", "1234567"],
    ["1,234,567", "1234567"],
    ["1.234.567,00", "1234567"],
    ["1234567.00", "1234567"],
    ["0", "0"],
    ["999.999.999.999.999.999", "999999999999999999"],
  ])("reads %j as %j", (text, value) => {
    expect(parseDongCell(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["1.234,5", "NOT_MONEY"],
    ["1,234", "AMBIGUOUS_NUMBER"],
    ["-5.000", "OUT_OF_RANGE"],
    ["1.000.000.000.000.000.000", "OUT_OF_RANGE"],
    ["1,5 tỷ", "NOT_MONEY"],
    ["", "NOT_MONEY"],
  ])("refuses %j with %s", (text, code) => {
    expect(parseDongCell(text)).toMatchObject({ ok: false, code });
  });

  it("reads back every amount formatted the Vietnamese way, exactly", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 999_999_999_999_999_999n }), (amount) => {
        expect(parseDongCell(formatDong(amount))).toEqual({ ok: true, value: amount.toString() });
      }),
    );
  });
});

describe("parsePercentCell", () => {
  it.each([
    ["62,5", 62.5],
    ["62.5", 62.5],
    ["62,55 %", 62.55],
    ["100%", 100],
    ["0", 0],
  ])("reads %j as %d", (text, value) => {
    expect(parsePercentCell(text)).toEqual({ ok: true, value });
  });

  it.each([
    ["62,555", "NOT_PERCENT"],
    ["100,01", "OUT_OF_RANGE"],
    ["-1", "NOT_PERCENT"],
    ["một nửa", "NOT_PERCENT"],
  ])("refuses %j with %s", (text, code) => {
    expect(parsePercentCell(text)).toMatchObject({ ok: false, code });
  });
});

describe("parseBooleanCell", () => {
  it.each([
    ["Có", true],
    ["CÓ", true],
    ["co", true],
    ["x", true],
    ["X", true],
    ["Không", false],
    ["khong", false],
    ["", undefined],
    ["  ", undefined],
  ])("reads %j as %s", (text, value) => {
    expect(parseBooleanCell(text)).toEqual({ ok: true, value });
  });

  it("refuses anything else", () => {
    expect(parseBooleanCell("Có lẽ")).toMatchObject({ ok: false, code: "NOT_BOOLEAN" });
  });
});

describe("parseEnumCell", () => {
  it.each([
    ["HKD", "HKD"],
    ["hkd", "HKD"],
    ["Hộ kinh doanh", "HKD"],
    ["ho kinh doanh", "HKD"],
    ["HỢP TÁC XÃ", "HTX"],
  ])("reads %j as %s", (text, code) => {
    expect(parseEnumCell(text, legalFormCodes, legalFormLabels)).toEqual({ ok: true, value: code });
  });

  it("lists the allowed values when it refuses", () => {
    const result = parseEnumCell("Công ty", legalFormCodes, legalFormLabels);
    expect(result).toMatchObject({ ok: false, code: "UNKNOWN_VALUE" });
    if (!result.ok)
      expect(result.messageVi).toContain("chỉ nhận: DNNVV (Doanh nghiệp nhỏ và vừa), HTX (Hợp tác xã)");
  });
});

describe("splitListCell", () => {
  it("splits on semicolons, commas and line breaks", () => {
    expect(splitListCell(" N_A; N_DD ;;\nN_B, N_C ")).toEqual(["N_A", "N_DD", "N_B", "N_C"]);
  });
});
