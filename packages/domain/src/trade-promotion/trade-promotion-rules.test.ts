import { describe, expect, it } from "vitest";
import { checkBoothInput } from "./booth-input";
import { type BoothClaim, checkBoothPayment } from "./booth-payments";
import { type CountedParticipation, countParticipations } from "./fair-counts";
import { checkFairTransition, fairTransitionsFrom } from "./fair-lifecycle";
import { checkOverseasLimit, type OverseasParticipation } from "./overseas-limit";

describe("E10: at most two supported overseas fairs per establishment and year", () => {
  const prior = (n: number, overrides: Partial<OverseasParticipation> = {}): OverseasParticipation => ({
    participationId: `p${n}`,
    fairId: `f${n}`,
    fairName: `Hội chợ ${n}`,
    establishmentId: "e1",
    year: 2024,
    abroad: true,
    supportAmount: 10_000_000n,
    ...overrides,
  });
  const candidate = {
    participationId: null,
    fairId: "f9",
    establishmentId: "e1",
    year: 2024,
    abroad: true,
    supportAmount: 1n,
  };

  it("allows the first, warns on the second, refuses the third naming the other two", () => {
    expect(checkOverseasLimit(candidate, [])).toEqual({ verdict: "OK" });
    expect(checkOverseasLimit(candidate, [prior(1)])).toMatchObject({
      verdict: "WARN",
      code: "FAIR_OVERSEAS_LIMIT_REACHED",
    });
    const third = checkOverseasLimit(candidate, [prior(1), prior(2)]);
    expect(third).toMatchObject({ verdict: "REFUSE", code: "FAIR_OVERSEAS_LIMIT_EXCEEDED" });
    if (third.verdict !== "REFUSE") throw new Error("expected a refusal");
    expect(third.others.map((o) => o.fairId)).toEqual(["f1", "f2"]);
    expect(third.messageVi).toContain('"Hội chợ 1" và "Hội chợ 2"');
  });

  it("counts only supported overseas participations of the same establishment and calendar year", () => {
    const unrelated = [
      prior(1, { year: 2023 }),
      prior(2, { establishmentId: "e2" }),
      prior(3, { abroad: false }),
      prior(4, { supportAmount: 0n }),
    ];
    expect(checkOverseasLimit(candidate, unrelated)).toEqual({ verdict: "OK" });
  });

  it("never limits a domestic or unsupported participation, nor counts a participation against itself", () => {
    expect(checkOverseasLimit({ ...candidate, abroad: false }, [prior(1), prior(2)])).toEqual({
      verdict: "OK",
    });
    expect(checkOverseasLimit({ ...candidate, supportAmount: 0n }, [prior(1), prior(2)])).toEqual({
      verdict: "OK",
    });
    const editing = { ...candidate, participationId: "p2", fairId: "f2" };
    expect(checkOverseasLimit(editing, [prior(1), prior(2)]).verdict).toBe("WARN");
  });
});

describe("E9 extended: the same booth is never paid twice", () => {
  const claim = (
    id: string | null,
    establishmentId: string,
    key: string | null,
    share: number | null,
  ): BoothClaim => ({
    participationId: id,
    fairId: "f1",
    establishmentId,
    establishmentName: `Cơ sở ${establishmentId}`,
    sharedBoothKey: key,
    sharedBoothShareBps: share,
  });

  it("refuses a second participation of the same establishment at the same fair", () => {
    const refusal = checkBoothPayment(claim(null, "e1", null, null), [claim("p1", "e1", null, null)]);
    expect(refusal).toMatchObject({ code: "FAIR_PARTICIPATION_DUPLICATE", field: "establishmentId" });
    expect(checkBoothPayment(claim("p1", "e1", null, null), [claim("p1", "e1", null, null)])).toBeNull();
  });

  it("refuses shares of one shared booth above the whole booth, whatever the key's spelling", () => {
    const onBooth = [claim("p1", "e1", "Gian A-12", 5000), claim("p2", "e2", "gian a12", 3000)];
    expect(checkBoothPayment(claim(null, "e3", "GIAN A 12", 2000), onBooth)).toBeNull();
    const refusal = checkBoothPayment(claim(null, "e3", "gian-a-12", 2001), onBooth);
    expect(refusal).toMatchObject({ code: "FAIR_SHARED_BOOTH_OVERPAID", field: "sharedBoothShareBps" });
    expect(refusal?.messageVi).toContain("20 %");
    expect(checkBoothPayment(claim(null, "e3", "B-1", 10000), onBooth)).toBeNull();
  });
});

