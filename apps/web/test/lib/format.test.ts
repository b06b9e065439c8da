import { describe, expect, it } from "vitest";
import { formatNumber, formatPercent, formatShareBps } from "../../src/lib/format";
import { formatMoney } from "../../src/lib/money";

describe("one format for shares and money", () => {
  it("writes a share with a space before % and a decimal comma, at most two decimals", () => {
    expect(formatPercent(60)).toBe("60 %");
    expect(formatPercent(84.123)).toBe("84,12 %");
    expect(formatPercent(84.125, 1)).toBe("84,1 %");
    expect(formatPercent("55.5")).toBe("55,5 %");
    expect(formatPercent(1234.5)).toBe("1.234,5 %");
  });

  it("shows nothing for a missing share and unreadable text as it is", () => {
    expect(formatPercent(null)).toBe("");
    expect(formatPercent(undefined)).toBe("");
    expect(formatPercent("")).toBe("");
    expect(formatPercent("n/a")).toBe("n/a");
  });

  it("writes shares kept in basis points the same way", () => {
    expect(formatShareBps(3000)).toBe("30 %");
    expect(formatShareBps(2550)).toBe("25,5 %");
    expect(formatShareBps(10000)).toBe("100 %");
    expect(formatShareBps(null)).toBe("");
  });

  it("writes money in đồng with dots and the unit đ, never ₫", () => {
    expect(formatMoney("1234567")).toBe("1.234.567 đ");
    expect(formatMoney("-1500.50")).toBe("-1.500,5 đ");
    expect(formatMoney("98765432109876543210")).toBe("98.765.432.109.876.543.210 đ");
  });

  it("groups plain numbers the Vietnamese way", () => {
    expect(formatNumber(57615.3)).toBe("57.615,3");
    expect(formatNumber(null)).toBe("");
  });
});
