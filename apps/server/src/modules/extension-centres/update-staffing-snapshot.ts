import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { staffingSnapshot } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import type { CentreRow } from "./centre-scope";
import {
  assertCentreExistsOn,
  dateTakenOr,
  type StaffingInput,
  staffingAuditSnapshot,
  staffingColumns,
} from "./staffing-record";

/**
 * Corrects a snapshot of a centre in the caller's scope: the row is locked (404 when it is not this centre's),
 * its version compared (409 when someone saved in between, nothing changed), one audit row with before/after.
 */
export async function updateStaffingSnapshot(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  centre: CentreRow;
  snapshotId: string;
  input: StaffingInput & { version: number };
}) {
  const { db, actor, meta, centre, snapshotId } = options;
  const { version, ...input } = options.input;
  assertCentreExistsOn(centre, input.asOf);
  return db
    .transaction(async (tx) => {
      const [locked] = await tx
        .select()
        .from(staffingSnapshot)
        .where(and(eq(staffingSnapshot.id, snapshotId), eq(staffingSnapshot.centreOrgId, centre.id)))
        .for("update");
      const current = atExpectedVersion(locked, version);
      const updated = updatedRow(
        await tx
          .update(staffingSnapshot)
          .set({ ...staffingColumns(input), updatedBy: actor.userId, ...nextVersion(current) })
          .where(rowAtVersion(staffingSnapshot, snapshotId, version))
          .returning(),
      );
      await writeAudit(tx, actor, meta, {
        action: "STAFFING_SNAPSHOT_UPDATED",
        entity: "staffing_snapshot",
        entityId: snapshotId,
        before: staffingAuditSnapshot(current),
        after: staffingAuditSnapshot(updated),
      });
      return updated;
    })
    .catch(dateTakenOr);
}
