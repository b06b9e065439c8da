import { describe, expect, it } from "vitest";
import { certificateState, certificateValidOn, validUntil } from "./certificate-validity";
import { type BodySeat, validateCouncilAndJury } from "./council";
import { checkLadder, ladderStepOn } from "./ladder";
import { roundYearWarning } from "./parity";

const seats = (council: number, jury: number): BodySeat[] => [
  ...Array.from(
    { length: council },
    (_, i): BodySeat => ({ body: "COUNCIL", role: i === 0 ? "CHAIR" : "COUNCIL_MEMBER" }),
  ),
  ...Array.from(
    { length: jury },
    (_, i): BodySeat => ({ body: "JURY", role: i === 0 ? "JURY_HEAD" : "JUROR" }),
  ),
];
const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe("council and jury size (S3)", () => {
  it.each([
    ["HUYEN", 5, 7],
    ["TINH", 7, 9],
    ["KHU_VUC", 9, 11],
    ["QUOC_GIA", 11, 13],
  ] as const)("allows %s councils of %i or %i members and nothing else", (level, small, large) => {
    expect(validateCouncilAndJury(level, seats(small, 5))).toEqual([]);
    expect(validateCouncilAndJury(level, seats(large, 5))).toEqual([]);
    for (const wrong of [small - 1, small + 1, large + 1]) {
      expect(codes(validateCouncilAndJury(level, seats(wrong, 5)))).toEqual(["COUNCIL_SIZE_INVALID"]);
    }
  });

  it("wants one chair, an odd jury and one jury head", () => {
    const noChair = seats(7, 4).map((seat) =>
      seat.role === "CHAIR" ? { ...seat, role: "COUNCIL_MEMBER" as const } : seat,
    );
    expect(codes(validateCouncilAndJury("TINH", noChair))).toEqual(["COUNCIL_CHAIR_COUNT", "JURY_SIZE_EVEN"]);
    const twoHeads = [...seats(7, 4), { body: "JURY", role: "JURY_HEAD" } as const];
    expect(codes(validateCouncilAndJury("TINH", twoHeads))).toEqual(["JURY_HEAD_COUNT"]);
    expect(codes(validateCouncilAndJury("TINH", seats(7, 0)))).toEqual(["JURY_SIZE_EVEN", "JURY_HEAD_COUNT"]);
  });
});

describe("certificate validity (S5) and state (S8)", () => {
  it("runs to 31 December of the issue year + 2", () => {
    expect(validUntil("2024-09-15")).toBe("2026-12-31");
    expect(validUntil("2025-01-01")).toBe("2027-12-31");
    expect(() => validUntil("2024-13-01")).toThrow(RangeError);
  });

  it("is valid to the last day, expired the day after, revoked from the revocation date", () => {
    const cert = { issuedOn: "2024-09-15", revokedOn: null };
    expect(certificateState(cert, "2026-12-31")).toBe("VALID");
    expect(certificateState(cert, "2027-01-01")).toBe("EXPIRED");
    const revoked = { issuedOn: "2024-09-15", revokedOn: "2025-03-01" };
    expect(certificateState(revoked, "2025-02-28")).toBe("VALID");
    expect(certificateState(revoked, "2025-03-01")).toBe("REVOKED");
    expect(certificateState(revoked, "2030-01-01")).toBe("REVOKED");
    expect(certificateValidOn(cert, "2024-09-14")).toBe(false);
  });
});

describe("level ladder (S2) as dated configuration", () => {
  const district = { level: "HUYEN" as const, issuedOn: "2023-08-01", revokedOn: null };
  const provincial = { level: "TINH" as const, issuedOn: "2023-10-01", revokedOn: null };

  it("holds district rounds until 30/06/2025 only", () => {
    expect(ladderStepOn("HUYEN", "2025-06-30")).not.toBeNull();
    expect(codes(checkLadder("HUYEN", "2025-07-01", { certificates: [], hasRecommendation: false }))).toEqual(
      ["LEVEL_NOT_HELD"],
    );
  });

  it("lets a provincial entry before 07/2025 bring a district certificate or the district recommendation", () => {
    expect(checkLadder("TINH", "2024-05-01", { certificates: [district], hasRecommendation: false })).toEqual(
      [],
    );
    expect(checkLadder("TINH", "2024-05-01", { certificates: [], hasRecommendation: true })).toEqual([]);
    const none = checkLadder("TINH", "2024-05-01", { certificates: [], hasRecommendation: false });
    expect(codes(none)).toEqual(["LOWER_CERTIFICATE_MISSING"]);
    expect(none[0]?.messageVi).toContain("UBND cấp huyện");
    expect(checkLadder("TINH", "2025-09-01", { certificates: [], hasRecommendation: false })).toEqual([]);
  });

  it("wants a valid provincial certificate AND the provincial recommendation for a regional entry", () => {
    expect(
      checkLadder("KHU_VUC", "2024-05-01", { certificates: [provincial], hasRecommendation: true }),
    ).toEqual([]);
    expect(
      codes(checkLadder("KHU_VUC", "2024-05-01", { certificates: [provincial], hasRecommendation: false })),
    ).toEqual(["RECOMMENDATION_MISSING"]);
    // The provincial certificate expired on 31/12/2025; a district one is the wrong level.
    expect(
      codes(
        checkLadder("KHU_VUC", "2026-05-01", {
          certificates: [provincial, district],
          hasRecommendation: true,
        }),
      ),
    ).toEqual(["LOWER_CERTIFICATE_MISSING"]);
    const revoked = { ...provincial, revokedOn: "2024-01-10" };
    expect(
      codes(checkLadder("KHU_VUC", "2024-05-01", { certificates: [revoked], hasRecommendation: true })),
    ).toEqual(["LOWER_CERTIFICATE_MISSING"]);
  });

  it("reads a replaced ladder instead of the default", () => {
    const ladder = [
      {
        level: "TINH" as const,
        validFrom: null,
        validTo: null,
        certificateLevel: null,
        recommendationBy: "Sở Công Thương",
        recommendationAlone: false,
        source: "thử",
      },
    ];
    expect(
      codes(checkLadder("TINH", "2026-01-01", { certificates: [], hasRecommendation: false }, ladder)),
    ).toEqual(["RECOMMENDATION_MISSING"]);
  });
});

describe("year parity (S7) warns, never refuses", () => {
  it.each([
    ["TINH", 2025, false],
    ["TINH", 2024, true],
    ["QUOC_GIA", 2024, false],
    ["QUOC_GIA", 2019, true],
    ["KHU_VUC", 2017, true],
  ] as const)("%s in %i warns: %s", (level, year, warns) => {
    expect(roundYearWarning(level, year) !== null).toBe(warns);
  });
});
