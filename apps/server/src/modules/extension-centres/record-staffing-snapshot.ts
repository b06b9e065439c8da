import type { Db } from "../../db/client";
import { staffingSnapshot } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import type { CentreRow } from "./centre-scope";
import {
  assertCentreExistsOn,
  dateTakenOr,
  type StaffingInput,
  staffingAuditSnapshot,
  staffingColumns,
} from "./staffing-record";

/**
 * Records a centre's staff on a day (the centre was found in the caller's scope by the route): the day must lie
 * in the centre's life, one snapshot per centre and day, the row and its audit row in one transaction.
 */
export async function recordStaffingSnapshot(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  centre: CentreRow;
  input: StaffingInput;
}) {
  const { db, actor, meta, centre, input } = options;
  assertCentreExistsOn(centre, input.asOf);
  return db
    .transaction(async (tx) => {
      const [row] = await tx
        .insert(staffingSnapshot)
        .values({
          id: crypto.randomUUID(),
          centreOrgId: centre.id,
          provinceId: centre.provinceId,
          ...staffingColumns(input),
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await writeAudit(tx, actor, meta, {
        action: "STAFFING_SNAPSHOT_CREATED",
        entity: "staffing_snapshot",
        entityId: row.id,
        after: staffingAuditSnapshot(row),
      });
      return row;
    })
    .catch(dateTakenOr);
}
