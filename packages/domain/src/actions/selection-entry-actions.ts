import { acceptsEntries } from "../selection/round-lifecycle";
import type { EntryStatus, RoundStatus } from "../selection/selection.codes";
import { type ActionAvailability, actionReason, availability } from "./action-availability";

export const selectionEntryActionCodes = ["update", "withdraw", "photos", "documents"] as const;
export type SelectionEntryActionCode = (typeof selectionEntryActionCodes)[number];

/**
 * What may be done to an entry (issue 16, item 3), the same rule for the page's buttons and the use cases: the
 * dossier changes only while the round's call is open, and a withdrawn entry is not changed again.
 */
export function selectionEntryAction(
  state: { roundStatus: RoundStatus; entryStatus: EntryStatus },
  _action: SelectionEntryActionCode,
): ActionAvailability {
  return availability([
    !acceptsEntries(state.roundStatus) && actionReason("SELECTION_ENTRIES_CLOSED"),
    state.entryStatus === "WITHDRAWN" &&
      actionReason("SELECTION_ENTRIES_CLOSED", "Sản phẩm đã rút khỏi đợt bình chọn"),
  ]);
}

export function selectionEntryActions(state: {
  roundStatus: RoundStatus;
  entryStatus: EntryStatus;
}): Record<SelectionEntryActionCode, ActionAvailability> {
  return {
    update: selectionEntryAction(state, "update"),
    withdraw: selectionEntryAction(state, "withdraw"),
    photos: selectionEntryAction(state, "photos"),
    documents: selectionEntryAction(state, "documents"),
  };
}
