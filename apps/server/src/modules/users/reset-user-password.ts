import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { session, user } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import { passwordHasher } from "../../platform/auth";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { storePassword } from "../auth/store-password";

/**
 * Sets a new password chosen by the administrator and ends the account's sessions. The audit row records that
 * it happened, never the password. A second factor, when enabled, stays required (ASVS 6.4.3). The user must
 * replace this password at the next sign-in (Decision 742), as with the one chosen at creation.
 */
export async function resetUserPassword(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  id: string;
  password: string;
}) {
  const { db, actor, meta, id, password } = options;
  const passwordHash = await passwordHasher.hash(password);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ id: user.id }).from(user).where(eq(user.id, id));
    if (!current) throw new AppError("NOT_FOUND");
    await storePassword(tx, { userId: id, passwordHash, chosenBy: "administrator", now: new Date() });
    await tx.delete(session).where(eq(session.userId, id));
    await writeAudit(tx, actor, meta, { action: "USER_PASSWORD_RESET", entity: "user", entityId: id });
  });
}
