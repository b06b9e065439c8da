import {
  criterionGroupLabels,
  formatHalfPoints,
  memberRoleLabels,
  productGroupLabels,
  type RoundSummary,
  roundStatusLabels,
  toHalfPoints,
} from "@kc/domain";
import type { selectionMember, selectionRound } from "../../../db/schema/index";
import type { criteriaOf, judgedEntriesOf, StoredSheet } from "./scoring.queries";

type Round = typeof selectionRound.$inferSelect;
type Member = typeof selectionMember.$inferSelect;
type Criteria = Awaited<ReturnType<typeof criteriaOf>>;
type Entries = Awaited<ReturnType<typeof judgedEntriesOf>>;

/** Points as the wire carries them: "12.5", "20" (never a float). */
export const pointsOnWire = (value: string) => value.replace(/\.?0+$/u, "") || "0";

export function presentRound(round: Round) {
  return {
    id: round.id,
    title: round.title,
    status: round.status,
    statusLabel: roundStatusLabels[round.status],
    version: round.version,
    frameApprovedAt: round.frameApprovedAt?.toISOString() ?? null,
    scoringClosedAt: round.scoringClosedAt?.toISOString() ?? null,
  };
}

export function presentCriteria(criteria: Criteria) {
  const totalHalves = criteria.reduce((sum, c) => sum + (toHalfPoints(Number(c.maxPoints)) ?? 0), 0);
  return {
    criteria: criteria.map((c) => ({
      id: c.id,
      position: c.position,
      criterionGroup: c.criterionGroup,
      groupLabel: criterionGroupLabels[c.criterionGroup],
      label: c.label,
      maxPoints: pointsOnWire(c.maxPoints),
    })),
    frameTotal: formatHalfPoints(totalHalves),
  };
}

export function presentSheet(sheet: StoredSheet) {
  return {
    memberId: sheet.memberId,
    version: sheet.version,
    scores: Object.fromEntries(Object.entries(sheet.scores).map(([id, points]) => [id, String(points)])),
    total: pointsOnWire(sheet.total),
    note: sheet.note,
  };
}

export function presentSeat(seat: Member | null) {
  return seat ? { memberId: seat.id, role: seat.role, roleLabel: memberRoleLabels[seat.role] } : null;
}

/** The summary minute on screen: every juror's total, or why there is none, then mean, flag, rank. */
export function presentSummary(
  round: Round,
  jury: readonly Member[],
  entries: Entries,
  summary: RoundSummary,
) {
  const byEntry = new Map(summary.entries.map((entry) => [entry.entryId, entry]));
  const rows = entries.map((entry) => {
    const line = byEntry.get(entry.id);
    const totals = new Map(line?.totalsHalves.map((t) => [t.memberId, t.totalHalves]) ?? []);
    return {
      entryId: entry.id,
      productName: entry.productName,
      establishmentName: entry.establishmentName,
      groupLabel: productGroupLabels[entry.productGroup],
      totals: jury.map((member) => {
        const total = totals.get(member.id);
        return {
          memberId: member.id,
          total: total === undefined ? null : formatHalfPoints(total),
          conflicted: !(line?.scoringJurorIds.includes(member.id) ?? false),
        };
      }),
      meanText: line?.meanText ?? null,
      passes: line?.passes ?? false,
      rank: line?.rank ?? null,
      proposed: entry.proposed,
    };
  });
  rows.sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9));
  return {
    roundId: round.id,
    closedAt: round.scoringClosedAt?.toISOString() ?? "",
    jurors: jury.map((member) => ({
      memberId: member.id,
      name: member.fullName,
      roleLabel: memberRoleLabels[member.role],
    })),
    rows,
  };
}
