import { describe, expect, it } from "vitest";
import { availability, reasonsText } from "./action-availability";
import { establishmentAction, establishmentActions } from "./establishment-actions";
import { recordComplaintAction, resolveComplaintAction } from "./selection-complaint-actions";
import { userActions, userStatusChange } from "./user-actions";

const codes = (action: { reasons: { code: string }[] }) => action.reasons.map((reason) => reason.code);

describe("action availability", () => {
  it("is available exactly when no reason stands, and says every reason in one line", () => {
    expect(availability([false, null, undefined])).toEqual({ available: true, reasons: [] });
    const refused = availability([
      { code: "A", messageVi: "Thứ nhất" },
      false,
      { code: "B", messageVi: "Thứ hai" },
    ]);
    expect(refused.available).toBe(false);
    expect(reasonsText(refused)).toBe("Thứ nhất; Thứ hai");
  });

  it("refuses disabling oneself and changing an account to the state it is in", () => {
    const active = { id: "u1", disabled: false };
    expect(codes(userStatusChange(active, true, "u1"))).toEqual(["USER_CANNOT_DISABLE_SELF"]);
    expect(userStatusChange(active, true, "admin").available).toBe(true);
    expect(codes(userStatusChange({ id: "u2", disabled: true }, true, "admin"))).toEqual([
      "USER_STATUS_UNCHANGED",
    ]);
    expect(codes(userStatusChange(active, false, "admin"))).toEqual(["USER_STATUS_UNCHANGED"]);
    expect(Object.keys(userActions({ id: "u2", disabled: true }, "admin"))).toContain("enable");
    expect(Object.keys(userActions(active, "admin"))).not.toContain("enable");
  });

  it("greys editing an archived establishment and refuses archiving or restoring twice", () => {
    const archived = { status: "ARCHIVED" };
    expect(codes(establishmentAction(archived, "update"))).toEqual(["ESTABLISHMENT_ARCHIVED"]);
    expect(codes(establishmentAction({ status: "ACTIVE" }, "restore"))).toEqual([
      "ESTABLISHMENT_NOT_ARCHIVED",
    ]);
    expect(Object.keys(establishmentActions(archived))).toEqual(["update", "restore"]);
    expect(Object.keys(establishmentActions({ status: "ACTIVE" }))).toEqual(["update", "archive"]);
  });
});

describe("complaint actions (S6)", () => {
  it("records complaints only in the complaint stage after notification, and answers each once", () => {
    expect(recordComplaintAction({ roundStatus: "COMPLAINT_WINDOW", notified: true }).available).toBe(true);
    expect(codes(recordComplaintAction({ roundStatus: "COMPLAINT_WINDOW", notified: false }))).toEqual([
      "SELECTION_COMPLAINT_WINDOW_CLOSED",
    ]);
    expect(codes(recordComplaintAction({ roundStatus: "CLOSED", notified: true }))).toEqual([
      "SELECTION_COMPLAINT_WINDOW_CLOSED",
    ]);
    expect(resolveComplaintAction({ complaintStatus: "OPEN" }).available).toBe(true);
    for (const done of ["UPHELD", "REJECTED", "WITHDRAWN"] as const) {
      expect(codes(resolveComplaintAction({ complaintStatus: done }))).toEqual([
        "SELECTION_COMPLAINT_RESOLVED",
      ]);
    }
  });
});
