import type { RoleCode } from "../../access/roles";
import { type ActionAvailability, type ActionReason, availability } from "../../actions/action-availability";
import type { ErrorCode } from "../../errors";
import { canRoleTakeRoundStep, type RoundStep, roundStepsFrom } from "../round-lifecycle";
import type { RoundStatus, SelectionLevel } from "../selection.codes";
import type { CouncilComposition } from "./council-composition";

/** What a step's readiness depends on: the round as stored, its members, its open complaints and today. */
export type RoundReadinessFacts = {
  status: RoundStatus;
  level: SelectionLevel;
  frameApproved: boolean;
  scoringClosed: boolean;
  /** Last day of the complaint window (S6), once the results were notified. */
  complaintWindowEndsOn: string | null;
  openComplaints: number;
  composition: CouncilComposition;
  today: string;
};

const reason = (code: ErrorCode, messageVi: string): ActionReason => ({ code, messageVi });

/**
 * Why a step of §4.4 cannot be taken now, whoever asks (the checklist of the round page shows them to all):
 * the council and jury must meet S3 until judging starts, judging needs the chair's point frame, the proposal
 * needs the jury head to have closed scoring, and nothing moves past the complaint window while it runs or a
 * complaint is unanswered.
 */
export function roundStepRequirements(step: RoundStep, facts: RoundReadinessFacts): ActionReason[] {
  const reasons: ActionReason[] = [];
  if (step === "FORM_COUNCIL" || step === "OPEN_CALL" || step === "START_JUDGING")
    reasons.push(...facts.composition.problems.map((p) => reason(p.code, p.messageVi)));
  if (step === "START_JUDGING" && !facts.frameApproved)
    reasons.push(reason("SELECTION_FRAME_NOT_APPROVED", "Khung điểm chưa được Chủ tịch hội đồng phê duyệt"));
  if (step === "PROPOSE_RESULTS" && !facts.scoringClosed)
    reasons.push(reason("SELECTION_STEP_REQUIREMENTS_UNMET", "Trưởng ban giám khảo chưa khóa chấm điểm"));
  const leavesWindow = step === "NOMINATE_UP" || (step === "CLOSE" && facts.status === "COMPLAINT_WINDOW");
  if (leavesWindow && facts.complaintWindowEndsOn !== null && facts.today <= facts.complaintWindowEndsOn)
    reasons.push(
      reason("SELECTION_STEP_REQUIREMENTS_UNMET", "Chưa hết thời hạn nhận khiếu nại (15 ngày làm việc)"),
    );
  if (leavesWindow && facts.openComplaints > 0)
    reasons.push(
      reason("SELECTION_STEP_REQUIREMENTS_UNMET", `Còn ${facts.openComplaints} khiếu nại chưa giải quyết`),
    );
  return reasons;
}

/** Who asks: their role, and whether they are the round's council secretary (a membership row). */
export type RoundStepCaller = { role: RoleCode; isSecretary: boolean };

/** Whether this caller's body takes the step on a round of this level at all (else the step is not theirs). */
export function isRoundStepCallers(step: RoundStep, level: SelectionLevel, caller: RoundStepCaller): boolean {
  if (!canRoleTakeRoundStep(caller.role, step, level)) return false;
  return caller.role !== "COUNCIL_SECRETARY" || caller.isSecretary;
}

/**
 * The steps out of the current state the caller may take, each with the reasons it would be refused now; a step
 * that is not the caller's is absent. `takeRoundStep` asserts the very same availability before writing.
 */
export function roundStepActions(
  facts: RoundReadinessFacts,
  caller: RoundStepCaller,
): Partial<Record<RoundStep, ActionAvailability>> {
  const actions: Partial<Record<RoundStep, ActionAvailability>> = {};
  for (const step of roundStepsFrom(facts.status, facts.level)) {
    if (isRoundStepCallers(step, facts.level, caller))
      actions[step] = availability(roundStepRequirements(step, facts));
  }
  return actions;
}
