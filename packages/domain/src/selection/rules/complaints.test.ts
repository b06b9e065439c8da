import { describe, expect, it } from "vitest";
import { decidedDays2025To2026 } from "../../calendar/decided-days";
import { complaintResolutionDue, complaintTiming, complaintWindow } from "./complaints";

describe("complaint window and resolution (S6)", () => {
  it("gives 15 working days from the day after notification, across Tết 2025", () => {
    // Notified Monday 20/01/2025: 21–24/01 (4), Tết 25/01–02/02, 03–07/02 (9), 10–14/02 (14), 17/02 (15).
    expect(complaintWindow("2025-01-20")).toBe("2025-02-17");
  });

  it("gives 10 working days to answer, across the 2025 swap (Saturday 26/04 worked, Friday 02/05 off)", () => {
    // Received 22/04: 23, 24, 25, Sat 26 (4), 28, 29 (6), 30/04–04/05 off, 05, 06, 07, 08 (10).
    expect(complaintResolutionDue("2025-04-22", decidedDays2025To2026)).toBe("2025-05-08");
    // Without the decision: 23, 24, 25, 28, 29, 02/05, 05, 06, 07, 08 → the same day, by a different path.
    expect(complaintResolutionDue("2025-04-22")).toBe("2025-05-08");
    // A swap is one day for one, so it moves a due date only when the count ends inside it: received 15/04,
    // 16–18 (3), 21–25 (8), then Saturday 26/04 (9), 28/04 (10) with the decision; 28/04, 29/04 without.
    expect(complaintResolutionDue("2025-04-15", decidedDays2025To2026)).toBe("2025-04-28");
    expect(complaintResolutionDue("2025-04-15")).toBe("2025-04-29");
  });

  it("accepts a complaint on the last day and names the resolution due date", () => {
    expect(complaintTiming("2025-01-20", "2025-02-17")).toEqual({
      ok: true,
      lastDay: "2025-02-17",
      resolutionDue: "2025-03-03",
    });
  });

  it("refuses a complaint one day late, naming the last allowed day", () => {
    const verdict = complaintTiming("2025-01-20", "2025-02-18");
    expect(verdict).toMatchObject({ ok: false, code: "COMPLAINT_LATE", lastDay: "2025-02-17" });
    expect(verdict.ok ? "" : verdict.messageVi).toContain("17/02/2025");
  });

  it("refuses a complaint dated before the notification, and a malformed date", () => {
    expect(complaintTiming("2025-03-10", "2025-03-07")).toMatchObject({
      ok: false,
      code: "COMPLAINT_BEFORE_NOTICE",
    });
    expect(() => complaintTiming("2025-02-30", "2025-03-01")).toThrow(RangeError);
  });
});
