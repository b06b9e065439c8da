import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { growthPercent, MAX_FIXED_SCALE, parseViDecimal, percentOf } from "./fixed";
import {
  exactMillionDecimals,
  formatFixedVi,
  formatMillionVi,
  formatPercentPointsVi,
  formatPercentVi,
} from "./format-vi";

describe("formatFixedVi", () => {
  it("writes dot thousands, comma decimals and the typographic minus", () => {
    expect(formatFixedVi({ units: 576_153n, scale: 1 })).toBe("57.615,3");
    expect(formatFixedVi({ units: 73_781n, scale: 0 })).toBe("73.781");
    expect(formatFixedVi({ units: 5n, scale: 3 })).toBe("0,005");
    expect(formatFixedVi({ units: 8410n, scale: 2 })).toBe("84,10");
    expect(formatFixedVi({ units: -1_234_567n, scale: 2 })).toBe("−12.345,67");
    expect(formatFixedVi({ units: 0n, scale: 2 })).toBe("0,00");
  });

  it("round-trips through parseViDecimal", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 24n), max: 10n ** 24n }),
        fc.integer({ min: 0, max: MAX_FIXED_SCALE }),
        (units, scale) => {
          expect(parseViDecimal(formatFixedVi({ units, scale }))).toEqual({ units, scale });
        },
      ),
    );
  });
});

describe("formatPercentVi", () => {
  it("prints the conference percentages", () => {
    expect(formatPercentVi(percentOf(57_615_300_000n, 68_495_100_000n))).toBe("84,12 %");
    expect(formatPercentVi(percentOf(19_619_200_000n, 73_781_000_000n))).toBe("26,59 %");
    expect(formatPercentVi(growthPercent(57_615_300_000n, 56_147_000_000n), { signed: true })).toBe(
      "+2,62 %",
    );
    expect(formatPercentVi(growthPercent(73_781_000_000n, 68_495_100_000n), { signed: true })).toBe(
      "+7,72 %",
    );
  });

  it("signs falls with U+2212, leaves zero unsigned and honours the decimals", () => {
    expect(formatPercentVi({ num: -164n, den: 100n }, { signed: true })).toBe("−1,64 %");
    expect(formatPercentVi({ num: -164n, den: 100n })).toBe("−1,64 %");
    expect(formatPercentVi({ num: -1n, den: 1000n }, { signed: true })).toBe("0,00 %");
    expect(formatPercentVi({ num: 0n, den: 1n }, { signed: true })).toBe("0,00 %");
    expect(formatPercentVi({ num: 1n, den: 8n }, { decimals: 2 })).toBe("0,13 %");
    expect(formatPercentVi({ num: 1537n, den: 10n }, { decimals: 1 })).toBe("153,7 %");
    expect(formatPercentVi({ num: 2n, den: 3n }, { decimals: 0 })).toBe("1 %");
  });

  it("prints a dash when there is no figure", () => {
    expect(formatPercentVi(percentOf(5n, 0n))).toBe("—");
    expect(formatPercentVi(growthPercent(5n, 0n), { signed: true })).toBe("—");
  });

  it("prints percentage points", () => {
    expect(formatPercentPointsVi({ num: 6637n, den: 1000n })).toBe("6,64 điểm phần trăm");
  });
});

describe("formatMillionVi", () => {
  it("shows đồng in triệu đồng, rounded by the one rule", () => {
    expect(formatMillionVi(57_615_300_000n)).toBe("57.615,3");
    expect(formatMillionVi(56_147_000_000n)).toBe("56.147,0");
    expect(formatMillionVi(4_550_000n)).toBe("4,6");
    expect(formatMillionVi(-4_550_000n)).toBe("−4,6");
    expect(formatMillionVi(4_549_999n)).toBe("4,5");
    expect(formatMillionVi(1_500_000n, 0)).toBe("2");
    expect(formatMillionVi(0n)).toBe("0,0");
  });

  it("finds the fewest decimals that show every amount exactly", () => {
    expect(exactMillionDecimals([19_619_200_000n, 4_500_000n])).toBe(1);
    expect(exactMillionDecimals([56_147_000_000n], 0)).toBe(0);
    expect(exactMillionDecimals([40_000n])).toBe(2);
    expect(exactMillionDecimals([1n, 2_000_000n])).toBe(6);
  });
});