describe("booth input", () => {
  it("says which field is wrong: fractional, negative or zero whole booths, a share without a key", () => {
    const field = (input: Parameters<typeof checkBoothInput>[0]) =>
      checkBoothInput(input).map((p) => p.field);
    expect(field({ wholeBooths: 1.5, sharedBoothKey: null, sharedBoothShareBps: null })).toEqual([
      "wholeBooths",
    ]);
    expect(field({ wholeBooths: -1, sharedBoothKey: null, sharedBoothShareBps: null })).toEqual([
      "wholeBooths",
    ]);
    expect(field({ wholeBooths: 0, sharedBoothKey: null, sharedBoothShareBps: null })).toEqual([
      "wholeBooths",
    ]);
    expect(field({ wholeBooths: 1, sharedBoothKey: null, sharedBoothShareBps: 5000 })).toEqual([
      "sharedBoothShareBps",
    ]);
    expect(field({ wholeBooths: 0, sharedBoothKey: "A1", sharedBoothShareBps: 0 })).toEqual([
      "sharedBoothShareBps",
    ]);
    expect(field({ wholeBooths: 0, sharedBoothKey: " ", sharedBoothShareBps: 5000 })).toContain(
      "sharedBoothKey",
    );
    expect(
      checkBoothInput({ wholeBooths: 1.5, sharedBoothKey: null, sharedBoothShareBps: null })[0]?.messageVi,
    ).toContain("số nguyên");
  });

  it("accepts whole booths, a share of a shared booth, or both", () => {
    expect(checkBoothInput({ wholeBooths: 2, sharedBoothKey: null, sharedBoothShareBps: null })).toEqual([]);
    expect(checkBoothInput({ wholeBooths: 0, sharedBoothKey: "A1", sharedBoothShareBps: 5000 })).toEqual([]);
    expect(checkBoothInput({ wholeBooths: 1, sharedBoothKey: "A1", sharedBoothShareBps: 10000 })).toEqual([]);
  });
});

describe("Q4: establishments, participations and booths are three numbers, never added", () => {
  const row = (
    fairId: string,
    establishmentId: string,
    wholeBooths: number,
    key: string | null,
    abroad = false,
  ): CountedParticipation => ({
    fairId,
    establishmentId,
    wholeBooths,
    sharedBoothKey: key,
    abroad,
  });

  it("counts an establishment once, each participation, and a shared booth once per fair", () => {
    const counts = countParticipations([
      row("f1", "e1", 2, null),
      row("f1", "e2", 0, "A1"),
      row("f1", "e3", 0, "A1"),
      row("f2", "e1", 1, "A1"),
      row("f3", "e1", 1, null, true),
    ]);
    expect(counts).toMatchObject({ distinctEstablishments: 3, participations: 5, booths: 2 + 1 + 1 + 1 + 1 });
    expect(counts.domestic).toEqual({ distinctEstablishments: 3, participations: 4, booths: 5 });
    expect(counts.abroad).toEqual({ distinctEstablishments: 1, participations: 1, booths: 1 });
  });

  it("is empty for no rows", () => {
    expect(countParticipations([])).toMatchObject({
      distinctEstablishments: 0,
      participations: 0,
      booths: 0,
    });
  });
});

describe("the fair's states", () => {
  it("needs the host's confirmed list to report, and a reason to cancel", () => {
    expect(checkFairTransition("HELD", "REPORT", [])).toMatchObject({
      code: "FAIR_DOCUMENT_MISSING",
      missing: ["CONFIRMED_LIST"],
    });
    expect(checkFairTransition("HELD", "REPORT", ["PLAN", "CONFIRMED_LIST"])).toBeNull();
    expect(checkFairTransition("PLANNED", "CANCEL", [], " ")).toMatchObject({
      code: "FAIR_REASON_REQUIRED",
      field: "reason",
    });
    expect(checkFairTransition("PLANNED", "CANCEL", [], "Thiếu kinh phí")).toBeNull();
  });

  it("moves forward only, and never cancels a fair that was held", () => {
    expect(checkFairTransition("PLANNED", "REPORT", ["CONFIRMED_LIST"])?.code).toBe(
      "FAIR_TRANSITION_NOT_ALLOWED",
    );
    expect(checkFairTransition("HELD", "CANCEL", [], "x")?.code).toBe("FAIR_TRANSITION_NOT_ALLOWED");
    expect(fairTransitionsFrom("PLANNED")).toEqual(["OPEN_REGISTRATION", "MARK_HELD", "CANCEL"]);
    expect(fairTransitionsFrom("REPORTED")).toEqual([]);
    expect(fairTransitionsFrom("CANCELLED")).toEqual([]);
  });
});
