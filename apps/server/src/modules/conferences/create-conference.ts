import type { Db } from "../../db/client";
import { conference } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import {
  type ConferenceInput,
  checkConferenceProvinces,
  conferenceAuditSnapshot,
  conferenceColumns,
  ordinalTakenOr,
} from "./conference-record";

/** Records a regional conference: provinces checked against the region on the day, one ordinal per region. */
export async function createConference(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  input: ConferenceInput;
}) {
  const { db, actor, meta, input } = options;
  return db
    .transaction(async (tx) => {
      await checkConferenceProvinces(tx, input);
      const [row] = await tx
        .insert(conference)
        .values({
          id: crypto.randomUUID(),
          ...conferenceColumns(input),
          createdBy: actor.userId,
          updatedBy: actor.userId,
        })
        .returning();
      if (!row) throw new Error("insert returned no row");
      await writeAudit(tx, actor, meta, {
        action: "CONFERENCE_CREATED",
        entity: "conference",
        entityId: row.id,
        after: conferenceAuditSnapshot(row),
      });
      return row;
    })
    .catch(ordinalTakenOr);
}
