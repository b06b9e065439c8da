import {
  type ActionAvailability,
  acceptsMemberChanges,
  actionReason,
  availability,
  type RoundStatus,
} from "@kc/domain";

/**
 * What scoring allows in the round's present state, as availabilities: the page greys its buttons with these
 * reasons and the use cases refuse with the same codes (platform/action-availability.ts#assertAvailable).
 */
export type ScoringRoundState = {
  status: RoundStatus;
  frameApprovedAt: Date | null;
  scoringClosedAt: Date | null;
};

const frameOpen = (round: ScoringRoundState) =>
  acceptsMemberChanges(round.status) || round.status === "JUDGING";

export function proposeFrameAvailability(round: ScoringRoundState): ActionAvailability {
  return availability([
    round.frameApprovedAt !== null && actionReason("SELECTION_FRAME_LOCKED"),
    round.frameApprovedAt === null && !frameOpen(round) && actionReason("SELECTION_SCORING_NOT_OPEN"),
  ]);
}

export function approveFrameAvailability(
  round: ScoringRoundState,
  criteriaCount: number,
): ActionAvailability {
  return availability([
    round.frameApprovedAt !== null && actionReason("SELECTION_FRAME_LOCKED"),
    round.frameApprovedAt === null &&
      criteriaCount === 0 &&
      actionReason("SELECTION_FRAME_INVALID", "Trưởng ban giám khảo chưa đề xuất khung điểm"),
  ]);
}

export function scoreAvailability(round: ScoringRoundState): ActionAvailability {
  return availability([
    round.scoringClosedAt !== null && actionReason("SELECTION_SCORING_CLOSED"),
    round.scoringClosedAt === null &&
      round.status !== "JUDGING" &&
      actionReason("SELECTION_SCORING_NOT_OPEN"),
    round.frameApprovedAt === null && actionReason("SELECTION_FRAME_NOT_APPROVED"),
  ]);
}

export function closeScoringAvailability(
  round: ScoringRoundState,
  missing: readonly string[],
): ActionAvailability {
  const open = scoreAvailability(round);
  if (!open.available) return open;
  return availability([
    missing.length > 0 &&
      actionReason(
        "SELECTION_SHEETS_MISSING",
        `Còn thiếu phiếu chấm: ${missing.slice(0, 5).join("; ")}${missing.length > 5 ? "; …" : ""}`,
      ),
  ]);
}

export function proposeListAvailability(round: ScoringRoundState): ActionAvailability {
  return availability([
    round.scoringClosedAt === null && actionReason("SELECTION_SCORING_NOT_CLOSED"),
    round.scoringClosedAt !== null &&
      round.status !== "JUDGING" &&
      actionReason("SELECTION_STEP_NOT_ALLOWED", "Hội đồng đã gửi đề nghị; danh sách không đổi được nữa"),
  ]);
}
