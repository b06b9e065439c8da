import type { MemberBody, MemberRole, SelectionLevel } from "../selection.codes";
import { selectionLevelLabels } from "../selection.codes";
import type { RuleIssue } from "./rule-issue";

/**
 * S3 (Circular 26/2014/TT-BCT Art. 8–11): the council has 5 or 7 members at district level, 7 or 9 provincial,
 * 9 or 11 regional, 11 or 13 national, one chair; the jury has an odd number of members (it decides by
 * majority) with one head. A member may sit on both bodies, so each body is counted on its own.
 */

export const councilSizesByLevel: Readonly<Record<SelectionLevel, readonly [number, number]>> = {
  HUYEN: [5, 7],
  TINH: [7, 9],
  KHU_VUC: [9, 11],
  QUOC_GIA: [11, 13],
};

export type BodySeat = { body: MemberBody; role: MemberRole };

function countRole(seats: readonly BodySeat[], body: MemberBody, role: MemberRole): number {
  return seats.filter((seat) => seat.body === body && seat.role === role).length;
}

/** Everything that keeps the council and jury from being formed as the circular requires. */
export function validateCouncilAndJury(level: SelectionLevel, seats: readonly BodySeat[]): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const councilSize = seats.filter((seat) => seat.body === "COUNCIL").length;
  const allowed = councilSizesByLevel[level];
  if (!allowed.includes(councilSize)) {
    issues.push({
      code: "COUNCIL_SIZE_INVALID",
      field: "council",
      messageVi: `Hội đồng ${selectionLevelLabels[level].toLowerCase()} phải có ${allowed[0]} hoặc ${allowed[1]} thành viên, hiện có ${councilSize}`,
    });
  }
  const chairs = countRole(seats, "COUNCIL", "CHAIR");
  if (chairs !== 1) {
    issues.push({
      code: "COUNCIL_CHAIR_COUNT",
      field: "council",
      messageVi: `Hội đồng phải có đúng một Chủ tịch, hiện có ${chairs}`,
    });
  }
  const jurySize = seats.filter((seat) => seat.body === "JURY").length;
  if (jurySize === 0 || jurySize % 2 === 0) {
    issues.push({
      code: "JURY_SIZE_EVEN",
      field: "jury",
      messageVi: `Ban giám khảo phải có số thành viên lẻ, hiện có ${jurySize}`,
    });
  }
  const heads = countRole(seats, "JURY", "JURY_HEAD");
  if (heads !== 1) {
    issues.push({
      code: "JURY_HEAD_COUNT",
      field: "jury",
      messageVi: `Ban giám khảo phải có đúng một Trưởng ban, hiện có ${heads}`,
    });
  }
  return issues;
}
