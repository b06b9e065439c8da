import { documentFieldLabels, documentKinds } from "../documents/documents.constants";
import { guardConditions } from "../guards/guard-conditions";
import { guards } from "../guards/guards";
import { type ActorKind, authorityLevelLabels } from "../project.constants";
import type { ProjectSnapshot, TransitionContext } from "../project.types";
import { allowedTransitions, defaultLocalWorkflow, levelRule } from "./lifecycle";
import type { Finding, GuardCode, ReasonCode, Transition, TransitionCode } from "./lifecycle.types";

/**
 * Which steps the caller could take on a project now and, for each, why not yet (issue 14, item 2): the step's
 * guards run against the project as it is today with none of the form's inputs, and `guardConditions` says
 * which findings the form cannot fix (blockers) and which the form itself will supply. The server sends this
 * with the project page, so the browser greys out a step the server would refuse and opens a form only when it
 * can succeed, without re-implementing any rule.
 */

/** Moves the project along its path, sets it aside for a while, or ends or refuses it. */
export type StepDirection = "FORWARD" | "ASIDE" | "END";

export const stepDirections = {
  SUBMIT_BASE: "FORWARD",
  SUBMIT_CENTRAL_DIRECT: "FORWARD",
  RETURN_FOR_COMPLETION: "ASIDE",
  REJECT_BASE: "END",
  APPRAISE_BASE: "FORWARD",
  REGISTER_CENTRAL: "FORWARD",
  REJECT_CENTRAL: "END",
  APPRAISE_CENTRAL: "FORWARD",
  APPROVE_INTO_PLAN: "FORWARD",
  LEAVE_OUT_OF_PLAN: "END",
  APPROVE_INTO_LOCAL_PLAN: "FORWARD",
  LEAVE_OUT_OF_LOCAL_PLAN: "END",
  ASSIGN: "FORWARD",
  APPROVE_IMPLEMENTATION_PLAN: "FORWARD",
  START_TENDER: "FORWARD",
  START_LOCAL_TENDER: "FORWARD",
  AWARD_TENDER: "FORWARD",
  SIGN_CONTRACT: "FORWARD",
  SIGN_LOCAL_CONTRACT: "FORWARD",
  START: "FORWARD",
  REQUEST_ADJUSTMENT: "ASIDE",
  APPROVE_ADJUSTMENT: "FORWARD",
  REFUSE_ADJUSTMENT: "ASIDE",
  STOP: "END",
  STOP_FOR_VIOLATION: "END",
  CARRY_OVER: "ASIDE",
  RESUME: "FORWARD",
  REPORT_COMPLETION: "FORWARD",
  ACCEPT: "FORWARD",
  FILE_SETTLEMENT: "FORWARD",
  LIQUIDATE_SETTLE: "FORWARD",
  SETTLE_PARTIAL: "FORWARD",
  CLOSE: "FORWARD",
} as const satisfies Record<TransitionCode, StepDirection>;

/** One line of a step's checklist: a precondition or deadline of the step, met or not today. */
export type StepCondition = { code: GuardCode; labelVi: string; met: boolean };

/** What the step's form will ask for: a backing document, or an input a guard reads. */
export type FormRequirement = { code: ReasonCode; messageVi: string };

export type StepReadiness = {
  transition: Transition;
  /** The actor kind the caller takes this step as. */
  actor: ActorKind;
  direction: StepDirection;
  /** No blocker: the step succeeds when its form is filled in correctly. */
  available: boolean;
  /** The first step forward whose every condition holds today: the page's main button. */
  primary: boolean;
  conditions: StepCondition[];
  blockers: Finding[];
  warnings: Finding[];
  formRequirements: FormRequirement[];
};

/** What the guards read besides the project, the actor and the form: today's date, norms, deadlines, workflow. */
export type ReadinessContext = Omit<
  TransitionContext,
  "actor" | "documents" | "appraisal" | "contractSupport" | "adjustmentTypes" | "acceptedSpend"
>;

function documentRequirements(transition: Transition, authority: string | null): FormRequirement[] {
  return transition.documents.map((requirement) => {
    const names = requirement.anyOf.map((kind) => documentKinds[kind].labelVi).join(" hoặc ");
    const fields = requirement.fields.map((field) => documentFieldLabels[field]).join(", ");
    const signedBy = requirement.signedByAuthority && authority ? `; do ${authority} (hoặc cấp trên) ký` : "";
    return {
      code: "DOCUMENT_MISSING",
      messageVi: `Văn bản: ${names}${fields ? ` (ghi ${fields})` : ""}${signedBy}`,
    };
  });
}

function readinessOf(
  project: ProjectSnapshot,
  transition: Transition,
  actor: ActorKind,
  context: ReadinessContext,
): Omit<StepReadiness, "primary"> {
  const rule = levelRule(transition, project.fundingLevel, context.localWorkflow ?? defaultLocalWorkflow);
  const authority = rule?.authority ? authorityLevelLabels[rule.authority] : null;
  const now: TransitionContext = { ...context, actor, documents: [] };
  const conditions: StepCondition[] = [];
  const blockers: Finding[] = [];
  const warnings: Finding[] = [];
  const formRequirements = documentRequirements(transition, authority);
  for (const code of transition.guards) {
    const condition = guardConditions[code];
    const findings = guards[code](project, now, transition);
    // A warning is about the project as it is; it stays whatever the form says.
    warnings.push(...findings.filter((finding) => finding.severity === "WARN"));
    const blocking = findings.filter((finding) => finding.severity === "BLOCK");
    if (condition.class === "FORM") {
      formRequirements.push({ code, messageVi: condition.labelVi });
      continue;
    }
    conditions.push({ code, labelVi: condition.labelVi, met: blocking.length === 0 });
    if (condition.class === "STEP_DATE") {
      // Passed today, yet a step dated before the deadline is still lawful: the form's date decides.
      formRequirements.push(
        ...blocking.map(({ messageVi }) => ({ code, messageVi: `Ngày của bước: ${messageVi}` })),
      );
      continue;
    }
    blockers.push(...blocking);
  }
  const direction = stepDirections[transition.code];
  return {
    transition,
    actor,
    direction,
    available: blockers.length === 0,
    conditions,
    blockers,
    warnings,
    formRequirements,
  };
}

/**
 * The steps the actor kinds of the caller may take from the project's state, each with its checklist. Steps
 * the caller's body does not take are left out: they are someone else's, not blocked.
 */
export function stepReadiness(
  project: ProjectSnapshot,
  kinds: readonly ActorKind[],
  context: ReadinessContext,
): StepReadiness[] {
  const localWorkflow = context.localWorkflow ?? defaultLocalWorkflow;
  const steps = allowedTransitions(project.status, project.fundingLevel, localWorkflow).flatMap(
    (transition) => {
      const actors = levelRule(transition, project.fundingLevel, localWorkflow)?.actors ?? [];
      const actor = kinds.find((kind) => actors.includes(kind));
      return actor ? [readinessOf(project, transition, actor, context)] : [];
    },
  );
  // The main button must succeed as the form opens (dated today): every condition met, not merely no blocker.
  const primary = steps.find(
    (step) => step.direction === "FORWARD" && step.conditions.every((condition) => condition.met),
  );
  return steps.map((step) => ({ ...step, primary: step === primary }));
}
