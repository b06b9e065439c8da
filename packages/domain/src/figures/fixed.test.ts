import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  absRatio,
  averagePer,
  compareRatio,
  type Fixed,
  growthPercent,
  millionsToDong,
  parseViDecimal,
  percentOf,
  pow10,
  type Ratio,
  ratioFromFixed,
  roundRatio,
  shareOf,
  subtractRatio,
} from "./fixed";
import { formatFixedVi } from "./format-vi";

const rounded = (r: Ratio | null, decimals: number) =>
  r === null ? null : formatFixedVi(roundRatio(r, decimals));

describe("roundRatio: one rule, half away from zero", () => {
  it.each([
    [1n, 8n, 2, "0,13"],
    [-1n, 8n, 2, "−0,13"],
    [5n, 2n, 0, "3"],
    [-5n, 2n, 0, "−3"],
    [124_999n, 1_000_000n, 2, "0,12"],
    [-124_999n, 1_000_000n, 2, "−0,12"],
    [1n, 3n, 4, "0,3333"],
    [2n, 3n, 4, "0,6667"],
    [-1n, 1000n, 2, "0,00"],
    [0n, 7n, 1, "0,0"],
  ])("%s/%s to %s decimals → %s", (num, den, decimals, expected) => {
    expect(formatFixedVi(roundRatio({ num, den }, decimals))).toBe(expected);
  });

  it("refuses a number of decimals that is not a small whole number", () => {
    expect(() => roundRatio({ num: 1n, den: 3n }, -1)).toThrow(RangeError);
    expect(() => roundRatio({ num: 1n, den: 3n }, 1.5)).toThrow(RangeError);
    expect(() => pow10(19)).toThrow(RangeError);
  });

  it("stays within half a unit in the last place of the exact percentage", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 6 }),
        (part, whole, decimals) => {
          const exact = percentOf(part, whole) as Ratio;
          const error = absRatio(subtractRatio(ratioFromFixed(roundRatio(exact, decimals)), exact));
          expect(compareRatio(error, { num: 1n, den: 2n * pow10(decimals) })).toBeLessThanOrEqual(0);
        },
      ),
    );
  });
});

describe("derived figures as exact ratios", () => {
  it("computes percentages, shares, growth and averages, and refuses a zero or negative base", () => {
    expect(rounded(percentOf(57_615_300_000n, 68_495_100_000n), 3)).toBe("84,116");
    expect(rounded(shareOf(7_029_400_000n, 19_619_200_000n), 1)).toBe("35,8");
    expect(rounded(growthPercent(57_615_300_000n, 56_147_000_000n), 3)).toBe("2,615");
    expect(rounded(growthPercent(56_147_000_000n, 57_615_300_000n), 2)).toBe("−2,55");
    expect(rounded(averagePer(1048n, 63), 1)).toBe("16,6");
    expect(rounded(averagePer(875n, 63n), 1)).toBe("13,9");
    expect(percentOf(1n, 0n)).toBeNull();
    expect(growthPercent(1n, 0n)).toBeNull();
    expect(growthPercent(1n, -5n)).toBeNull();
    expect(averagePer(1n, 0)).toBeNull();
    expect(averagePer(1n, -2n)).toBeNull();
    expect(() => averagePer(1n, 1.5)).toThrow(RangeError);
  });

  it("keeps the sign in the numerator when the whole is negative", () => {
    expect(percentOf(1n, -4n)).toEqual({ num: -25n, den: 1n });
    expect(compareRatio({ num: -1n, den: 3n }, { num: -1n, den: 4n })).toBe(-1);
    expect(compareRatio({ num: 2n, den: 4n }, { num: 1n, den: 2n })).toBe(0);
  });
});

describe("parseViDecimal", () => {
  it.each<[string, Fixed]>([
    ["57.615,3", { units: 576_153n, scale: 1 }],
    ["68.495,1", { units: 684_951n, scale: 1 }],
    ["73.781", { units: 73_781n, scale: 0 }],
    ["19.619,2", { units: 196_192n, scale: 1 }],
    ["84,12", { units: 8412n, scale: 2 }],
    ["84,10 %", { units: 8410n, scale: 2 }],
    ["+2,61", { units: 261n, scale: 2 }],
    ["\u22121,64", { units: -164n, scale: 2 }],
    ["-1,64 %", { units: -164n, scale: 2 }],
    ["1.048", { units: 1048n, scale: 0 }],
    ["4363", { units: 4363n, scale: 0 }],
    ["0,5", { units: 5n, scale: 1 }],
    [" 26,59 % ", { units: 2659n, scale: 2 }],
  ])("reads %s", (text, expected) => {
    expect(parseViDecimal(text)).toEqual(expected);
  });

  it.each([
    "",
    "abc",
    "1,2,3",
    "1.23.4",
    "1.2345",
    ".5",
    "5,",
    ",5",
    "057",
    "1 234",
    "12.34,5",
    "+-1",
    "%",
    "84.12",
  ])("refuses %j", (text) => {
    expect(parseViDecimal(text)).toBeNull();
  });
});

describe("triệu đồng ↔ đồng", () => {
  it("converts exactly and refuses a value finer than one đồng", () => {
    const millions = (text: string) => millionsToDong(parseViDecimal(text) as Fixed);
    expect(millions("57.615,3")).toBe(57_615_300_000n);
    expect(millions("56.147")).toBe(56_147_000_000n);
    expect(millions("0,000001")).toBe(1n);
    expect(millions("1,1234560")).toBe(1_123_456n);
    expect(millions("0,0000001")).toBeNull();
    expect(millions("\u22124,5")).toBe(-4_500_000n);
  });
});
