import { describe, expect, it } from "vitest";
import { type EntryEligibilityFacts, evaluateEntryEligibility, ladderRungFor } from "./entry-eligibility";

const base: EntryEligibilityFacts = {
  roundLevel: "TINH",
  day: "2024-05-10",
  establishmentId: "est-1",
  registryVerdict: "ELIGIBLE",
  registrySummaryVi: "",
  lowerCertificate: null,
  recommendationText: null,
};
const districtCertificate = {
  number: "3/2023/CNNT-HUYEN-P34-82",
  establishmentId: "est-1",
  level: "HUYEN" as const,
  status: "VALID" as const,
  validUntil: "2025-12-31",
  revokedOn: null,
};

describe("entry eligibility (S1, S2)", () => {
  it("reads the ladder by date: district rounds end on 2025-06-30, provincial rounds then need no certificate", () => {
    expect(ladderRungFor("HUYEN", "2025-06-30")?.lowerLevel).toBeNull();
    expect(ladderRungFor("HUYEN", "2025-07-01")).toBeUndefined();
    expect(ladderRungFor("TINH", "2025-06-30")?.lowerLevel).toBe("HUYEN");
    expect(ladderRungFor("TINH", "2025-07-01")?.lowerLevel).toBeNull();
    expect(ladderRungFor("QUOC_GIA", "2026-01-01")?.lowerLevel).toBe("KHU_VUC");
  });

  it("accepts a provincial entry before July 2025 with a valid district certificate or the recommendation", () => {
    const withCertificate = evaluateEntryEligibility({ ...base, lowerCertificate: districtCertificate });
    expect(withCertificate.verdict).toBe("ELIGIBLE");
    expect(withCertificate.reasons[1]?.textVi).toContain("3/2023/CNNT-HUYEN-P34-82");
    const withRecommendation = evaluateEntryEligibility({ ...base, recommendationText: "Công văn 12/UBND" });
    expect(withRecommendation.ladderRefusal).toBeNull();
  });

  it("refuses an entry without the lower certificate, or with one expired, revoked, of another level or holder", () => {
    expect(evaluateEntryEligibility(base).ladderRefusal).toContain("giấy chứng nhận cấp huyện");
    const cases = [
      [{ validUntil: "2023-12-31" }, "hết hiệu lực"],
      [{ status: "REVOKED" as const, revokedOn: "2024-01-05" }, "thu hồi"],
      [{ level: "TINH" as const }, "không phải"],
      [{ establishmentId: "est-2" }, "cơ sở khác"],
    ] as const;
    for (const [change, words] of cases) {
      const verdict = evaluateEntryEligibility({
        ...base,
        lowerCertificate: { ...districtCertificate, ...change },
      });
      expect(verdict.verdict).toBe("NOT_ELIGIBLE");
      expect(verdict.ladderRefusal).toContain(words);
    }
  });

  it("does not let a recommendation replace the provincial certificate of a regional entry", () => {
    const verdict = evaluateEntryEligibility({
      ...base,
      roundLevel: "KHU_VUC",
      recommendationText: "Công văn",
    });
    expect(verdict.ladderRefusal).toContain("không thay được");
  });

  it("records the registry's S1 verdict after the ladder passes", () => {
    const later = { ...base, day: "2026-03-01" };
    expect(evaluateEntryEligibility({ ...later, registryVerdict: "NOT_ELIGIBLE" }).verdict).toBe(
      "NOT_ELIGIBLE",
    );
    const unknown = evaluateEntryEligibility({
      ...later,
      registryVerdict: "UNKNOWN",
      registrySummaryVi: "Thiếu số lao động",
    });
    expect(unknown.verdict).toBe("UNKNOWN");
    expect(unknown.ladderRefusal).toBeNull();
    expect(unknown.reasons[0]?.textVi).toContain("Thiếu số lao động");
  });
});
