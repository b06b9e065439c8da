import { todayInVietnam } from "@kc/domain";
import type { Db } from "../../../db/client";
import { showroom } from "../../../db/schema/index";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import {
  checkShowroomReferences,
  type ShowroomInput,
  showroomColumns,
  showroomSnapshot,
} from "./showroom-record";

/** Records a showroom in one transaction with its audit row, after checking what it points to. */
export async function createShowroom(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: ShowroomInput;
}) {
  const { db, actor, meta, input } = options;
  return db.transaction(async (tx) => {
    const ownerName = await checkShowroomReferences(tx, actor, input, todayInVietnam());
    const [row] = await tx
      .insert(showroom)
      .values({
        id: crypto.randomUUID(),
        ...showroomColumns(input, ownerName),
        createdBy: actor.userId,
        updatedBy: actor.userId,
      })
      .returning();
    if (!row) throw new Error("insert returned no row");
    await writeAudit(tx, actor, meta, {
      action: "SHOWROOM_CREATED",
      entity: "showroom",
      entityId: row.id,
      after: showroomSnapshot(row),
    });
    return row;
  });
}
