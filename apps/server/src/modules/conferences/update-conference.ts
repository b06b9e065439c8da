import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { conference } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import {
  type ConferenceInput,
  checkConferenceProvinces,
  conferenceAuditSnapshot,
  conferenceColumns,
  ordinalTakenOr,
} from "./conference-record";

/** Replaces a conference's fields: locked, version-checked (409), provinces checked again, audited. */
export async function updateConference(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  input: ConferenceInput & { version: number };
}) {
  const { db, actor, meta, id } = options;
  const { version, ...input } = options.input;
  return db
    .transaction(async (tx) => {
      const [locked] = await tx.select().from(conference).where(eq(conference.id, id)).for("update");
      const current = atExpectedVersion(locked, version);
      await checkConferenceProvinces(tx, input);
      const updated = updatedRow(
        await tx
          .update(conference)
          .set({ ...conferenceColumns(input), updatedBy: actor.userId, ...nextVersion(current) })
          .where(rowAtVersion(conference, id, version))
          .returning(),
      );
      await writeAudit(tx, actor, meta, {
        action: "CONFERENCE_UPDATED",
        entity: "conference",
        entityId: id,
        before: conferenceAuditSnapshot(current),
        after: conferenceAuditSnapshot(updated),
      });
      return updated;
    })
    .catch(ordinalTakenOr);
}
