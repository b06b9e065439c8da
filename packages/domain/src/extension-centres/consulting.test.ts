import { describe, expect, it } from "vitest";
import { formatPercentVi } from "../figures/format-vi";
import { type ConsultingContractFacts, consultingSummary, yearEarlier } from "./consulting";

const firstHalf2024 = { from: "2024-01-01", to: "2024-06-30" };

/** 62 contracts signed in the first half of 2024 whose revenue adds up to 4,87 tỷ đồng (R-2024-north). */
const contracts2024: ConsultingContractFacts[] = Array.from({ length: 62 }, (_, i) => ({
  centreId: `c-${i % 5}`,
  signedOn: `2024-0${1 + (i % 6)}-15`,
  revenueReceived: i === 0 ? 4_870_000_000n - 61n * 78_000_000n : 78_000_000n,
}));

describe("consulting revenue against the year's plan", () => {
  it("reproduces the 2024 Northern figure: 62 projects, 4,87 tỷ đồng, 49,1 % of the year plan, 153,7 % of 2023", () => {
    const earlier: ConsultingContractFacts[] = [
      { centreId: "c-0", signedOn: "2023-03-01", revenueReceived: 3_168_500_000n },
      // Signed after the same window of 2023: not part of "cùng kỳ".
      { centreId: "c-0", signedOn: "2023-07-01", revenueReceived: 900_000_000n },
    ];
    const plans = [
      { centreId: "c-0", year: 2024, revenuePlan: 5_000_000_000n },
      { centreId: "c-1", year: 2024, revenuePlan: 4_920_000_000n },
      { centreId: "c-1", year: 2023, revenuePlan: 7_000_000_000n },
    ];
    const result = consultingSummary(firstHalf2024, [...contracts2024, ...earlier], plans);
    expect(result.contractCount).toBe(62);
    expect(result.revenue).toBe(4_870_000_000n);
    expect(result.yearPlan).toBe(9_920_000_000n);
    expect(formatPercentVi(result.percentOfYearPlan, { decimals: 1 })).toBe("49,1 %");
    expect(result.samePeriodLastYear).toEqual({ contractCount: 1, revenue: 3_168_500_000n });
    expect(formatPercentVi(result.percentOfSamePeriod, { decimals: 1 })).toBe("153,7 %");
  });

  it("has no percentage without a plan or without last year's revenue", () => {
    const result = consultingSummary(firstHalf2024, contracts2024, []);
    expect(result.percentOfYearPlan).toBeNull();
    expect(result.percentOfSamePeriod).toBeNull();
  });

  it("counts only contracts signed inside the window, both ends included", () => {
    const edge = (signedOn: string) => ({ centreId: "c", signedOn, revenueReceived: 1n });
    const result = consultingSummary(
      firstHalf2024,
      [edge("2023-12-31"), edge("2024-01-01"), edge("2024-06-30"), edge("2024-07-01")],
      [],
    );
    expect(result.contractCount).toBe(2);
  });

  it("moves a window back one year, 29 February to 28 February", () => {
    expect(yearEarlier({ from: "2024-01-01", to: "2024-02-29" })).toEqual({
      from: "2023-01-01",
      to: "2023-02-28",
    });
  });
});
