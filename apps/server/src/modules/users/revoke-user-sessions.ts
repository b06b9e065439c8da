import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { session, user } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";

/** Ends every session of an account (ASVS 7.4.5: administrators can end any user's sessions). */
export async function revokeUserSessions(options: { db: Db; actor: Actor; meta: RequestMeta; id: string }) {
  const { db, actor, meta, id } = options;
  return db.transaction(async (tx) => {
    const [current] = await tx.select({ id: user.id }).from(user).where(eq(user.id, id));
    if (!current) throw new AppError("NOT_FOUND");
    const removed = await tx.delete(session).where(eq(session.userId, id)).returning({ id: session.id });
    await writeAudit(tx, actor, meta, {
      action: "USER_SESSIONS_REVOKED",
      entity: "user",
      entityId: id,
      after: { revokedSessions: removed.length },
    });
    return removed.length;
  });
}
