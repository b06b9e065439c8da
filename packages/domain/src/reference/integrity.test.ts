import { describe, expect, it } from "vitest";
import { checkReferenceIntegrity, nextDay } from "./integrity";
import { type ReferenceSeed, referenceSeed } from "./reference-seed";

/** A deep copy of the seed to break on purpose, proving each check can fail. */
function broken(edit: (seed: ReferenceSeed) => void): string[] {
  const seed = structuredClone(referenceSeed);
  edit(seed);
  return checkReferenceIntegrity(seed);
}

describe("checkReferenceIntegrity", () => {
  it("finds no problem in the shipped seed", () => {
    expect(checkReferenceIntegrity()).toEqual([]);
  });

  it("reports a former province without successor and the broken merger pattern", () => {
    const problems = broken((seed) => {
      seed.successions = seed.successions.filter((s) => s.predecessorKey !== "P63-02"); // Hà Giang
    });
    expect(problems).toContain("province P63-02 (Hà Giang) has 0 successors, expected 1");
    expect(problems).toContain("12 new provinces with 1 predecessor(s), expected 11"); // Tuyên Quang now looks unchanged…
    expect(problems).toContain("16 new provinces with 2 predecessor(s), expected 17");
    expect(problems).toContain("succession P63-08 → P34-08 is MERGE, expected UNCHANGED"); // …but is still marked MERGE
  });

  it("reports a new province without predecessor", () => {
    const problems = broken((seed) => {
      seed.successions = seed.successions.filter((s) => s.successorKey !== "P34-01");
      seed.adminUnits = seed.adminUnits.filter((u) => u.key !== "P63-01");
      seed.regionMemberships = seed.regionMemberships.filter((m) => m.provinceKey !== "P63-01");
      seed.organisations = seed.organisations.filter((o) => o.adminUnitKey !== "P63-01");
    });
    expect(problems).toContain("province P34-01 (Hà Nội) has no predecessor");
    expect(problems).toContain("62 provinces on 2024-01-01, expected 63");
  });

  it("reports a code used twice on the same date", () => {
    const problems = broken((seed) => {
      const dongThap = seed.adminUnits.find((u) => u.key === "P34-82");
      if (dongThap) dongThap.validFrom = "2025-06-01";
    });
    expect(problems).toContain("code 82 is used by P63-82 and P34-82 on the same dates");
  });

  it("reports region counts that differ from the 2014 lists", () => {
    const problems = broken((seed) => {
      const binhThuan = seed.regionMemberships.find((m) => m.provinceKey === "P63-60");
      if (binhThuan) binhThuan.regionCode = "TRUNG_TAY_NGUYEN";
    });
    expect(problems).toContain("16 provinces in region TRUNG_TAY_NGUYEN on 2024-01-01, expected 15");
    expect(problems).toContain("19 provinces in region NAM on 2024-01-01, expected 20");
  });

  it("reports unknown legal bases and text that is not NFC", () => {
    const problems = broken((seed) => {
      const unit = seed.adminUnits.find((u) => u.key === "P34-82");
      if (unit) {
        unit.legalBasisKey = "NQ_999_2025";
        unit.name = "Đồng Tháp".normalize("NFD");
      }
    });
    expect(problems).toContain("unit P34-82: unknown legal document NQ_999_2025");
    expect(problems.some((p) => p.endsWith(".name: text is not NFC"))).toBe(true);
  });

  it("reports gaps in an organisation's name history and impossible dates", () => {
    const problems = broken((seed) => {
      const agency = seed.organisations.find((o) => o.key === "ORG-CUC-KC");
      const second = agency?.names[1];
      if (second) second.validFrom = "2017-09-15";
      const unit = seed.adminUnits[0];
      if (unit) unit.validFrom = "2008-02-30";
    });
    expect(problems).toContain(
      'ORG-CUC-KC: names "Cục Công nghiệp địa phương" and "Cục Công Thương địa phương" do not follow each other',
    );
    expect(problems).toContain("unit P63-01: invalid date");
  });

  it("reports a replaced document whose status says otherwise", () => {
    const problems = broken((seed) => {
      const decree134 = seed.legalDocuments.find((d) => d.key === "ND_134_2004");
      if (decree134) decree134.status = "IN_FORCE";
    });
    expect(problems).toContain(
      "legal document ND_134_2004 is replaced by ND_45_2012 but has status IN_FORCE",
    );
  });
});

describe("nextDay", () => {
  it.each([
    ["2025-06-30", "2025-07-01"],
    ["2024-02-28", "2024-02-29"],
    ["2024-12-31", "2025-01-01"],
  ])("%s → %s", (date, expected) => {
    expect(nextDay(date)).toBe(expected);
  });
});
