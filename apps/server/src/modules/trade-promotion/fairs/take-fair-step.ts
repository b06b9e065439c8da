import { checkFairTransition, type FairTransitionCode, fairStepAction, fairTransitions } from "@kc/domain";
import type { Db } from "../../../db/client";
import { fair } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { filedDocumentKinds, findFairInScope } from "./fairs.queries";

/**
 * Moves a fair one step along the domain state machine (PLANNED → REGISTRATION_OPEN → HELD → REPORTED, or
 * CANCELLED with a reason), judged on the locked row and its filed documents by the same `fairStepAction` the
 * page's buttons were drawn from, so a refusal carries the code and words the page showed.
 */
export async function takeFairStep(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  code: FairTransitionCode;
  body: { version: number; reason: string | null };
}) {
  const { db, actor, meta, id, code, body } = options;
  if (!(await findFairInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "fair", entityId: id });
  }
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await findFairInScope(tx, actor, id, { lock: true }), body.version);
    const filed = await filedDocumentKinds(tx, id);
    assertAvailable(fairStepAction(current, code, filed));
    const refusal = checkFairTransition(current.status, code, filed, body.reason);
    if (refusal) {
      throw new AppError(refusal.code, {
        detail: refusal.messageVi,
        errors:
          refusal.code === "FAIR_REASON_REQUIRED"
            ? [{ path: "body.reason", message: refusal.messageVi }]
            : [],
      });
    }
    const to = fairTransitions[code].to;
    const row = updatedRow(
      await tx
        .update(fair)
        .set({
          status: to,
          statusChangedAt: new Date(),
          cancelReason: to === "CANCELLED" ? body.reason : null,
          ...nextVersion(current),
          updatedBy: actor.userId,
        })
        .where(rowAtVersion(fair, id, body.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "FAIR_STATUS_CHANGED",
      entity: "fair",
      entityId: id,
      before: { status: current.status },
      after: to === "CANCELLED" ? { status: to, cancelReason: body.reason } : { status: to },
    });
    return row;
  });
}
