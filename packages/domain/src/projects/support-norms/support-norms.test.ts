import { describe, expect, it } from "vitest";
import { legalDocuments } from "../../reference/legal-documents.data";
import { supportNormSetInputSchema, toSupportNormSet } from "../project.schemas";
import { machineLine } from "../testing/test-projects";
import { supportActivities } from "./support-activities.data";
import { findNorm, lineCap, normValidAt, type SupportNormSet, supportCap } from "./support-norms";
import { KCQG_NORMS_2014, KCQG_NORMS_2018, nationalSupportNormSets } from "./support-norms.data";

const M = 1_000_000n;
const norm = (code: string) => {
  const found = findNorm(KCQG_NORMS_2014, code);
  if (!found) throw new Error(`no norm ${code}`);
  return found;
};

describe("the 2014 table (Joint Circ. 26/2014 Art. 6.2)", () => {
  it.each([
    ["a", null, 10n],
    ["b1", 3000, 500n],
    ["b2", null, 100n],
    ["c", 5000, 200n],
    ["d1", 10000, null],
    ["d2", 8000, null],
    ["dd", 10000, null],
    ["e", 10000, null],
    ["g1", null, 100n],
    ["g2", null, 200n],
    ["g3", null, 5n],
    ["g4", null, 10n],
    ["h", 5000, 35n],
    ["i", 5000, 35n],
    ["k", null, null],
    ["l1", 3000, 70n],
    ["l2", 3000, 100n],
    ["m", 5000, 150n],
    ["n", 5000, 500n],
    ["o", 3000, 300n],
    ["p", 3000, 1_500n],
    ["q", 5000, 500n],
    ["r", null, 3_000n],
    ["s1", 150, null],
    ["s2", 250, null],
  ] as const)("%s: share %s bps, ceiling %s m VND", (code, share, millions) => {
    const row = norm(code);
    expect(row.maxShareBps).toBe(share);
    expect(row.capDong).toBe(millions === null ? null : millions * M);
    expect(row.legalBasis).toMatch(/^Thông tư liên tịch 26\/2014\/TTLT-BTC-BCT, Điều 6\.2\./u);
    expect(row.priorityMultiplierMaxBps).toBe(code.startsWith("s") ? 10_000 : 15_000);
  });

  it("covers every norm code the support activities point to", () => {
    for (const activity of Object.values(supportActivities)) {
      for (const code of activity.normCodes) expect(findNorm(KCQG_NORMS_2014, code), code).not.toBeNull();
    }
  });

  it("points at seeded legal documents", () => {
    const keys = legalDocuments.map((doc) => doc.key);
    for (const set of nationalSupportNormSets) expect(keys).toContain(set.legalDocumentKey);
  });
});

describe("normValidAt", () => {
  it.each([
    ["2014-04-07", null],
    ["2014-04-08", "KCQG_TTLT_26_2014"],
    ["2018-05-11", "KCQG_TTLT_26_2014"],
    ["2018-05-12", "KCQG_TT_28_2018_BTC"],
    ["2026-01-01", "KCQG_TT_28_2018_BTC"],
  ])("on %s picks %s", (date, id) => {
    expect(normValidAt(nationalSupportNormSets, date)?.id ?? null).toBe(id);
  });

  it("picks the highest version and never falls back from a province to the national set", () => {
    const v2 = { ...KCQG_NORMS_2014, version: 2 };
    expect(normValidAt([KCQG_NORMS_2014, v2], "2015-01-01")).toBe(v2);
    expect(
      normValidAt(nationalSupportNormSets, "2015-01-01", { fundingLevel: "KCDP", provinceId: "P34-38" }),
    ).toBeNull();
    const local: SupportNormSet = {
      ...KCQG_NORMS_2014,
      id: "TH",
      fundingLevel: "KCDP",
      provinceId: "P34-38",
    };
    expect(normValidAt([local], "2015-01-01", { fundingLevel: "KCDP", provinceId: "P34-38" })).toBe(local);
    expect(normValidAt([local], "2015-01-01", { fundingLevel: "KCDP", provinceId: "P34-01" })).toBeNull();
  });
});

