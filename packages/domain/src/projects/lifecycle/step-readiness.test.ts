import { describe, expect, it } from "vitest";
import { guardConditions } from "../guards/guard-conditions";
import { estimateTotals } from "../money/money";
import { actorKindCodes, type ProjectStatus, projectStatusCodes } from "../project.constants";
import type { ProjectSnapshot, TransitionContext } from "../project.types";
import { nationalSupportNormSets } from "../support-norms/support-norms.data";
import { buildProject, documentOf, ledger, SUPPORT } from "../testing/test-projects";
import { authorityChains } from "./adjustment";
import { checkTransition, transitions } from "./lifecycle";
import { guardCodes, type Transition } from "./lifecycle.types";
import { type StepReadiness, stepDirections, stepReadiness } from "./step-readiness";

const context = { date: "2024-05-01", normSets: nationalSupportNormSets };
const everyone = actorKindCodes;

function stepOf(steps: StepReadiness[], code: string) {
  const found = steps.find((step) => step.transition.code === code);
  if (!found) throw new Error(`no step ${code} in ${steps.map((s) => s.transition.code).join(", ")}`);
  return found;
}

/** A form filled in as an officer would to succeed: every document with every field, signed at the top. */
function validForm(project: ProjectSnapshot, transition: Transition, actor: StepReadiness["actor"]) {
  const top = authorityChains[project.fundingLevel].at(-1) ?? null;
  const form: TransitionContext = {
    ...context,
    actor,
    documents: transition.documents.map((requirement) => ({
      ...documentOf(requirement.anyOf[0] ?? "KHAC", top),
      number: "12/QĐ",
      date: context.date,
      signer: "Nguyễn Văn An",
    })),
    appraisal: { result: transition.code.startsWith("REJECT") ? "KHONG_DAT" : "DAT", failedCriteria: [] },
    // What the approved estimate allows: the form proposes it.
    contractSupport: estimateTotals(project.estimateLines).kcSupport,
    adjustmentTypes: ["GIAM_KINH_PHI"],
    acceptedSpend: SUPPORT,
  };
  return form;
}

describe("guard conditions", () => {
  it("classifies every guard code and labels it as a checklist line", () => {
    expect(Object.keys(guardConditions).sort()).toEqual([...guardCodes].sort());
    for (const condition of Object.values(guardConditions)) {
      expect(["PRECONDITION", "STEP_DATE", "FORM"]).toContain(condition.class);
      expect(condition.labelVi.length).toBeGreaterThan(10);
    }
  });

  it("gives every step a direction", () => {
    expect(Object.keys(stepDirections).sort()).toEqual(transitions.map((t) => t.code).sort());
  });
});

