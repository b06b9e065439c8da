import type { Confidence } from "../../reference/types";
import type { DocumentRequirement } from "../documents/documents.constants";
import type { ActorKind, AuthorityLevel, FundingLevel, ProjectStatus } from "../project.constants";

/**
 * Shapes of the transition table (DOMAIN §4.2, §4.3, §9.3). The table itself is data in
 * `lifecycle-planning.data.ts` and `lifecycle-execution.data.ts`; the functions over it are in `lifecycle.ts`.
 */

export const transitionCodes = [
  "SUBMIT_BASE",
  "SUBMIT_CENTRAL_DIRECT",
  "RETURN_FOR_COMPLETION",
  "REJECT_BASE",
  "APPRAISE_BASE",
  "REGISTER_CENTRAL",
  "REJECT_CENTRAL",
  "APPRAISE_CENTRAL",
  "APPROVE_INTO_PLAN",
  "LEAVE_OUT_OF_PLAN",
  "APPROVE_INTO_LOCAL_PLAN",
  "LEAVE_OUT_OF_LOCAL_PLAN",
  "ASSIGN",
  "APPROVE_IMPLEMENTATION_PLAN",
  "START_TENDER",
  "START_LOCAL_TENDER",
  "AWARD_TENDER",
  "SIGN_CONTRACT",
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
] as const;
export type TransitionCode = (typeof transitionCodes)[number];

/** Guards a transition runs after its state, actor and documents are checked (implemented in `guards.ts`). */
export const guardCodes = [
  "REQUIRES_ESTIMATE",
  "REQUIRES_BENEFICIARY_REQUEST",
  "BEFORE_BASE_DEADLINE",
  "BEFORE_CENTRAL_DEADLINE",
  "DIRECT_ROUTE_ALLOWED",
  "APPRAISAL_PASSED",
  "APPRAISAL_FAILED",
  "ESTIMATE_WITHIN_CAPS",
  "GROUP_PROJECT_ONLY",
  "REQUIRES_IMPLEMENTATION_PLAN",
  "BIDDING_APPLIES",
  "REQUIRES_BID_RESULT",
  "CONTRACT_WITHIN_APPROVED_SUPPORT",
  "REQUIRES_CONTRACT",
  "REQUIRES_ADJUSTMENT_TYPES",
  "REQUIRES_DOIT_CONFIRMATION",
  "ADJUSTMENT_APPROVER_LEVEL",
  "PENDING_REQUEST_IS_CHANGE",
  "PENDING_REQUEST_IS_STOP",
  "PENDING_REQUEST_IS_EXTENSION",
  "REQUIRES_ACCEPTANCE_EVIDENCE",
  "REQUIRES_ACCEPTED_SPEND",
  "SETTLEMENT_DOSSIER_ON_TIME",
  "LIQUIDATION_ON_TIME",
  "MONEY_RECONCILED",
] as const;
export type GuardCode = (typeof guardCodes)[number];

/** Reasons a transition is refused that are not guards: the table itself says no. */
export const structuralReasonCodes = [
  "UNKNOWN_TRANSITION",
  "WRONG_FUNDING_LEVEL",
  "NOT_IN_LOCAL_WORKFLOW",
  "WRONG_STATE",
  "ACTOR_NOT_ALLOWED",
  "DOCUMENT_MISSING",
  "DOCUMENT_FIELD_MISSING",
  "SIGNER_AUTHORITY_MISMATCH",
] as const;
export type StructuralReasonCode = (typeof structuralReasonCodes)[number];

/** Warnings a guard can add besides its own code. */
export const noteCodes = ["NORM_SET_MISSING", "NORM_NOT_FOUND"] as const;
export type NoteCode = (typeof noteCodes)[number];

export type ReasonCode = StructuralReasonCode | GuardCode | NoteCode;

/** BLOCK refuses the step; WARN is shown to the officer and recorded, but does not stop the step. */
export type Severity = "BLOCK" | "WARN";

export type Finding = { code: ReasonCode; severity: Severity; messageVi: string };

/** Who may record the step at one funding level, and who must sign its decision. */
export type LevelRule = { actors: readonly ActorKind[]; authority?: AuthorityLevel };

export type Transition = {
  code: TransitionCode;
  labelVi: string;
  from: readonly ProjectStatus[];
  to: ProjectStatus;
  /** Funding levels the step exists for are the keys present; KCĐP is further filtered by a profile. */
  levels: Partial<Record<FundingLevel, LevelRule>>;
  documents: readonly DocumentRequirement[];
  guards: readonly GuardCode[];
  /** Legal basis, as officers cite it. */
  basis: string;
  confidence: Confidence;
};

/**
 * A province's local workflow (DOMAIN §4.3, §9.3 rule 9): which KCĐP steps exist and, where the provincial
 * People's Committee decided so, other actors or signing authorities. Versioned like every regulated value.
 */
export type WorkflowProfile = {
  id: string;
  version: number;
  labelVi: string;
  transitions: readonly TransitionCode[];
  overrides?: Partial<Record<TransitionCode, Partial<LevelRule>>>;
  confidence: Confidence;
  noteVi: string;
};
