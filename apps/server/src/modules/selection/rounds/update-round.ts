import { actionReason, normalizeText, type RoundUpdateInput } from "@kc/domain";
import type { Db } from "../../../db/client";
import { selectionRound } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { logSecurityEvent, writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { findRoundInScope, loadRoundForActor } from "../round-access";
import { roundSearchText, roundSnapshot } from "./create-round";
import { assertRoundReferences } from "./round-references";
import { roundActions } from "./rounds.policy";

/**
 * Edits a round's title, organiser, funding and plan decision while it is editable (until the council proposes
 * results); level and place never change. Locked, version-checked (409), audited with before and after.
 */
export async function updateRound(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: RoundUpdateInput;
}) {
  const { db, actor, meta, id, input } = options;
  const seen = await loadRoundForActor(db, actor, id, meta);
  const update = roundActions(actor, seen).update;
  if (!update) {
    await logSecurityEvent(
      db,
      {
        category: "ACCESS",
        action: "DENIED:SELECTION_ROUND_ORGANISE",
        outcome: "DENIED",
        actor,
        entity: "selection_round",
        entityId: id,
      },
      meta,
    );
    throw new AppError("FORBIDDEN");
  }
  await assertRoundReferences(db, actor, input);
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await findRoundInScope(tx, actor, id, { lock: true }), input.version);
    assertAvailable(
      roundActions(actor, current).update ?? { available: false, reasons: [actionReason("FORBIDDEN")] },
    );
    const title = normalizeText(input.title);
    const organiserName = normalizeText(input.organiserName);
    const decision = input.planDecision;
    const row = updatedRow(
      await tx
        .update(selectionRound)
        .set({
          ...nextVersion(current),
          title,
          organiserOrgId: input.organiserOrgId,
          organiserName,
          fundingProjectId: input.fundingProjectId,
          planDecisionNumber: decision?.number ?? null,
          planDecisionOn: decision?.issuedOn ?? null,
          planDecisionSigner: decision?.signer ?? null,
          planDecisionFileId: decision?.fileId ?? null,
          searchText: roundSearchText({ code: current.code, title, organiserName }),
        })
        .where(rowAtVersion(selectionRound, id, input.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "SELECTION_ROUND_UPDATED",
      entity: "selection_round",
      entityId: id,
      before: roundSnapshot(current),
      after: roundSnapshot(row),
    });
    return row;
  });
}
