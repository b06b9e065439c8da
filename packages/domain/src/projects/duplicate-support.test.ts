import { describe, expect, it } from "vitest";
import { findOverlappingSupport, type SupportRecord } from "./duplicate-support";

const prior: SupportRecord = {
  projectId: "DA-2022-01",
  establishmentId: "CS-1",
  content: "MAY_MOC_THIET_BI",
  item: "Máy sấy nông sản",
  periodFrom: "2022-03-01",
  periodTo: "2022-12-31",
};
const candidate: SupportRecord = {
  ...prior,
  projectId: "DA-2022-07",
  item: "MAY SAY  nong san",
  periodFrom: "2022-11-01",
  periodTo: null,
};

describe("findOverlappingSupport (E9)", () => {
  it("finds the same item for the same establishment in an overlapping period, ignoring case and accents", () => {
    expect(findOverlappingSupport([prior], candidate)).toEqual([{ record: prior, matchedOn: "ITEM" }]);
  });

  it.each<[string, Partial<SupportRecord>]>([
    ["another establishment", { establishmentId: "CS-2" }],
    ["another content", { content: "TU_VAN" }],
    ["another item", { item: "Máy ép viên" }],
    ["a period that ended the day before", { periodTo: "2022-10-31" }],
    ["the same project", { projectId: "DA-2022-07" }],
  ])("ignores %s", (_label, change) => {
    expect(findOverlappingSupport([{ ...prior, ...change }], candidate)).toEqual([]);
  });

  it("counts a shared day as overlap, and an open-ended support as still running", () => {
    expect(findOverlappingSupport([{ ...prior, periodTo: "2022-11-01" }], candidate)).toHaveLength(1);
    const later = { ...candidate, periodFrom: "2030-01-01", periodTo: "2030-12-31" };
    expect(findOverlappingSupport([{ ...prior, periodTo: null }], later)).toHaveLength(1);
  });

  it("falls back to the content when an item is not recorded", () => {
    expect(findOverlappingSupport([{ ...prior, item: null }], candidate)).toEqual([
      { record: { ...prior, item: null }, matchedOn: "CONTENT" },
    ]);
  });
});