describe("step readiness", () => {
  it("greys out a submission without the beneficiary's letter, and marks the passed deadline", () => {
    const project = buildProject({ documentsOnFile: [] });
    const late = { ...context, date: "2024-05-25" };
    const submit = stepOf(stepReadiness(project, ["implementer"], late), "SUBMIT_BASE");
    expect(submit.available).toBe(false);
    expect(submit.primary).toBe(false);
    expect(submit.blockers.map((b) => b.code)).toEqual(["REQUIRES_BENEFICIARY_REQUEST"]);
    expect(submit.conditions).toEqual([
      expect.objectContaining({ code: "REQUIRES_ESTIMATE", met: true }),
      expect.objectContaining({ code: "REQUIRES_BENEFICIARY_REQUEST", met: false }),
      expect.objectContaining({ code: "BEFORE_BASE_DEADLINE", met: false }),
    ]);
  });

  it("keeps a late submission open for a step dated before the deadline, but not as the main button", () => {
    const late = { ...context, date: "2024-05-25" };
    const submit = stepOf(stepReadiness(buildProject(), ["implementer"], late), "SUBMIT_BASE");
    expect(submit).toMatchObject({ available: true, primary: false, blockers: [] });
    const deadline = submit.formRequirements.find((r) => r.code === "BEFORE_BASE_DEADLINE");
    expect(deadline?.messageVi).toContain("Đã quá hạn 20/05/2024");
  });

  it("offers the submission as the main step when its conditions hold, with the documents its form asks for", () => {
    const submit = stepOf(stepReadiness(buildProject(), ["implementer"], context), "SUBMIT_BASE");
    expect(submit.available).toBe(true);
    expect(submit.primary).toBe(true);
    expect(submit.formRequirements.map((r) => r.code)).toEqual(["DOCUMENT_MISSING"]);
    expect(submit.formRequirements[0]?.messageVi).toMatch(/^Văn bản: /);
  });

  it("leaves what the form supplies to the form: an appraisal is no blocker, and the forward step is primary", () => {
    const steps = stepReadiness(buildProject({ status: "SUBMITTED_BASE" }), everyone, context);
    const appraise = stepOf(steps, "APPRAISE_BASE");
    expect(appraise.available).toBe(true);
    expect(appraise.formRequirements.map((r) => r.code)).toContain("APPRAISAL_PASSED");
    expect(steps.filter((s) => s.primary).map((s) => s.transition.code)).toEqual(["APPRAISE_BASE"]);
    expect(stepOf(steps, "REJECT_BASE").direction).toBe("END");
  });

  it("offers only the steps of the caller's body", () => {
    expect(stepReadiness(buildProject({ status: "SUBMITTED_BASE" }), ["implementer"], context)).toEqual([]);
  });

  it("blocks the tender of a project that need not bid, and makes the contract the main step", () => {
    const steps = stepReadiness(buildProject({ status: "ASSIGNED" }), everyone, context);
    expect(stepOf(steps, "START_TENDER").blockers.map((b) => b.code)).toEqual(["BIDDING_APPLIES"]);
    expect(stepOf(steps, "SIGN_CONTRACT").primary).toBe(true);
  });

  // The promise the page makes: a step shown available succeeds with a correct form, and a step shown blocked
  // is refused for the reasons shown, whatever the state, funding level and project.
  const variants: Partial<ProjectSnapshot>[] = [
    {},
    { documentsOnFile: [], evidenceOnFile: [], estimateLines: [] },
    { kind: "DE_AN_NHOM", selectionMethod: "DAU_THAU" },
    { fundingLevel: "KCDP", provinceId: "P34-82", implementerIsBeneficiary: true },
    { singleProvince: true, pendingAdjustment: ["GIAM_KINH_PHI"], lastAcceptanceOn: "2024-01-02" },
    { pendingAdjustment: ["NGUNG_DE_AN"], planYear: 2024 },
    { contract: { signedOn: "2024-02-01", kcSupport: SUPPORT }, money: ledger({ acceptedSpend: SUPPORT }) },
  ];
  const cases = projectStatusCodes.flatMap((status: ProjectStatus) =>
    variants.map((variant, index) => [status, index, buildProject({ ...variant, status })] as const),
  );
  it.each(cases)(
    "%s, variant %i: available means accepted, blocked means refused for the same reasons",
    (_s, _i, project) => {
      for (const step of stepReadiness(project, everyone, context)) {
        const check = checkTransition(
          project,
          step.transition.code,
          validForm(project, step.transition, step.actor),
        );
        const refused = check.ok ? [] : check.reasons.map((r) => r.code);
        const unmet = step.conditions.filter((c) => !c.met).map((c) => c.code);
        if (unmet.length === 0) {
          expect(check.ok, `${step.transition.code}: ${refused.join(", ")}`).toBe(true);
        } else if (step.available) {
          // Only a deadline is unmet: refused on this date for that deadline alone.
          expect(check.ok, step.transition.code).toBe(false);
          for (const code of refused) expect(unmet).toContain(code);
        } else {
          expect(check.ok, step.transition.code).toBe(false);
          for (const blocker of step.blockers) expect(refused).toContain(blocker.code);
        }
      }
    },
  );
});
