import { userStatusChange } from "@kc/domain";
import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { session, user } from "../../db/schema/index";
import { assertAvailable } from "../../platform/action-availability";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../platform/versioned-write";
import { auditSnapshot } from "./users.presenter";

/**
 * Disables or re-enables an account. Disabling deletes every session of the account in the same transaction,
 * so its open browsers are signed out at their next request (RELIABILITY.md §1.3, ASVS 7.4.2). Refused by
 * `userStatusChange`, the rule the users page shows beside the button: never oneself, never twice.
 */
export async function setUserDisabled(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  version: number;
  disabled: boolean;
}) {
  const { db, actor, meta, id, version, disabled } = options;
  return db.transaction(async (tx) => {
    const [locked] = await tx.select().from(user).where(eq(user.id, id)).for("update");
    const current = atExpectedVersion(locked, version);
    assertAvailable(userStatusChange({ id, disabled: current.disabled }, disabled, actor.userId));
    const updated = updatedRow(
      await tx
        .update(user)
        .set({ disabled, ...nextVersion(current) })
        .where(rowAtVersion(user, id, version))
        .returning(),
    );
    if (disabled) await tx.delete(session).where(eq(session.userId, id));
    await writeAudit(tx, actor, meta, {
      action: disabled ? "USER_DISABLED" : "USER_ENABLED",
      entity: "user",
      entityId: id,
      before: auditSnapshot(current),
      after: auditSnapshot(updated),
    });
    return updated;
  });
}
