import { todayInVietnam } from "@kc/domain";
import { and, eq } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { showroom } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import {
  checkShowroomReferences,
  type ShowroomInput,
  showroomColumns,
  showroomSnapshot,
} from "./showroom-record";
import { showroomScope } from "./showrooms.queries";

/**
 * Replaces a showroom's fields: the row is locked in the caller's scope (404 outside it), its version compared
 * (409 when someone saved in between, nothing changed), the references checked again, one audit row written.
 */
export async function updateShowroom(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: ShowroomInput & { version: number };
}) {
  const { db, actor, meta, id } = options;
  const { version, ...input } = options.input;
  return db.transaction(async (tx) => {
    const [locked] = await tx
      .select()
      .from(showroom)
      .where(and(eq(showroom.id, id), showroomScope(actor)))
      .for("update");
    const current = atExpectedVersion(locked, version);
    const ownerName = await checkShowroomReferences(
      tx,
      actor,
      input,
      todayInVietnam(),
      current.establishmentId,
    );
    const updated = updatedRow(
      await tx
        .update(showroom)
        .set({ ...showroomColumns(input, ownerName), updatedBy: actor.userId, ...nextVersion(current) })
        .where(rowAtVersion(showroom, id, version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "SHOWROOM_UPDATED",
      entity: "showroom",
      entityId: id,
      before: showroomSnapshot(current),
      after: showroomSnapshot(updated),
    });
    return updated;
  });
}
