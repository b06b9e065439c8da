import type { ErrorCode } from "../../errors";
import { documentFieldLabels, documentKinds } from "../documents/documents.constants";
import { runGuards } from "../guards/guards";
import {
  actorKindLabels,
  authorityLevelLabels,
  type FundingLevel,
  fundingLevelLabels,
  type ProjectStatus,
  projectStatusCodes,
  projectStatusLabels,
} from "../project.constants";
import type { ProjectSnapshot, TransitionContext } from "../project.types";
import { authoritySatisfies } from "./adjustment";
import type {
  Finding,
  LevelRule,
  StructuralReasonCode,
  Transition,
  TransitionCode,
  WorkflowProfile,
} from "./lifecycle.types";
import { executionTransitions } from "./lifecycle-execution.data";
import { planningTransitions } from "./lifecycle-planning.data";

/**
 * The project state machine (DOMAIN §4.2 national, §4.3 local) as one table of transitions, and the functions
 * the server calls inside a transition's transaction: find the step, list what is allowed (the 409 answer and
 * the UI's buttons), and check a step against the table, its documents and its guards.
 */

export const transitions: readonly Transition[] = [...planningTransitions, ...executionTransitions];

const byCode = new Map<string, Transition>(transitions.map((transition) => [transition.code, transition]));

export function findTransition(code: string): Transition | null {
  return byCode.get(code) ?? null;
}

/**
 * The default KCĐP workflow (🟡, DOMAIN §4.3 "typical provincial flow"): proposal → DoIT appraisal → plan
 * approved by the provincial People's Committee → contract by the centre → implementation → acceptance →
 * settlement, with the national adjustment, stop and carry-over steps. A province drops steps or changes who
 * approves by passing its own profile.
 */
export const defaultLocalWorkflow: WorkflowProfile = {
  id: "KCDP_MAC_DINH",
  version: 1,
  labelVi: "Quy trình khuyến công địa phương mặc định",
  transitions: [
    "SUBMIT_BASE",
    "RETURN_FOR_COMPLETION",
    "REJECT_BASE",
    "APPRAISE_BASE",
    "APPROVE_INTO_LOCAL_PLAN",
    "LEAVE_OUT_OF_LOCAL_PLAN",
    "START_LOCAL_TENDER",
    "AWARD_TENDER",
    "SIGN_LOCAL_CONTRACT",
    "START",
    "REQUEST_ADJUSTMENT",
    "APPROVE_ADJUSTMENT",
    "REFUSE_ADJUSTMENT",
    "STOP",
    "STOP_FOR_VIOLATION",
    "CARRY_OVER",
    "RESUME",
    "REPORT_COMPLETION",
    "ACCEPT",
    "FILE_SETTLEMENT",
    "LIQUIDATE_SETTLE",
    "SETTLE_PARTIAL",
    "CLOSE",
  ],
  confidence: "SECONDARY",
  noteVi:
    "Suy luận từ Nghị định 45/2012/NĐ-CP Điều 2.2 và Thông tư 46/2012/TT-BCT Điều 8.3.b; trình tự cụ thể do UBND từng tỉnh quy định.",
};

/**
 * Who may record `transition` for a funding level, or null when the step does not exist there. For KCĐP the
 * step must be in the province's profile, whose overrides replace actors or the signing authority.
 */
export function levelRule(
  transition: Transition,
  fundingLevel: FundingLevel,
  localWorkflow: WorkflowProfile = defaultLocalWorkflow,
): LevelRule | null {
  const base = transition.levels[fundingLevel];
  if (!base) return null;
  if (fundingLevel === "KCQG") return base;
  if (!localWorkflow.transitions.includes(transition.code)) return null;
  const override = localWorkflow.overrides?.[transition.code];
  return override ? { ...base, ...override } : base;
}

/** Steps possible from `state` at a funding level, in table order. */
export function allowedTransitions(
  state: ProjectStatus,
  fundingLevel: FundingLevel,
  localWorkflow: WorkflowProfile = defaultLocalWorkflow,
): Transition[] {
  return transitions.filter(
    (transition) =>
      transition.from.includes(state) && levelRule(transition, fundingLevel, localWorkflow) !== null,
  );
}

/** States a funding level's workflow can reach, in the canonical order (columns of the board by status). */
export function workflowStatuses(
  fundingLevel: FundingLevel,
  localWorkflow: WorkflowProfile = defaultLocalWorkflow,
): ProjectStatus[] {
  const used = new Set<ProjectStatus>(["DRAFT"]);
  for (const transition of transitions) {
    if (levelRule(transition, fundingLevel, localWorkflow) === null) continue;
    for (const state of transition.from) used.add(state);
    used.add(transition.to);
  }
  return projectStatusCodes.filter((state) => used.has(state));
}

export type TransitionCheck =
  | { ok: true; transition: Transition; to: ProjectStatus; warnings: Finding[] }
  | { ok: false; reasons: Finding[]; warnings: Finding[]; allowed: TransitionCode[] };

