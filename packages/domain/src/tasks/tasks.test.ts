import { describe, expect, it } from "vitest";
import {
  compareTasks,
  isPastDue,
  overdueProgress,
  stateTaskDueBefore,
  stateTaskKind,
  taskConditionsFor,
  taskTitleVi,
} from "./tasks";

const kinds = (role: Parameters<typeof taskConditionsFor>[0]) =>
  [...new Set(taskConditionsFor(role).map((c) => c.kind))].sort();

describe("tasks derived from the transition table", () => {
  it("gives each role the kinds of task its actor kinds settle", () => {
    expect(kinds("PROVINCIAL_OFFICER")).toEqual([
      "ADJUSTMENT",
      "PROGRESS_OVERDUE",
      "REGISTRATION",
      "RETURNED",
    ]);
    expect(kinds("PROVINCIAL_LEADER")).toEqual([
      "ADJUSTMENT",
      "APPRAISAL",
      "APPROVAL",
      "PROGRESS_OVERDUE",
      "REGISTRATION",
      "RETURNED",
    ]);
    expect(kinds("CENTRAL_LEADER")).toEqual(["ADJUSTMENT", "APPRAISAL", "APPROVAL"]);
    expect(kinds("CENTRAL_OFFICER")).toEqual(["ADJUSTMENT", "APPRAISAL", "APPROVAL"]);
    expect(kinds("IMPLEMENTER")).toEqual(["PROGRESS_OVERDUE", "RETURNED"]);
    expect(kinds("AUDITOR")).toEqual([]);
    expect(kinds("SYSTEM_ADMIN")).toEqual([]);
  });

  it("asks provincial staff for a returned dossier only when their province implements it", () => {
    const returned = taskConditionsFor("PROVINCIAL_OFFICER").filter((c) => c.kind === "RETURNED");
    expect(returned.every((c) => c.asImplementer)).toBe(true);
    const progress = taskConditionsFor("PROVINCIAL_OFFICER").find((c) => c.kind === "PROGRESS_OVERDUE");
    expect(progress?.asImplementer).toBe(false);
  });

  it("tells a national registration from a local approval in the same state", () => {
    expect(stateTaskKind("PROVINCIAL_LEADER", { status: "BASE_APPRAISED", fundingLevel: "KCQG" })).toBe(
      "REGISTRATION",
    );
    expect(stateTaskKind("PROVINCIAL_LEADER", { status: "BASE_APPRAISED", fundingLevel: "KCDP" })).toBe(
      "APPROVAL",
    );
    expect(
      stateTaskKind("PROVINCIAL_OFFICER", { status: "SUBMITTED_BASE", fundingLevel: "KCQG" }),
    ).toBeNull();
  });

  it("dates a national dossier's tasks by the central registration day, a local one by none", () => {
    const national = {
      status: "RETURNED",
      fundingLevel: "KCQG",
      planYear: 2027,
      contractSignedOn: null,
    } as const;
    expect(stateTaskDueBefore("RETURNED", national)).toBe("2026-06-15");
    expect(stateTaskDueBefore("RETURNED", { ...national, fundingLevel: "KCDP" })).toBeNull();
    expect(isPastDue("2026-06-15", "2026-06-15")).toBe(true);
    expect(isPastDue("2026-06-15", "2026-06-14")).toBe(false);
    expect(isPastDue(null, "2030-01-01")).toBe(false);
  });

  it("lists the months a project owes and words them", () => {
    const owed = overdueProgress(
      { status: "IN_PROGRESS", fundingLevel: "KCQG", planYear: 2026, contractSignedOn: "2026-03-10" },
      [{ period: "2026-04", reportedOn: "2026-04-20" }],
      "2026-07-01",
    );
    expect(owed).toEqual({ months: ["2026-03", "2026-05", "2026-06"], dueBefore: "2026-03-25" });
    expect(taskTitleVi("PROGRESS_OVERDUE", "IN_PROGRESS", owed.months)).toBe(
      "Nộp 3 báo cáo tiến độ tháng còn thiếu (03/2026 – 06/2026)",
    );
    expect(taskTitleVi("PROGRESS_OVERDUE", "IN_PROGRESS", ["2026-05"])).toBe(
      "Nộp báo cáo tiến độ tháng 05/2026",
    );
  });

  it("orders missed and near deadlines first and undated tasks last", () => {
    const tasks = [
      { dueBefore: null, code: "A" },
      { dueBefore: "2026-06-15", code: "B" },
      { dueBefore: "2025-06-15", code: "C" },
    ];
    expect([...tasks].sort(compareTasks).map((t) => t.code)).toEqual(["C", "B", "A"]);
  });
});