describe("supportCap (F1)", () => {
  it("takes the lower of the share and the ceiling, and explains it with the legal basis", () => {
    const cap = supportCap({ eligibleCost: 300n * M }, norm("c"), null);
    expect(cap).toMatchObject({ capDong: 150n * M, percentCapDong: 150n * M, absoluteCapDong: 200n * M });
    expect(cap.explanationVi).toBe(
      "Định mức c: hỗ trợ tối đa 150.000.000 đồng (50 % × 300.000.000 đồng chi phí = 150.000.000 đồng; " +
        "200.000.000 đồng/cơ sở × 1 = 200.000.000 đồng). Căn cứ: Thông tư liên tịch 26/2014/TTLT-BTC-BCT, Điều 6.2.c.",
    );
    expect(supportCap({ eligibleCost: 1_000n * M }, norm("c"), null).capDong).toBe(200n * M);
  });

  it("raises only the ceiling by the priority multiplier, at most ×1.5", () => {
    expect(supportCap({ eligibleCost: 1_000n * M }, norm("c"), 15_000).capDong).toBe(300n * M);
    const asked = supportCap({ eligibleCost: 1_000n * M }, norm("c"), 20_000);
    expect(asked).toMatchObject({ capDong: 300n * M, multiplierBps: 15_000 });
    expect(asked.explanationVi).toContain("× 1,5 (ưu tiên)");
    expect(asked.explanationVi).toContain("hệ số ưu tiên tối đa là 1,5");
    expect(supportCap({ eligibleCost: 100n * M }, norm("c"), 15_000).capDong).toBe(50n * M);
    expect(supportCap({ eligibleCost: 1_000n * M }, norm("c"), 5_000).multiplierBps).toBe(10_000);
  });

  it("multiplies the ceiling by the units the line covers", () => {
    expect(supportCap({ eligibleCost: 100n * M, units: 3 }, norm("g3"), null).capDong).toBe(15n * M);
  });

  it("rounds a share down to the đồng", () => {
    expect(supportCap({ eligibleCost: 333n }, norm("b1"), null).percentCapDong).toBe(99n);
  });

  it("has no number where the text gives a bid or approved price", () => {
    const cap = supportCap({ eligibleCost: 10n * M }, norm("k"), null);
    expect(cap.capDong).toBeNull();
    expect(cap.explanationVi).toContain("không có mức trần bằng tiền");
    expect(cap.explanationVi).toContain("giá trúng thầu");
  });

  it("takes management overheads as a share of the project estimate", () => {
    const overhead = {
      ...machineLine,
      id: "QL",
      normCode: "s2",
      quantity: "1",
      unitPrice: 7_500_000n,
      kcAmount: 7_500_000n,
      counterpartAmount: 0n,
    };
    const result = lineCap(overhead, KCQG_NORMS_2014, null, [machineLine, overhead]);
    expect(result).toMatchObject({ status: "CAPPED", cap: { capDong: 7_500_000n } });
  });
});

describe("lineCap", () => {
  it("tells general norms, missing norms and caps apart", () => {
    expect(lineCap({ ...machineLine, normCode: null }, KCQG_NORMS_2014, null, [])).toEqual({
      status: "GENERAL_NORMS",
    });
    expect(lineCap(machineLine, KCQG_NORMS_2018, null, [])).toEqual({
      status: "NORM_NOT_FOUND",
      normCode: "c",
    });
    expect(lineCap(machineLine, KCQG_NORMS_2014, null, [machineLine])).toMatchObject({
      status: "CAPPED",
      cap: { capDong: 150n * M },
    });
  });
});

describe("norm sets entered on the admin screen", () => {
  const input = {
    id: "KCDP_P34-38_2019",
    version: 1,
    labelVi: "Mức hỗ trợ khuyến công địa phương",
    legalDocumentKey: "QD_TINH",
    fundingLevel: "KCDP",
    provinceId: "P34-38",
    validFrom: "2019-01-01",
    validTo: null,
    confidence: "CONFIRMED",
    datesConfidence: "CONFIRMED",
    noteVi: "",
    norms: [
      {
        code: "c",
        activityVi: "Máy móc thiết bị",
        maxShareBps: 5000,
        percentBase: "ITEM_COST",
        capDong: "150000000",
        capUnit: "PER_ESTABLISHMENT",
        priorityMultiplierMaxBps: 10000,
        legalBasis: "Nghị quyết HĐND tỉnh",
        confidence: "CONFIRMED",
      },
    ],
  };

  it("parses into a set the functions use", () => {
    const set = toSupportNormSet(supportNormSetInputSchema.parse(input));
    expect(findNorm(set, "c")?.capDong).toBe(150n * M);
    expect(normValidAt([set], "2020-01-01", { fundingLevel: "KCDP", provinceId: "P34-38" })).toBe(set);
  });

  it.each([
    ["a local set without a province", { provinceId: null }],
    ["an end before the start", { validTo: "2018-12-31" }],
    ["duplicate codes", { norms: [input.norms[0], input.norms[0]] }],
  ])("rejects %s", (_label, change) => {
    expect(supportNormSetInputSchema.safeParse({ ...input, ...change }).success).toBe(false);
  });
});