const refuse = (code: StructuralReasonCode, messageVi: string): Finding => ({
  code,
  severity: "BLOCK",
  messageVi,
});

function documentFindings(
  transition: Transition,
  rule: LevelRule,
  project: ProjectSnapshot,
  context: TransitionContext,
) {
  const out: Finding[] = [];
  for (const requirement of transition.documents) {
    const names = requirement.anyOf.map((kind) => documentKinds[kind].labelVi).join(" hoặc ");
    const filed = context.documents.find((document) => requirement.anyOf.includes(document.kind));
    if (!filed) {
      out.push(refuse("DOCUMENT_MISSING", `Thiếu văn bản: ${names}`));
      continue;
    }
    const missing = requirement.fields.filter((field) => !filed[field]?.trim());
    if (missing.length > 0) {
      const fields = missing.map((field) => documentFieldLabels[field]).join(", ");
      out.push(refuse("DOCUMENT_FIELD_MISSING", `${documentKinds[filed.kind].labelVi} thiếu ${fields}`));
    }
    const authority = rule.authority;
    if (requirement.signedByAuthority && authority) {
      if (!authoritySatisfies(filed.signerAuthority, authority, project.fundingLevel)) {
        out.push(
          refuse(
            "SIGNER_AUTHORITY_MISMATCH",
            `${documentKinds[filed.kind].labelVi} phải do ${authorityLevelLabels[authority]} (hoặc cấp trên) ký`,
          ),
        );
      }
    }
  }
  return out;
}

/**
 * Checks one step for a project: table (funding level, local profile, state), actor, backing documents, then
 * guards. Structural refusals stop early because guards of a step that cannot happen only add noise. On
 * failure the answer lists every blocking reason and the steps allowed from the current state (for the 409).
 */
export function checkTransition(
  project: ProjectSnapshot,
  code: string,
  context: TransitionContext,
): TransitionCheck {
  const localWorkflow = context.localWorkflow ?? defaultLocalWorkflow;
  const allowed = allowedTransitions(project.status, project.fundingLevel, localWorkflow).map((t) => t.code);
  const fail = (reasons: Finding[], warnings: Finding[] = []): TransitionCheck => ({
    ok: false,
    reasons,
    warnings,
    allowed,
  });

  const transition = findTransition(code);
  if (!transition) return fail([refuse("UNKNOWN_TRANSITION", `Không có bước "${code}"`)]);
  const rule = levelRule(transition, project.fundingLevel, localWorkflow);
  if (!rule) {
    return transition.levels[project.fundingLevel]
      ? fail([refuse("NOT_IN_LOCAL_WORKFLOW", `Quy trình của tỉnh không có bước "${transition.labelVi}"`)])
      : fail([
          refuse(
            "WRONG_FUNDING_LEVEL",
            `Bước "${transition.labelVi}" không áp dụng cho đề án ${fundingLevelLabels[project.fundingLevel]}`,
          ),
        ]);
  }
  if (!transition.from.includes(project.status)) {
    return fail([
      refuse(
        "WRONG_STATE",
        `Không thể "${transition.labelVi}" khi đề án đang ở trạng thái "${projectStatusLabels[project.status]}"`,
      ),
    ]);
  }

  const findings: Finding[] = [];
  if (!rule.actors.includes(context.actor)) {
    const who = rule.actors.map((actor) => actorKindLabels[actor]).join(", ");
    findings.push(refuse("ACTOR_NOT_ALLOWED", `Bước "${transition.labelVi}" do ${who} thực hiện`));
  }
  findings.push(...documentFindings(transition, rule, project, context));
  findings.push(...runGuards(project, context, transition));

  const reasons = findings.filter((item) => item.severity === "BLOCK");
  const warnings = findings.filter((item) => item.severity === "WARN");
  return reasons.length > 0 ? fail(reasons, warnings) : { ok: true, transition, to: transition.to, warnings };
}

const STATE_CONFLICTS: readonly string[] = [
  "UNKNOWN_TRANSITION",
  "WRONG_FUNDING_LEVEL",
  "NOT_IN_LOCAL_WORKFLOW",
  "WRONG_STATE",
];

/**
 * The error a refused check maps to: a step the table does not allow here is a 409 (answered with `allowed`),
 * a wrong actor is the policy's 403, anything else is a 422 listing the missing documents or failed guards.
 */
export function transitionErrorCode(check: Extract<TransitionCheck, { ok: false }>): ErrorCode {
  const codes = check.reasons.map((reason) => reason.code);
  if (codes.some((code) => STATE_CONFLICTS.includes(code))) return "PROJECT_TRANSITION_NOT_ALLOWED";
  if (codes.includes("ACTOR_NOT_ALLOWED")) return "FORBIDDEN";
  return "PROJECT_STEP_REQUIREMENTS_UNMET";
}
