import { type FairUpdateInput, fairEditAction } from "@kc/domain";
import type { Db } from "../../../db/client";
import { fair } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { notFoundForActor } from "../../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { assertRecordingScope, checkFairReferences, fairAuditSnapshot, fairColumns } from "./fair-record";
import { findFairInScope } from "./fairs.queries";

/**
 * Edits a fair as a whole at the version the officer read (409 when another save came first). A reported or
 * cancelled fair is closed (FAIR_CLOSED, the reason the page greys its button with). The code stays; moving the
 * fair to another recording province needs that province in the writer's scope too.
 */
export async function updateFair(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: FairUpdateInput;
}) {
  const { db, actor, meta, id, input } = options;
  if (!(await findFairInScope(db, actor, id))) {
    return notFoundForActor(db, actor, meta, { entity: "fair", entityId: id });
  }
  await assertRecordingScope(db, actor, input.provinceId);
  await checkFairReferences(db, actor, input);
  const { version, ...fields } = input;
  return db.transaction(async (tx) => {
    const current = atExpectedVersion(await findFairInScope(tx, actor, id, { lock: true }), version);
    assertAvailable(fairEditAction(current));
    const row = updatedRow(
      await tx
        .update(fair)
        .set({ ...fairColumns(fields, current.code), ...nextVersion(current), updatedBy: actor.userId })
        .where(rowAtVersion(fair, id, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "FAIR_UPDATED",
      entity: "fair",
      entityId: id,
      before: fairAuditSnapshot(current),
      after: fairAuditSnapshot(row),
    });
    return row;
  });
}
