import { describe, expect, it } from "vitest";
import { activityContents } from "../../reference/catalogues.data";
import {
  type AuthorityLevel,
  activityContentCodes,
  type FundingLevel,
  type ProjectStatus,
  projectStatusCodes,
} from "../project.constants";
import type { ProjectSnapshot, TransitionContext } from "../project.types";
import { nationalSupportNormSets } from "../support-norms/support-norms.data";
import { buildProject, documentOf, ledger, SUPPORT } from "../testing/test-projects";
import {
  allowedTransitions,
  checkTransition,
  defaultLocalWorkflow,
  findTransition,
  levelRule,
  transitionErrorCode,
  transitions,
  workflowStatuses,
} from "./lifecycle";
import {
  guardCodes,
  type Transition,
  type TransitionCode,
  transitionCodes,
  type WorkflowProfile,
} from "./lifecycle.types";

/** The highest authority of each chain: it satisfies every required level. */
const TOP: Record<FundingLevel, AuthorityLevel> = { KCQG: "MINISTER", KCDP: "PROVINCIAL_PC_CHAIR" };

/** A project in `state` that satisfies the guards of `transition`. */
export function projectFor(
  transition: Transition,
  state: ProjectStatus,
  fundingLevel: FundingLevel,
): ProjectSnapshot {
  const pending: Partial<Record<string, ProjectSnapshot["pendingAdjustment"]>> = {
    STOP: ["NGUNG_DE_AN"],
    CARRY_OVER: ["GIA_HAN_NAM_SAU"],
  };
  const settled = ledger({ disbursements: [SUPPORT], acceptedSpend: SUPPORT, settledAmount: SUPPORT });
  return buildProject({
    status: state,
    fundingLevel,
    provinceId: fundingLevel === "KCDP" ? "P34-38" : null,
    kind: transition.code === "APPROVE_IMPLEMENTATION_PLAN" ? "DE_AN_NHOM" : "DE_AN_DON_LE",
    selectionMethod: transition.guards.includes("BIDDING_APPLIES") ? "DAU_THAU" : "XET_CHON",
    directRouteAllowed: true,
    contract: { signedOn: "2024-03-01", kcSupport: SUPPORT },
    pendingAdjustment: pending[transition.code] ?? ["DOI_DIA_DIEM"],
    lastAcceptanceOn: "2024-04-25",
    money: transition.code === "CLOSE" ? settled : ledger({ acceptedSpend: SUPPORT }),
  });
}

/** The context that satisfies `transition` at a funding level: its first actor, every document, good inputs. */
export function contextFor(transition: Transition, fundingLevel: FundingLevel): TransitionContext {
  const rule = levelRule(transition, fundingLevel);
  return {
    actor: rule?.actors[0] ?? "system",
    date: "2024-05-01",
    documents: transition.documents.map((requirement) =>
      documentOf(requirement.anyOf[0] ?? "KHAC", rule?.authority ?? TOP[fundingLevel]),
    ),
    appraisal: {
      result: transition.guards.includes("APPRAISAL_FAILED") ? "KHONG_DAT" : "DAT",
      failedCriteria: [],
    },
    contractSupport: SUPPORT,
    adjustmentTypes: ["DOI_DIA_DIEM"],
    acceptedSpend: SUPPORT,
    normSets: nationalSupportNormSets,
  };
}

/**
 * The transition table, state by state, written out by hand from DOMAIN §4.2 (national) and §4.3 (the default
 * local subset), so that a change of the data is a visible change of this test.
 */
const NATIONAL: Record<ProjectStatus, TransitionCode[]> = {
  DRAFT: ["SUBMIT_BASE", "SUBMIT_CENTRAL_DIRECT"],
  SUBMITTED_BASE: ["RETURN_FOR_COMPLETION", "REJECT_BASE", "APPRAISE_BASE"],
  RETURNED: ["SUBMIT_BASE"],
  REJECTED_BASE: [],
  BASE_APPRAISED: ["REGISTER_CENTRAL"],
  SUBMITTED_CENTRAL: ["REJECT_CENTRAL", "APPRAISE_CENTRAL"],
  REJECTED_CENTRAL: [],
  CENTRAL_APPRAISED: ["APPROVE_INTO_PLAN", "LEAVE_OUT_OF_PLAN"],
  NOT_FUNDED: [],
  IN_APPROVED_PLAN: ["ASSIGN"],
  ASSIGNED: ["APPROVE_IMPLEMENTATION_PLAN", "START_TENDER", "SIGN_CONTRACT"],
  PLAN_DETAILED: ["START_TENDER", "SIGN_CONTRACT"],
  TENDERING: ["AWARD_TENDER"],
  CONTRACTED: ["START", "STOP_FOR_VIOLATION"],
  IN_PROGRESS: ["REQUEST_ADJUSTMENT", "STOP_FOR_VIOLATION", "CARRY_OVER", "REPORT_COMPLETION"],
  ADJUSTMENT_PENDING: ["APPROVE_ADJUSTMENT", "REFUSE_ADJUSTMENT", "STOP", "CARRY_OVER"],
  CARRIED_OVER: ["STOP_FOR_VIOLATION", "RESUME"],
  STOPPED: ["SETTLE_PARTIAL"],
  COMPLETED_PENDING_ACCEPTANCE: ["ACCEPT"],
  ACCEPTED: ["FILE_SETTLEMENT"],
  SETTLEMENT_FILED: ["LIQUIDATE_SETTLE"],
  LIQUIDATED_SETTLED: ["CLOSE"],
  PARTIALLY_SETTLED: ["CLOSE"],
  CLOSED: [],
};

