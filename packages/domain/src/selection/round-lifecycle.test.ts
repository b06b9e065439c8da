import { describe, expect, it } from "vitest";
import { roleCodes } from "../access/roles";
import {
  canRoleTakeRoundStep,
  isRoundStepAllowed,
  nextLevelUp,
  rolesForRoundStep,
  roundStepCodes,
  roundSteps,
  roundStepsFrom,
} from "./round-lifecycle";
import { roundStatusCodes, selectionLevelCodes } from "./selection.codes";

describe("selection round lifecycle (DOMAIN §4.4)", () => {
  it("walks a provincial round from planned to closed through every state in order", () => {
    const path = [
      "FORM_COUNCIL",
      "OPEN_CALL",
      "START_JUDGING",
      "PROPOSE_RESULTS",
      "RECOGNISE",
      "NOTIFY_RESULTS",
      "NOMINATE_UP",
      "CLOSE",
    ] as const;
    let status: (typeof roundStatusCodes)[number] = "PLANNED";
    for (const step of path) {
      expect(isRoundStepAllowed(step, status, "TINH"), `${step} from ${status}`).toBe(true);
      status = roundSteps[step].to;
    }
    expect(status).toBe("CLOSED");
  });

  it("offers no step out of CLOSED and never nominates a national round up", () => {
    for (const level of selectionLevelCodes) expect(roundStepsFrom("CLOSED", level)).toEqual([]);
    expect(roundStepsFrom("COMPLAINT_WINDOW", "QUOC_GIA")).toEqual(["CLOSE"]);
    expect(roundStepsFrom("COMPLAINT_WINDOW", "KHU_VUC")).toEqual(["NOMINATE_UP", "CLOSE"]);
    expect(nextLevelUp("HUYEN")).toBe("TINH");
    expect(nextLevelUp("QUOC_GIA")).toBeNull();
  });

  it("refuses skipping states: recognition only from the council's proposal", () => {
    for (const status of roundStatusCodes) {
      expect(isRoundStepAllowed("RECOGNISE", status, "TINH")).toBe(status === "RESULTS_PROPOSED");
    }
    expect(isRoundStepAllowed("CLOSE", "JUDGING", "TINH")).toBe(false);
  });

  it("backs every approver step with a decision", () => {
    for (const step of roundStepCodes) {
      if (roundSteps[step].actors.includes("APPROVER"))
        expect(roundSteps[step].needsDecision, step).toBe(true);
    }
  });

  it("gives the approver's steps to the provincial leader for local rounds and the central leader above", () => {
    expect(rolesForRoundStep("RECOGNISE", "TINH")).toEqual(["PROVINCIAL_LEADER"]);
    expect(rolesForRoundStep("RECOGNISE", "HUYEN")).toEqual(["PROVINCIAL_LEADER"]);
    expect(rolesForRoundStep("RECOGNISE", "KHU_VUC")).toEqual(["CENTRAL_LEADER"]);
    expect(rolesForRoundStep("FORM_COUNCIL", "QUOC_GIA")).toEqual(["CENTRAL_LEADER"]);
    expect(canRoleTakeRoundStep("PROVINCIAL_OFFICER", "RECOGNISE", "TINH")).toBe(false);
    expect(canRoleTakeRoundStep("CENTRAL_LEADER", "RECOGNISE", "TINH")).toBe(false);
    expect(canRoleTakeRoundStep("PROVINCIAL_LEADER", "RECOGNISE", "KHU_VUC")).toBe(false);
  });

  it("lets the organising staff and the council secretary run the council's steps, never a juror", () => {
    expect(rolesForRoundStep("PROPOSE_RESULTS", "TINH").sort()).toEqual(
      ["COUNCIL_SECRETARY", "PROVINCIAL_LEADER", "PROVINCIAL_OFFICER"].sort(),
    );
    expect(rolesForRoundStep("OPEN_CALL", "QUOC_GIA").sort()).toEqual(
      ["CENTRAL_LEADER", "CENTRAL_OFFICER", "COUNCIL_SECRETARY"].sort(),
    );
    for (const step of roundStepCodes)
      for (const level of selectionLevelCodes) {
        expect(canRoleTakeRoundStep("JUROR", step, level)).toBe(false);
        expect(canRoleTakeRoundStep("SYSTEM_ADMIN", step, level)).toBe(false);
        expect(canRoleTakeRoundStep("AUDITOR", step, level)).toBe(false);
        expect(canRoleTakeRoundStep("IMPLEMENTER", step, level)).toBe(false);
      }
    expect(roleCodes.filter((role) => canRoleTakeRoundStep(role, "CLOSE", "TINH"))).toEqual([
      "PROVINCIAL_LEADER",
      "PROVINCIAL_OFFICER",
    ]);
  });
});
