import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { EstimateLine } from "../project.types";
import { machineLine } from "../testing/test-projects";
import { checkEstimateLine, estimateTotals, lineAmount, mulDivFloor, parseQuantity } from "./money";

describe("parseQuantity", () => {
  it.each([
    ["2", 2000n],
    ["2.5", 2500n],
    ["0.125", 125n],
    ["0", 0n],
    ["1000000", 1_000_000_000n],
  ])("reads %s as %s thousandths", (text, expected) => {
    expect(parseQuantity(text)).toBe(expected);
  });

  it.each(["", "-1", "1.2345", "01", "1,5", "1e3", " 2", "2."])("rejects %j", (text) => {
    expect(parseQuantity(text)).toBeNull();
  });
});

describe("lineAmount", () => {
  it("multiplies exactly beyond 2^53", () => {
    expect(lineAmount({ quantity: "3", unitPrice: 9_007_199_254_740_993n })).toBe(27_021_597_764_222_979n);
  });

  it("rounds a fractional total down to the đồng (the one rounding rule)", () => {
    expect(lineAmount({ quantity: "0.333", unitPrice: 1_000n })).toBe(333n);
    expect(lineAmount({ quantity: "1.5", unitPrice: 3n })).toBe(4n);
    expect(mulDivFloor(7n, 1n, 2n)).toBe(3n);
  });

  it("equals quantity × unit price for whole quantities", () => {
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 9n), fc.bigInt(0n, 10n ** 12n), (quantity, unitPrice) => {
        expect(lineAmount({ quantity: quantity.toString(), unitPrice })).toBe(quantity * unitPrice);
      }),
    );
  });

  it("never exceeds the exact product and loses less than one đồng", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.bigInt(0n, 10n ** 12n),
        (thousandths, unitPrice) => {
          const quantity = `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, "0")}`;
          const amount = lineAmount({ quantity, unitPrice }) ?? -1n;
          const exactTimes1000 = BigInt(thousandths) * unitPrice;
          expect(amount * 1000n <= exactTimes1000).toBe(true);
          expect(exactTimes1000 - amount * 1000n < 1000n).toBe(true);
        },
      ),
    );
  });
});

describe("checkEstimateLine", () => {
  it("accepts a line whose sources add up to its total", () => {
    expect(checkEstimateLine(machineLine)).toEqual([]);
  });

  it.each<[string, Partial<EstimateLine>, string]>([
    ["a negative source", { otherAmount: -1n, counterpartAmount: 150_000_001n }, "AMOUNT_NEGATIVE"],
    ["sources over the total", { counterpartAmount: 150_000_001n }, "SOURCES_DO_NOT_ADD_UP"],
    ["an unreadable quantity", { quantity: "hai" }, "QUANTITY_INVALID"],
    ["zero cap units", { capUnits: 0 }, "CAP_UNITS_INVALID"],
    ["a negative price", { unitPrice: -1n }, "AMOUNT_NEGATIVE"],
  ])("reports %s", (_label, change, code) => {
    expect(checkEstimateLine({ ...machineLine, ...change }).map((v) => v.code)).toContain(code);
  });
});

describe("estimateTotals", () => {
  it("sums each source and the totals (F9: components equal the total)", () => {
    const second = {
      ...machineLine,
      id: "L2",
      quantity: "1",
      kcAmount: 50_000_000n,
      counterpartAmount: 90_000_000n,
      otherAmount: 10_000_000n,
    };
    expect(estimateTotals([machineLine, second])).toEqual({
      total: 450_000_000n,
      kcSupport: 200_000_000n,
      counterpart: 240_000_000n,
      other: 10_000_000n,
    });
  });

  it("keeps components equal to the total for consistent lines", () => {
    const line = fc
      .record({
        q: fc.bigInt(0n, 1000n),
        price: fc.bigInt(0n, 10n ** 9n),
        kcShare: fc.integer({ min: 0, max: 100 }),
      })
      .map(({ q, price, kcShare }): EstimateLine => {
        const total = q * price;
        const kc = (total * BigInt(kcShare)) / 100n;
        return {
          ...machineLine,
          quantity: q.toString(),
          unitPrice: price,
          kcAmount: kc,
          counterpartAmount: total - kc,
          otherAmount: 0n,
        };
      });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const totals = estimateTotals(lines);
        expect(totals.kcSupport + totals.counterpart + totals.other).toBe(totals.total);
        for (const each of lines) expect(checkEstimateLine(each)).toEqual([]);
      }),
    );
  });
});
