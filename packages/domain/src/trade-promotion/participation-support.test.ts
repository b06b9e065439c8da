import { describe, expect, it } from "vitest";
import { normValidAt, type SupportNormSet } from "../projects/support-norms/support-norms";
import { KCQG_NORMS_2014, nationalSupportNormSets } from "../projects/support-norms/support-norms.data";
import { brandSupportCap, checkBrandSupport } from "./brand-support";
import { checkParticipationSupport, participationSupportCap } from "./participation-support";

const M = 1_000_000n;
const domestic = {
  abroad: false,
  boothRent: 12n * M,
  otherListedCosts: 0n,
  approvedPrice: null,
  wholeBooths: 1,
};
const abroad = {
  abroad: true,
  boothRent: 60n * M,
  otherListedCosts: 40n * M,
  approvedPrice: null,
  wholeBooths: 1,
};

/** A later set with other values: the rules must follow the data, not the 2014 numbers. */
const laterSet: SupportNormSet = {
  ...KCQG_NORMS_2014,
  id: "LATER",
  validFrom: "2030-01-01",
  validTo: null,
  norms: KCQG_NORMS_2014.norms.map((norm) =>
    norm.code === "d2"
      ? { ...norm, maxShareBps: 9000 }
      : norm.code === "h"
        ? { ...norm, maxShareBps: 7000, capDong: 50n * M }
        : norm,
  ),
};

function capOf(result: ReturnType<typeof participationSupportCap>) {
  if (!result.ok) throw new Error(result.messageVi);
  return result.cap;
}

describe("participation support under the norm valid on the fair's start date (d2, đ)", () => {
  it("caps a domestic participation at 80 % of the booth rent under the 2014 set, and explains it", () => {
    const set = normValidAt(nationalSupportNormSets, "2016-05-10");
    expect(set?.id).toBe(KCQG_NORMS_2014.id);
    const cap = capOf(participationSupportCap(domestic, set as SupportNormSet));
    expect(cap).toMatchObject({ normCode: "d2", maxShareBps: 8000, capDong: 9_600_000n, normSetId: set?.id });
    expect(cap.explanationVi).toContain("80 %");
    expect(checkParticipationSupport({ supportAmount: 9_600_000n, supportShareBps: 8000 }, cap)).toBeNull();
  });

  it("refuses one đồng above the cap, naming the amount field, and a share above the norm's", () => {
    const cap = capOf(participationSupportCap(domestic, KCQG_NORMS_2014));
    expect(
      checkParticipationSupport({ supportAmount: 9_600_001n, supportShareBps: 8000 }, cap),
    ).toMatchObject({
      code: "FAIR_SUPPORT_ABOVE_NORM",
      field: "supportAmount",
    });
    expect(checkParticipationSupport({ supportAmount: 1n, supportShareBps: 8001 }, cap)).toMatchObject({
      code: "FAIR_SUPPORT_ABOVE_NORM",
      field: "supportShareBps",
    });
  });

  it("takes the values of the set it is given: 90 % under a later set", () => {
    const cap = capOf(participationSupportCap(domestic, laterSet));
    expect(cap.capDong).toBe(10_800_000n);
  });

  it("abroad pays 100 % of the listed costs (rent and the other items) under đ, never above the approved price", () => {
    expect(capOf(participationSupportCap(abroad, KCQG_NORMS_2014))).toMatchObject({
      normCode: "dd",
      capDong: 100n * M,
    });
    const capped = capOf(participationSupportCap({ ...abroad, approvedPrice: 75n * M }, KCQG_NORMS_2014));
    expect(capped.capDong).toBe(75n * M);
    expect(capped.explanationVi).toContain("giá được duyệt");
  });

  it("domestically ignores listed costs beyond the booth rent", () => {
    const cap = capOf(participationSupportCap({ ...domestic, otherListedCosts: 50n * M }, KCQG_NORMS_2014));
    expect(cap.capDong).toBe(9_600_000n);
  });

  it("reports a set without the norm instead of guessing (the empty 2018 set)", () => {
    const set = normValidAt(nationalSupportNormSets, "2019-03-01") as SupportNormSet;
    expect(participationSupportCap(domestic, set)).toMatchObject({
      ok: false,
      code: "FAIR_NORM_MISSING",
      normCode: "d2",
    });
  });
});

describe("brand support under norm h", () => {
  const capOfBrand = (cost: bigint, set: SupportNormSet) => {
    const result = brandSupportCap(cost, set);
    if (!result.ok) throw new Error(result.messageVi);
    return result.cap;
  };

  it("is 50 % of the cost below the ceiling and 35 triệu đồng above it (2014)", () => {
    expect(capOfBrand(40n * M, KCQG_NORMS_2014).capDong).toBe(20n * M);
    expect(capOfBrand(100n * M, KCQG_NORMS_2014).capDong).toBe(35n * M);
  });

  it("refuses support above the cap and follows a later set's values", () => {
    const cap = capOfBrand(100n * M, KCQG_NORMS_2014);
    expect(checkBrandSupport(35n * M, cap)).toBeNull();
    expect(checkBrandSupport(35n * M + 1n, cap)).toMatchObject({
      code: "BRAND_SUPPORT_ABOVE_NORM",
      field: "supportAmount",
    });
    expect(capOfBrand(100n * M, laterSet).capDong).toBe(50n * M);
    expect(capOfBrand(60n * M, laterSet).capDong).toBe(42n * M);
  });

  it("reports a set without h", () => {
    const empty = { ...KCQG_NORMS_2014, norms: [] };
    expect(brandSupportCap(M, empty)).toMatchObject({ ok: false, code: "BRAND_NORM_MISSING" });
  });
});
