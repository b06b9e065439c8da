import { type ReportObligation, reminderDay } from "./report-obligations";

/**
 * Reminders of a report owed (issue 17 item 3). The schedule is configuration: days relative to the due day,
 * negative before it (default −7, −1, +1, +7). A report not yet sent gets, on each sweep, the latest step whose day
 * has come — one e-mail per step, never the earlier steps a late sweep skipped over (a province told "1 day
 * left" need not also hear "7 days left"). A returned report gets one notice per return. The server keeps one
 * row per (report owed × step) under a unique key, so a step is decided once whichever process sweeps.
 */
export const DEFAULT_REMINDER_OFFSETS: readonly number[] = [-7, -1, 1, 7];

/** "D-7", "D+1": the step's key in the reminder table; a return's notice is "RETURNED-<submission number>". */
export function reminderStepKey(offsetDays: number): string {
  return offsetDays < 0 ? `D${offsetDays}` : `D+${offsetDays}`;
}

export function returnedStepKey(submissionNumber: number): string {
  return `RETURNED-${submissionNumber}`;
}

export type ReminderDue = {
  step: string;
  kind: "BEFORE_DUE" | "OVERDUE" | "RETURNED";
  offsetDays: number | null;
};

/** Parses "-7,-1,1,7" (the env setting); null when it is not a list of whole days between −60 and 60 without 0. */
export function parseReminderOffsets(text: string): number[] | null {
  const parts = text
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const offsets = parts.map(Number);
  if (offsets.some((n) => !Number.isInteger(n) || n === 0 || Math.abs(n) > 60)) return null;
  return [...new Set(offsets)].sort((a, b) => a - b);
}

/**
 * The reminder an obligation is owed today, or null: nothing for a report already sent, approved or locked;
 * the notice of its latest return for a returned report (`submissions` = how many times it was sent).
 */
export function reminderDueFor(
  obligation: Pick<ReportObligation, "status" | "window">,
  offsets: readonly number[],
  today: string,
  submissions = 0,
): ReminderDue | null {
  if (obligation.status === "RETURNED") {
    return { step: returnedStepKey(submissions), kind: "RETURNED", offsetDays: null };
  }
  if (!["OVERDUE", "DUE_SOON", "NOT_YET_DUE"].includes(obligation.status)) return null;
  let latest: number | null = null;
  for (const offset of offsets) {
    if (reminderDay(obligation.window.dueOn, offset) <= today) latest = offset;
  }
  if (latest === null) return null;
  return { step: reminderStepKey(latest), kind: latest < 0 ? "BEFORE_DUE" : "OVERDUE", offsetDays: latest };
}
