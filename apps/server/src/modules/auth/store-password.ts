import { and, eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { account, user } from "../../db/schema/index";

/**
 * Stores a password hash as the account's credential (better-auth's `credential` account row, created when an
 * account has none) and records who chose it: an administrator's password must be changed at the next sign-in.
 * Call it inside the transaction that also writes the audit row.
 */
export async function storePassword(
  tx: Db,
  options: { userId: string; passwordHash: string; chosenBy: "administrator" | "owner"; now: Date },
): Promise<void> {
  const { userId, passwordHash, now } = options;
  const updated = await tx
    .update(account)
    .set({ password: passwordHash, updatedAt: now })
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")))
    .returning({ id: account.id });
  if (updated.length === 0) {
    await tx.insert(account).values({
      id: crypto.randomUUID(),
      accountId: userId,
      providerId: "credential",
      userId,
      password: passwordHash,
    });
  }
  await tx
    .update(user)
    .set({ mustChangePassword: options.chosenBy === "administrator", updatedAt: now })
    .where(eq(user.id, userId));
}

/** The account's current password hash, or null when it has none. */
export async function currentPasswordHash(db: Db, userId: string): Promise<string | null> {
  const [row] = await db
    .select({ password: account.password })
    .from(account)
    .where(and(eq(account.userId, userId), eq(account.providerId, "credential")));
  return row?.password ?? null;
}
