import {
  actionReason,
  isRoundStepCallers,
  type RoundStepInput,
  roundStepActions,
  roundSteps,
} from "@kc/domain";
import type { Db } from "../../../db/client";
import { selectionRound, selectionRoundDecision } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { logSecurityEvent, writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { settleRecognisedEntries } from "../certificates/settle-recognised-entries";
import { findRoundInScope, loadRoundForActor, membershipsOf } from "../round-access";
import { roundSnapshot } from "./create-round";
import { assertOwnUnfiledFile } from "./round-decision-files";
import { type RoundRow, readinessFacts } from "./rounds.queries";

async function callerOf(db: Db, actor: Actor, roundId: string) {
  const mine = await membershipsOf(db, actor, roundId);
  return { role: actor.role, isSecretary: mine.some((m) => m.role === "SECRETARY") };
}

/** The step's availability for this caller now, or undefined when the step is not this caller's to take. */
async function stepAvailability(db: Db, actor: Actor, round: RoundRow, step: RoundStepInput["step"]) {
  const actions = roundStepActions(await readinessFacts(db, round), await callerOf(db, actor, round.id));
  return actions[step];
}

/**
 * Takes one step of §4.4 on a round with the decision that backs it (number, date, signer, file), as projects
 * do: the round is locked, its version compared, the step judged by the same readiness the page shows
 * (`assertAvailable`), then the new state, the decision row and the audit row are written together. A step
 * that is not the caller's body's (wrong role, another round's secretary) is 403 with a denied-access row.
 */
export async function takeRoundStep(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: RoundStepInput;
}) {
  const { db, actor, meta, id, input } = options;
  const definition = roundSteps[input.step];
  const seen = await loadRoundForActor(db, actor, id, meta);
  if (!isRoundStepCallers(input.step, seen.level, await callerOf(db, actor, id))) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: "DENIED:SELECTION_ROUND_STEP",
        outcome: "DENIED",
        actor,
        entity: "selection_round",
        entityId: id,
        detail: { step: input.step },
      },
      meta,
    );
    throw new AppError("FORBIDDEN");
  }
  if (definition.needsDecision && !input.decision)
    throw new AppError("SELECTION_STEP_REQUIREMENTS_UNMET", {
      detail: `Bước này cần ${definition.documentVi.toLocaleLowerCase("vi")} (số, ngày, người ký)`,
      errors: [{ path: "body.decision", message: `Nhập ${definition.documentVi.toLocaleLowerCase("vi")}` }],
    });
  await assertOwnUnfiledFile(db, actor, input.decision?.fileId ?? null, "body.decision.fileId");
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await findRoundInScope(tx, actor, id, { lock: true }), input.version);
    if (!definition.from.includes(current.status)) throw new AppError("SELECTION_STEP_NOT_ALLOWED");
    assertAvailable(
      (await stepAvailability(tx, actor, current, input.step)) ?? {
        available: false,
        reasons: [actionReason("SELECTION_STEP_NOT_ALLOWED")],
      },
    );
    const row = updatedRow(
      await tx
        .update(selectionRound)
        .set({
          ...nextVersion(current),
          status: definition.to,
          statusChangedAt: new Date(),
          // Sent back by the approver, the jury scores again: the head's closing no longer stands.
          ...(input.step === "RETURN_TO_JUDGING"
            ? { scoringClosedAt: null, scoringClosedByMemberId: null }
            : {}),
          ...(input.step === "NOTIFY_RESULTS" ? { resultsNotifiedOn: input.effectiveOn } : {}),
        })
        .where(rowAtVersion(selectionRound, id, input.version))
        .returning(),
    );
    if (input.step === "RECOGNISE") await settleRecognisedEntries(tx, id);
    const decision = input.decision;
    await tx.insert(selectionRoundDecision).values({
      id: crypto.randomUUID(),
      roundId: id,
      fromStatus: current.status,
      toStatus: definition.to,
      number: decision?.number ?? null,
      issuedOn: decision?.issuedOn ?? input.effectiveOn,
      signer: decision?.signer ?? null,
      signerAuthority: decision?.signerAuthority ?? null,
      title: decision?.title || definition.documentVi,
      note: input.note,
      fileId: decision?.fileId ?? null,
      actorUserId: actor.userId,
      createdBy: actor.userId,
    });
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ROUND_STEP_TAKEN",
      entity: "selection_round",
      entityId: id,
      before: roundSnapshot(current),
      after: {
        ...roundSnapshot(row),
        step: input.step,
        decisionNumber: decision?.number ?? null,
        decisionOn: decision?.issuedOn ?? null,
        decisionSigner: decision?.signer ?? null,
      },
    });
    return row;
  });
}
