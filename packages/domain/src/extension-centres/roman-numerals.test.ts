import { describe, expect, it } from "vitest";
import { conferenceOrdinalLabel, toRomanNumeral } from "./roman-numerals";

describe("Roman numerals of conference ordinals", () => {
  it("prints the ordinals of the conference reports", () => {
    expect(conferenceOrdinalLabel(9)).toBe("lần thứ IX");
    expect(conferenceOrdinalLabel(18)).toBe("lần thứ XVIII");
    expect(conferenceOrdinalLabel(19)).toBe("lần thứ XIX");
  });

  it("uses the subtractive forms and the largest symbols first", () => {
    const expected: [number, string][] = [
      [1, "I"],
      [4, "IV"],
      [14, "XIV"],
      [40, "XL"],
      [49, "XLIX"],
      [90, "XC"],
      [400, "CD"],
      [944, "CMXLIV"],
      [2024, "MMXXIV"],
      [3999, "MMMCMXCIX"],
    ];
    for (const [value, text] of expected) expect(toRomanNumeral(value), String(value)).toBe(text);
  });

  it("reads back to the number it came from for every ordinal (a round trip through a reader written here)", () => {
    const values: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
    const read = (text: string) =>
      [...text].reduce((sum, symbol, i) => {
        const value = values[symbol] ?? Number.NaN;
        const next = values[text[i + 1] ?? ""] ?? 0;
        return sum + (value < next ? -value : value);
      }, 0);
    for (let n = 1; n <= 3999; n += 1) expect(read(toRomanNumeral(n))).toBe(n);
  });

  it("refuses what has no Roman form", () => {
    for (const value of [0, -1, 4000, 1.5, Number.NaN])
      expect(() => toRomanNumeral(value)).toThrow(RangeError);
  });
});