const LOCAL: Record<ProjectStatus, TransitionCode[]> = {
  ...NATIONAL,
  DRAFT: ["SUBMIT_BASE"],
  BASE_APPRAISED: ["APPROVE_INTO_LOCAL_PLAN", "LEAVE_OUT_OF_LOCAL_PLAN"],
  SUBMITTED_CENTRAL: [],
  CENTRAL_APPRAISED: [],
  IN_APPROVED_PLAN: ["START_LOCAL_TENDER", "SIGN_LOCAL_CONTRACT"],
  ASSIGNED: [],
  PLAN_DETAILED: [],
};

const EXPECTED: Record<FundingLevel, Record<ProjectStatus, TransitionCode[]>> = {
  KCQG: NATIONAL,
  KCDP: LOCAL,
};
const STRUCTURAL = ["WRONG_STATE", "WRONG_FUNDING_LEVEL", "NOT_IN_LOCAL_WORKFLOW"];

describe.each(["KCQG", "KCDP"] as const)("transition table, %s", (level) => {
  it.each(projectStatusCodes)("from %s allows exactly the expected steps", (state) => {
    expect(allowedTransitions(state, level).map((t) => t.code)).toEqual(EXPECTED[level][state]);
  });

  it.each(projectStatusCodes)(
    "from %s every step is either possible or refused with the allowed list",
    (state) => {
      for (const transition of transitions) {
        const project = projectFor(transition, state, level);
        const result = checkTransition(project, transition.code, contextFor(transition, level));
        if (EXPECTED[level][state].includes(transition.code)) {
          expect(result, transition.code).toMatchObject({ ok: true, to: transition.to });
        } else {
          expect(result.ok, transition.code).toBe(false);
          if (result.ok) continue;
          expect(result.reasons).toHaveLength(1);
          expect(STRUCTURAL).toContain(result.reasons[0]?.code);
          expect(result.allowed).toEqual(EXPECTED[level][state]);
        }
      }
    },
  );
});

describe("the table as data", () => {
  it("has one entry per code, each with known guards and a legal basis", () => {
    expect(transitions.map((t) => t.code)).toEqual([...transitionCodes]);
    for (const transition of transitions) {
      expect(findTransition(transition.code)).toBe(transition);
      for (const guard of transition.guards) expect(guardCodes).toContain(guard);
      expect(transition.basis.length).toBeGreaterThan(5);
      expect(Object.keys(transition.levels).length).toBeGreaterThan(0);
    }
  });

  it("backs every step with a document, except the bookkeeping close", () => {
    const undocumented = transitions.filter((t) => t.documents.length === 0).map((t) => t.code);
    expect(undocumented).toEqual(["CLOSE"]);
  });

  it("asks for the number and signer of decisions, only the date of reports", () => {
    const plan = findTransition("APPROVE_INTO_PLAN")?.documents[0];
    expect(plan?.fields).toEqual(["number", "date", "signer"]);
    const completion = findTransition("REPORT_COMPLETION")?.documents[1];
    expect(completion?.fields).toEqual(["date"]);
  });

  it("lists only KCĐP steps in the default local workflow", () => {
    for (const code of defaultLocalWorkflow.transitions)
      expect(findTransition(code)?.levels.KCDP).toBeDefined();
  });

  it("uses the activity-content codes of the reference catalogue", () => {
    expect([...activityContentCodes]).toEqual(activityContents.map((entry) => entry.code));
  });

  it("answers unknown codes with the allowed steps", () => {
    const result = checkTransition(buildProject(), "FLY", contextFor(transitions[0] as never, "KCQG"));
    expect(result).toMatchObject({ ok: false, allowed: ["SUBMIT_BASE", "SUBMIT_CENTRAL_DIRECT"] });
    if (!result.ok) expect(result.reasons[0]?.code).toBe("UNKNOWN_TRANSITION");
  });

  it("derives the board columns of each workflow", () => {
    expect(workflowStatuses("KCQG")).toEqual([...projectStatusCodes]);
    const local = workflowStatuses("KCDP");
    expect(local).not.toContain("SUBMITTED_CENTRAL");
    expect(local).not.toContain("PLAN_DETAILED");
    expect(local).toContain("CLOSED");
  });
});

