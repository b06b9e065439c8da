import { describe, expect, it } from "vitest";
import type { ProjectSnapshot } from "../project.types";
import { buildProject, ledger, SUPPORT } from "../testing/test-projects";
import { checkProjectDisbursement, disbursementPreconditions } from "./disbursement";

const contracted: Partial<ProjectSnapshot> = {
  status: "IN_PROGRESS",
  contract: { signedOn: "2024-03-01", kcSupport: SUPPORT },
  money: ledger(),
  verifiedProgressPct: 71,
};
const codes = (change: Partial<ProjectSnapshot>, amount = 50_000_000n) =>
  checkProjectDisbursement(buildProject({ ...contracted, ...change }), amount).map((v) => v.code);

describe("disbursement preconditions (contract before advance, Form 11, work done)", () => {
  it("lets a contracted machinery project with > 70 % work done take its first advance", () => {
    expect(codes({})).toEqual([]);
  });

  it.each<[string, Partial<ProjectSnapshot>, string]>([
    ["a draft", { status: "DRAFT" }, "NOT_IN_THIS_STATE"],
    ["a stopped project awaiting settlement", { status: "STOPPED" }, "NOT_IN_THIS_STATE"],
    ["no contract", { contract: null, money: null }, "REQUIRES_CONTRACT"],
    ["a group project without a sent Form 11 plan", { kind: "DE_AN_NHOM" }, "REQUIRES_IMPLEMENTATION_PLAN"],
    ["exactly 70 % work done", { verifiedProgressPct: 70 }, "REQUIRES_WORK_DONE"],
    ["no verified progress", { verifiedProgressPct: null }, "REQUIRES_WORK_DONE"],
  ])("refuses %s", (_label, change, code) => {
    expect(codes(change)).toContain(code);
  });

  it("asks for work done only before the first tranche", () => {
    expect(codes({ verifiedProgressPct: null, money: ledger({ disbursements: [10_000_000n] }) })).toEqual([]);
  });

  it("does not ask training projects for work done", () => {
    expect(
      disbursementPreconditions(
        buildProject({ ...contracted, activities: ["DAO_TAO_NGHE"], verifiedProgressPct: null }),
      ),
    ).toEqual([]);
  });

  it("adds the ledger's amount checks", () => {
    expect(codes({}, 105_000_001n)).toEqual([
      "FIRST_TRANCHE_ABOVE_RATE",
      "ADVANCES_ABOVE_PRE_ACCEPTANCE_CAP",
    ]);
    expect(
      codes({ status: "ACCEPTED", money: ledger({ disbursements: [100_000_000n], acceptedSpend: SUPPORT }) }),
    ).toEqual([]);
  });
});
