import { describe, expect, it } from "vitest";
import { type RegionMembershipRow, regionAt, regionPeriods, regionSpans } from "./region-spans";

const memberships: RegionMembershipRow[] = [
  // A former province: one membership that ends when it merges.
  { provinceId: "OLD", regionCode: "NAM", validFrom: "2014-10-21", validTo: "2025-06-30" },
  // A current province: moved from one region to another, then overlapping memberships (the later start wins).
  { provinceId: "NEW", regionCode: "BAC", validFrom: "2015-01-01", validTo: "2019-12-31" },
  { provinceId: "NEW", regionCode: "NAM", validFrom: "2020-03-01", validTo: null },
  { provinceId: "NEW", regionCode: "BAC", validFrom: "2022-01-01", validTo: "2022-12-31" },
  // A province with a single open membership starting late: every earlier day falls back to it.
  { provinceId: "LATE", regionCode: "NAM", validFrom: "2025-07-01", validTo: null },
];

const within = (day: string, span: { from: string | null; to: string | null }) =>
  (span.from === null || span.from <= day) && (span.to === null || span.to >= day);

describe("regionSpans", () => {
  it("answers, for every day, what kc_region_at's rule answers", () => {
    const days: string[] = [];
    for (let t = Date.UTC(2010, 0, 1); t <= Date.UTC(2028, 0, 1); t += 86_400_000 * 3) {
      days.push(new Date(t).toISOString().slice(0, 10));
    }
    days.push(
      "2019-12-31",
      "2020-01-01",
      "2020-03-01",
      "2022-12-31",
      "2023-01-01",
      "2025-06-30",
      "2025-07-01",
    );
    for (const region of ["NAM", "BAC", "TRUNG_TAY_NGUYEN"]) {
      const spans = regionSpans(memberships, region);
      for (const province of ["OLD", "NEW", "LATE"]) {
        for (const day of days) {
          const inSpan = spans.some((span) => span.provinceId === province && within(day, span));
          expect(inSpan, `${province} ${day} ${region}`).toBe(
            regionAt(memberships, province, day) === region,
          );
        }
      }
    }
  });

  it("falls back to the latest membership outside every membership, as the SQL function does", () => {
    expect(regionAt(memberships, "LATE", "2018-05-05")).toBe("NAM");
    // No membership valid on that day: the latest-starting one (2022, BAC) decides, not the one valid later.
    expect(regionAt(memberships, "NEW", "2020-01-15")).toBe("BAC");
    expect(regionAt(memberships, "NEW", "2022-06-01")).toBe("BAC");
    expect(regionSpans(memberships, "NAM").filter((s) => s.provinceId === "LATE")).toEqual([
      { provinceId: "LATE", from: null, to: null },
    ]);
    expect(regionAt(memberships, "NOWHERE", "2020-01-01")).toBe("");
  });
});

describe("regionPeriods", () => {
  it("groups the provinces of one span of days, and keeps every span", () => {
    const spans = [
      { provinceId: "A", from: null, to: "2025-06-30" },
      { provinceId: "B", from: "2025-07-01", to: null },
      { provinceId: "C", from: null, to: "2025-06-30" },
      { provinceId: "D", from: "2020-03-01", to: null },
      { provinceId: "E", from: "2025-07-01", to: null },
    ];
    expect(regionPeriods(spans)).toEqual([
      { from: null, to: "2025-06-30", provinceIds: ["A", "C"] },
      { from: "2025-07-01", to: null, provinceIds: ["B", "E"] },
      { from: "2020-03-01", to: null, provinceIds: ["D"] },
    ]);
  });

  it("answers the same as the spans for every province and day", () => {
    const spans = regionSpans(memberships, "NAM");
    const periods = regionPeriods(spans);
    for (const provinceId of ["OLD", "NEW", "LATE"])
      for (const day of [
        "2014-01-01",
        "2019-06-01",
        "2021-05-05",
        "2022-06-01",
        "2025-06-30",
        "2025-07-01",
        "2027-01-01",
      ]) {
        const bySpans = spans.some((s) => s.provinceId === provinceId && within(day, s));
        const byPeriods = periods.some((p) => p.provinceIds.includes(provinceId) && within(day, p));
        expect(byPeriods, `${provinceId} ${day}`).toBe(bySpans);
      }
  });

  it("has no period for a region without spans", () => {
    expect(regionPeriods([])).toEqual([]);
  });
});