describe("local workflow configuration", () => {
  const delegated: WorkflowProfile = {
    ...defaultLocalWorkflow,
    id: "KCDP_TINH_X",
    transitions: defaultLocalWorkflow.transitions.filter((code) => code !== "RETURN_FOR_COMPLETION"),
    overrides: { APPROVE_INTO_LOCAL_PLAN: { authority: "DOIT_DIRECTOR" } },
  };

  it("drops the steps a province does not have", () => {
    const project = buildProject({ fundingLevel: "KCDP", status: "SUBMITTED_BASE" });
    const codes = allowedTransitions("SUBMITTED_BASE", "KCDP", delegated).map((t) => t.code);
    expect(codes).toEqual(["REJECT_BASE", "APPRAISE_BASE"]);
    const step = findTransition("RETURN_FOR_COMPLETION");
    if (!step) throw new Error("missing step");
    const result = checkTransition(project, "RETURN_FOR_COMPLETION", {
      ...contextFor(step, "KCDP"),
      localWorkflow: delegated,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons[0]?.code).toBe("NOT_IN_LOCAL_WORKFLOW");
  });

  it("lets a province delegate plan approval to the DoIT Director", () => {
    const step = findTransition("APPROVE_INTO_LOCAL_PLAN");
    if (!step) throw new Error("missing step");
    expect(levelRule(step, "KCDP", delegated)?.authority).toBe("DOIT_DIRECTOR");
    const project = buildProject({ fundingLevel: "KCDP", provinceId: "P34-38", status: "BASE_APPRAISED" });
    const signedByDoit = {
      ...contextFor(step, "KCDP"),
      documents: [documentOf("QD_PHE_DUYET_KE_HOACH", "DOIT_DIRECTOR")],
    };
    expect(checkTransition(project, step.code, signedByDoit).ok).toBe(false);
    expect(checkTransition(project, step.code, { ...signedByDoit, localWorkflow: delegated }).ok).toBe(true);
  });
});

describe("checkTransition refusals", () => {
  const approve = findTransition("APPROVE_INTO_PLAN");
  if (!approve) throw new Error("missing step");
  const project = buildProject({ status: "CENTRAL_APPRAISED" });
  const context = contextFor(approve, "KCQG");

  it("refuses a national-only step on a local project", () => {
    const result = checkTransition({ ...project, fundingLevel: "KCDP" }, approve.code, context);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.map((r) => r.code)).toEqual(["WRONG_FUNDING_LEVEL"]);
  });

  it("refuses the wrong actor, a missing document, a missing field and a too-low signer together", () => {
    const cases = [
      [{ ...context, actor: "provincial" }, "ACTOR_NOT_ALLOWED"],
      [{ ...context, documents: [] }, "DOCUMENT_MISSING"],
      [
        { ...context, documents: [{ ...documentOf("QD_PHE_DUYET_KE_HOACH", "MINISTER"), number: " " }] },
        "DOCUMENT_FIELD_MISSING",
      ],
      [
        { ...context, documents: [documentOf("QD_PHE_DUYET_KE_HOACH", "CENTRAL_AGENCY_DG")] },
        "SIGNER_AUTHORITY_MISMATCH",
      ],
      [{ ...context, documents: [documentOf("QD_PHE_DUYET_KE_HOACH", null)] }, "SIGNER_AUTHORITY_MISMATCH"],
    ] as const;
    for (const [input, code] of cases) {
      const result = checkTransition(project, approve.code, input);
      expect(result.ok, code).toBe(false);
      if (!result.ok) {
        expect(result.reasons.map((r) => r.code)).toEqual([code]);
        expect(result.allowed).toEqual(["APPROVE_INTO_PLAN", "LEAVE_OUT_OF_PLAN"]);
      }
    }
  });

  it("keeps warnings apart from blocking reasons", () => {
    const result = checkTransition(project, approve.code, { ...context, normSets: [] });
    expect(result).toMatchObject({ ok: true, warnings: [{ code: "NORM_SET_MISSING", severity: "WARN" }] });
  });
});

describe("transitionErrorCode", () => {
  const approve = findTransition("APPROVE_INTO_PLAN");
  if (!approve) throw new Error("missing step");
  const context = contextFor(approve, "KCQG");
  const refused = (project = buildProject({ status: "CENTRAL_APPRAISED" }), input = context) => {
    const result = checkTransition(project, approve.code, input);
    if (result.ok) throw new Error("expected a refusal");
    return transitionErrorCode(result);
  };

  it("maps state conflicts to 409, a wrong actor to 403 and unmet requirements to 422", () => {
    expect(refused(buildProject({ status: "DRAFT" }))).toBe("PROJECT_TRANSITION_NOT_ALLOWED");
    expect(refused(undefined, { ...context, actor: "implementer" })).toBe("FORBIDDEN");
    expect(refused(undefined, { ...context, documents: [] })).toBe("PROJECT_STEP_REQUIREMENTS_UNMET");
  });
});
