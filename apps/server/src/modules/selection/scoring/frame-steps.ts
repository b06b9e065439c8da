import { type CriterionFrameInput, validatePointFrame } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { selectionCriterion, selectionRound } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion } from "../../../platform/versioned-write";
import { findRoundInScope } from "../round-access";
import { criteriaOf, frameOf } from "./scoring.queries";
import { COUNCIL_CHAIR, JURY_HEAD, requireSeat } from "./scoring-access";
import { approveFrameAvailability, proposeFrameAvailability } from "./scoring-state";

type StepOptions = { db: Db; actor: Actor; meta: RequestMeta; roundId: string };

function frameIssuesOrThrow(criteria: Parameters<typeof validatePointFrame>[0]) {
  const issues = validatePointFrame(criteria);
  if (issues.length === 0) return;
  throw new AppError("SELECTION_FRAME_INVALID", {
    detail: issues.map((issue) => issue.messageVi).join("; "),
    errors: issues.map((issue) => ({ path: `body.${issue.field}`, message: issue.messageVi })),
  });
}

/** The round locked, at the version the caller read, or 404/409. */
async function lockedRound(tx: Db, actor: Actor, roundId: string, version: number) {
  return atExpectedVersion(await findRoundInScope(tx, actor, roundId, { lock: true }), version);
}

/**
 * The jury head proposes the detailed point frame (Art. 16.1): the whole list replaces the previous proposal
 * until the council chair approves it. Positions follow the order sent.
 */
export async function proposeFrame(options: StepOptions & { input: CriterionFrameInput }) {
  const { db, actor, meta, roundId, input } = options;
  return db.transaction(async (tx) => {
    const round = await lockedRound(tx, actor, roundId, input.roundVersion);
    await requireSeat(tx, actor, roundId, JURY_HEAD);
    assertAvailable(proposeFrameAvailability(round));
    const rows = input.criteria.map((criterion, index) => ({
      id: `${roundId}:c${index + 1}:${crypto.randomUUID().slice(0, 8)}`,
      roundId,
      criterionGroup: criterion.criterionGroup,
      position: index + 1,
      label: criterion.label,
      maxPoints: criterion.maxPoints,
    }));
    frameIssuesOrThrow(frameOf(rows));
    const before = await criteriaOf(tx, roundId);
    await tx.delete(selectionCriterion).where(eq(selectionCriterion.roundId, roundId));
    await tx.insert(selectionCriterion).values(rows);
    await tx.update(selectionRound).set(nextVersion(round)).where(eq(selectionRound.id, roundId));
    const snapshot = (list: typeof rows) =>
      list.map((c) => ({ criterionGroup: c.criterionGroup, label: c.label, maxPoints: c.maxPoints }));
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_FRAME_PROPOSED",
      entity: "selection_frame",
      entityId: roundId,
      before: { criteria: snapshot(before) },
      after: { criteria: snapshot(rows) },
    });
  });
}

/** The council chair approves the proposed frame; from then on it is frozen and jurors may score. */
export async function approveFrame(options: StepOptions & { roundVersion: number }) {
  const { db, actor, meta, roundId, roundVersion } = options;
  return db.transaction(async (tx) => {
    const round = await lockedRound(tx, actor, roundId, roundVersion);
    const chair = await requireSeat(tx, actor, roundId, COUNCIL_CHAIR);
    const criteria = await criteriaOf(tx, roundId);
    assertAvailable(approveFrameAvailability(round, criteria.length));
    frameIssuesOrThrow(frameOf(criteria));
    const approvedAt = new Date();
    await tx
      .update(selectionRound)
      .set({ ...nextVersion(round), frameApprovedAt: approvedAt, frameApprovedByMemberId: chair.id })
      .where(eq(selectionRound.id, roundId));
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_FRAME_APPROVED",
      entity: "selection_round",
      entityId: roundId,
      before: { frameApprovedAt: null },
      after: { frameApprovedAt: approvedAt.toISOString() },
    });
  });
}
