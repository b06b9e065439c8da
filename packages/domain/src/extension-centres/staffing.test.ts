import { describe, expect, it } from "vitest";
import { roundRatio } from "../figures/fixed";
import { formatFixedVi } from "../figures/format-vi";
import { staffingSnapshotCreateSchema } from "./extension-centres.input";
import { type DatedCentre, type StaffingSnapshotRow, staffingAveragesOn, staffingProblems } from "./staffing";

const counts = (
  total: number,
  parts: Partial<Record<"permanent" | "contract" | "partTime", number>> = {},
) => ({
  total,
  permanent: parts.permanent ?? null,
  contract: parts.contract ?? null,
  partTime: parts.partTime ?? null,
  collaborators: null,
});

const oneDecimal = (r: Parameters<typeof roundRatio>[0] | null) =>
  r ? formatFixedVi(roundRatio(r, 1)) : "—";

describe("a staffing snapshot's parts never exceed its total", () => {
  it("accepts parts that add up to the total or less, and unknown parts", () => {
    expect(staffingProblems(counts(17, { permanent: 14, contract: 3 }))).toEqual([]);
    expect(staffingProblems(counts(17, { permanent: 14 }))).toEqual([]);
    expect(staffingProblems(counts(0))).toEqual([]);
  });

  it("names the part larger than the total", () => {
    expect(staffingProblems(counts(10, { permanent: 12 }))).toEqual([
      { field: "permanent", messageVi: "Biên chế (12) lớn hơn tổng số người làm việc (10)" },
    ]);
  });

  it("names the parts whose sum exceeds the total", () => {
    expect(staffingProblems(counts(10, { permanent: 8, contract: 2, partTime: 1 }))).toEqual([
      {
        field: "total",
        messageVi: "Tổng biên chế + hợp đồng + kiêm nhiệm (11) vượt tổng số người làm việc (10)",
      },
    ]);
  });

  it("does not count collaborators in the staff: they are the commune network, not the centre's payroll", () => {
    expect(staffingProblems({ ...counts(5, { permanent: 5 }), collaborators: 40 })).toEqual([]);
  });

  it("is what the input schema answers, on the field to correct", () => {
    const result = staffingSnapshotCreateSchema.safeParse({ asOf: "2018-12-31", total: 10, permanent: 12 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["permanent", "Biên chế (12) lớn hơn tổng số người làm việc (10)"],
    ]);
    expect(
      staffingSnapshotCreateSchema.safeParse({ asOf: "2018-12-31", total: -1 }).error?.issues[0]?.message,
    ).toBe("Tổng số người làm việc phải là số nguyên không âm");
  });
});

/** 63 centres until 30 June 2025, then 34 (the 2025 mergers), as the catalogue dates them. */
const centres: DatedCentre[] = [
  ...Array.from({ length: 63 }, (_, i) => ({
    id: `old-${i}`,
    validFrom: "2008-01-01",
    validTo: "2025-06-30",
  })),
  ...Array.from({ length: 34 }, (_, i) => ({ id: `new-${i}`, validFrom: "2025-07-01", validTo: null })),
];

/** The 2018 national figure: 1,048 staff of whom 875 on quota in 63 centres (DOMAIN §2.1 #4–#7). */
const snapshots2018: StaffingSnapshotRow[] = Array.from({ length: 63 }, (_, i) => ({
  centreId: `old-${i}`,
  asOf: "2018-12-31",
  ...counts(i < 40 ? 17 : 16, { permanent: i < 56 ? 14 : 13 }),
}));

describe("staff per centre over the centres existing on the day", () => {
  it("reproduces the 2018 figures: 1.048 staff, 875 on quota, 16,6 and 13,9 per centre, 83,5 % on quota", () => {
    const result = staffingAveragesOn("2018-12-31", centres, snapshots2018);
    expect(result.centreCount).toBe(63);
    expect(result.reportingCount).toBe(63);
    expect(result.totals).toEqual({ total: 1048, permanent: 875 });
    expect(oneDecimal(result.perCentre.total)).toBe("16,6");
    expect(oneDecimal(result.perCentre.permanent)).toBe("13,9");
    expect(oneDecimal(result.permanentSharePercent)).toBe("83,5");
  });

  it("divides by the 34 centres after the mergers, not by 63, and drops the former centres' snapshots", () => {
    const after: StaffingSnapshotRow[] = [
      ...snapshots2018,
      ...Array.from({ length: 34 }, (_, i) => ({ centreId: `new-${i}`, asOf: "2025-12-31", ...counts(20) })),
    ];
    const result = staffingAveragesOn("2025-12-31", centres, after);
    expect(result.centreCount).toBe(34);
    expect(result.totals.total).toBe(680);
    expect(oneDecimal(result.perCentre.total)).toBe("20,0");
  });

  it("takes each centre's latest snapshot on or before the day, never a later one", () => {
    const rows: StaffingSnapshotRow[] = [
      { centreId: "old-0", asOf: "2017-12-31", ...counts(10) },
      { centreId: "old-0", asOf: "2018-06-30", ...counts(12) },
      { centreId: "old-0", asOf: "2019-06-30", ...counts(99) },
    ];
    const result = staffingAveragesOn("2018-12-31", centres, rows);
    expect(result.totals.total).toBe(12);
    expect(result.reportingCount).toBe(1);
    // The 62 centres without a snapshot still count in the divisor: a missing report lowers the average.
    expect(result.centreCount).toBe(63);
  });

  it("has no average on a day without centres", () => {
    const result = staffingAveragesOn("2000-01-01", centres, snapshots2018);
    expect(result.centreCount).toBe(0);
    expect(result.perCentre.total).toBeNull();
    expect(result.permanentSharePercent).toBeNull();
  });
});
