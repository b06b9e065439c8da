import {
  checkFairTransition,
  type FairTransitionCode,
  fairTransitions,
  fairTransitionsFrom,
} from "../trade-promotion/fair-lifecycle";
import type { FairDocumentKind, FairStatus } from "../trade-promotion/trade-promotion.codes";
import { type ActionAvailability, actionReason, availability } from "./action-availability";

type FairState = { status: FairStatus };

/** A reported or cancelled fair is closed: its record is the evidence acceptance read, so it stays as filed. */
export function fairIsClosed(status: FairStatus): boolean {
  return status === "REPORTED" || status === "CANCELLED";
}

/** Editing the fair's record or its documents: refused once the fair is closed. */
export function fairEditAction(record: FairState): ActionAvailability {
  return availability([fairIsClosed(record.status) && actionReason("FAIR_CLOSED")]);
}

/**
 * Whether a state step can be taken now, judged by the domain state machine on the fair as it stands (status and
 * filed documents). The reason a cancellation needs is written in the step's form, so it is not a refusal here;
 * the use case checks it again with the reason given.
 */
export function fairStepAction(
  record: FairState,
  code: FairTransitionCode,
  filedDocuments: readonly FairDocumentKind[],
): ActionAvailability {
  const refusal = checkFairTransition(
    record.status,
    code,
    filedDocuments,
    fairTransitions[code].requiresReason ? "—" : null,
  );
  return availability([refusal && actionReason(refusal.code, refusal.messageVi)]);
}

export type FairActionCode = "update" | "addDocument" | FairTransitionCode;

/** What the fair page offers someone who keeps fairs: edit, file a document, and each step from the current state. */
export function fairActions(
  record: FairState,
  filedDocuments: readonly FairDocumentKind[],
): Partial<Record<FairActionCode, ActionAvailability>> {
  const actions: Partial<Record<FairActionCode, ActionAvailability>> = {
    update: fairEditAction(record),
    addDocument: fairEditAction(record),
  };
  for (const code of fairTransitionsFrom(record.status)) {
    actions[code] = fairStepAction(record, code, filedDocuments);
  }
  return actions;
}
