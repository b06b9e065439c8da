import { describe, expect, it } from "vitest";
import type { MemberBody, MemberRole, SelectionLevel } from "../selection.codes";
import { councilComposition, councilSizeByLevel, yearParityWarning } from "./council-composition";
import { type RoundReadinessFacts, roundStepActions, roundStepRequirements } from "./round-step-readiness";

const m = (body: MemberBody, role: MemberRole, active = true) => ({ body, role, active });

/** A council of `size` with one chair, and a jury of `jury` with one head. */
function members(size: number, jury: number) {
  return [
    m("COUNCIL", "CHAIR"),
    ...Array.from({ length: size - 1 }, () => m("COUNCIL", "COUNCIL_MEMBER")),
    ...(jury > 0 ? [m("JURY", "JURY_HEAD")] : []),
    ...Array.from({ length: Math.max(0, jury - 1) }, () => m("JURY", "JUROR")),
  ];
}

describe("S3 council and jury composition", () => {
  it.each(Object.entries(councilSizeByLevel))(
    "%s councils have exactly min..max members",
    (level, { min, max }) => {
      const of = (size: number) => councilComposition(level as SelectionLevel, members(size, 3)).problems;
      expect(of(min)).toEqual([]);
      expect(of(max)).toEqual([]);
      expect(of(min - 1).map((p) => p.code)).toEqual(["SELECTION_COUNCIL_SIZE_INVALID"]);
      expect(of(max + 1).map((p) => p.code)).toEqual(["SELECTION_COUNCIL_SIZE_INVALID"]);
    },
  );

  it("wants an odd jury with one head, one chair, and counts only active members", () => {
    expect(councilComposition("TINH", members(7, 4)).problems.map((p) => p.code)).toEqual([
      "SELECTION_JURY_SIZE_EVEN",
    ]);
    expect(councilComposition("TINH", members(7, 0)).problems.map((p) => p.code)).toEqual([
      "SELECTION_JURY_SIZE_EVEN",
      "SELECTION_STEP_REQUIREMENTS_UNMET",
    ]);
    const withoutChair = [...members(7, 3).slice(1), m("COUNCIL", "COUNCIL_MEMBER")];
    expect(councilComposition("TINH", withoutChair).problems[0]?.messageVi).toBe(
      "Hội đồng cần đúng một Chủ tịch, hiện có 0",
    );
    const retired = [...members(7, 3), m("COUNCIL", "COUNCIL_MEMBER", false), m("JURY", "JUROR", false)];
    expect(councilComposition("TINH", retired)).toMatchObject({ councilSize: 7, jurySize: 3, problems: [] });
  });
});

describe("S7 parity", () => {
  it("warns on provincial rounds in even years and higher rounds in odd years, never on district rounds", () => {
    expect(yearParityWarning("TINH", 2027)).toBeNull();
    expect(yearParityWarning("TINH", 2026)).toContain("năm lẻ");
    expect(yearParityWarning("QUOC_GIA", 2016)).toBeNull();
    expect(yearParityWarning("QUOC_GIA", 2017)).toContain("năm chẵn");
    expect(yearParityWarning("KHU_VUC", 2019)).toContain("năm chẵn");
    expect(yearParityWarning("HUYEN", 2020)).toBeNull();
  });
});

const facts = (overrides: Partial<RoundReadinessFacts> = {}): RoundReadinessFacts => ({
  status: "PLANNED",
  level: "TINH",
  frameApproved: false,
  scoringClosed: false,
  complaintWindowEndsOn: null,
  openComplaints: 0,
  composition: councilComposition("TINH", members(7, 3)),
  today: "2027-05-01",
  ...overrides,
});

describe("round step readiness", () => {
  it("gives each step to its body only: the approver forms the council, a secretary only with a membership", () => {
    expect(Object.keys(roundStepActions(facts(), { role: "PROVINCIAL_LEADER", isSecretary: false }))).toEqual(
      ["FORM_COUNCIL"],
    );
    expect(roundStepActions(facts(), { role: "PROVINCIAL_OFFICER", isSecretary: false })).toEqual({});
    expect(roundStepActions(facts(), { role: "CENTRAL_LEADER", isSecretary: false })).toEqual({});
    const open = facts({ status: "COUNCIL_FORMED" });
    expect(roundStepActions(open, { role: "COUNCIL_SECRETARY", isSecretary: false })).toEqual({});
    expect(
      roundStepActions(open, { role: "COUNCIL_SECRETARY", isSecretary: true }).OPEN_CALL?.available,
    ).toBe(true);
    expect(roundStepActions(open, { role: "JUROR", isSecretary: false })).toEqual({});
  });

  it("says what each step still needs", () => {
    expect(roundStepRequirements("START_JUDGING", facts({ status: "CALL_OPEN" })).map((r) => r.code)).toEqual(
      ["SELECTION_FRAME_NOT_APPROVED"],
    );
    expect(
      roundStepRequirements("START_JUDGING", facts({ status: "CALL_OPEN", frameApproved: true })),
    ).toEqual([]);
    expect(roundStepRequirements("PROPOSE_RESULTS", facts({ status: "JUDGING" }))[0]?.messageVi).toBe(
      "Trưởng ban giám khảo chưa khóa chấm điểm",
    );
    const window = facts({
      status: "COMPLAINT_WINDOW",
      complaintWindowEndsOn: "2027-05-01",
      openComplaints: 2,
    });
    expect(roundStepRequirements("CLOSE", window).map((r) => r.messageVi)).toEqual([
      "Chưa hết thời hạn nhận khiếu nại (15 ngày làm việc)",
      "Còn 2 khiếu nại chưa giải quyết",
    ]);
    expect(roundStepRequirements("CLOSE", { ...window, today: "2027-05-02", openComplaints: 0 })).toEqual([]);
    expect(roundStepRequirements("CLOSE", facts({ status: "NOMINATED_UP", openComplaints: 3 }))).toEqual([]);
  });
});
