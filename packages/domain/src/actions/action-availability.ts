import { type ErrorCode, errorCatalogue } from "../errors";

/**
 * Whether one action on one record can succeed now, and if not why (issue 14, item 2): the same shape for every
 * module. The server computes it with the very function its use case checks before writing, sends it with the
 * record, and the page greys the button with the reasons instead of opening a form that will be refused. A
 * reason's code is the error code the server answers when the action is tried anyway.
 */
export type ActionReason<Code extends string = ErrorCode> = { code: Code; messageVi: string };

export type ActionAvailability<Code extends string = ErrorCode> = {
  available: boolean;
  reasons: ActionReason<Code>[];
};

/** A reason worded by the error catalogue, or more precisely for this record. */
export function actionReason(code: ErrorCode, messageVi?: string): ActionReason {
  return { code, messageVi: messageVi ?? errorCatalogue[code].title };
}

/** Available exactly when no reason stands against it. */
export function availability<Code extends string>(
  reasons: readonly (ActionReason<Code> | null | false | undefined)[],
): ActionAvailability<Code> {
  const standing = reasons.filter((reason): reason is ActionReason<Code> => Boolean(reason));
  return { available: standing.length === 0, reasons: standing };
}

/** What the reasons say, in one line (the text of a greyed button's tooltip). */
export function reasonsText(action: Pick<ActionAvailability<string>, "reasons">): string {
  return action.reasons.map((reason) => reason.messageVi).join("; ");
}
