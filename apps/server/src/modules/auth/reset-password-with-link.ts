import { passwordProblem } from "@kc/domain";
import { and, eq, gt, isNull } from "drizzle-orm";
import type { Context } from "hono";
import { passwordResetToken, session, signInFailure, user } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import { passwordHasher } from "../../platform/auth";
import type { AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { actorFrom } from "../../platform/middleware";
import { requestMeta } from "../../platform/router";
import { weakPassword } from "./change-password";
import { hashResetToken } from "./request-password-reset";
import { accountKey } from "./sign-in-limits";
import { storePassword } from "./store-password";

/**
 * Sets a new password from an e-mailed link. The token works once and until it expires: it is spent by a
 * conditional update inside the transaction that stores the password, so two uses at the same instant cannot
 * both succeed. Every session of the account ends, the account's sign-in failures are forgiven (owning the
 * mailbox proves more than a password would), and a second factor stays required (ASVS 6.4.3).
 */
export async function resetPasswordWithLink(
  c: Context<AppEnv>,
  input: { token: string; newPassword: string },
): Promise<void> {
  const { db, now } = c.get("deps");
  const at = now();
  const tokenHash = hashResetToken(input.token);
  const usable = and(
    eq(passwordResetToken.tokenHash, tokenHash),
    isNull(passwordResetToken.usedAt),
    gt(passwordResetToken.expiresAt, at),
  );
  const [found] = await db
    .select({ user })
    .from(passwordResetToken)
    .innerJoin(user, eq(user.id, passwordResetToken.userId))
    .where(usable);
  if (!found || found.user.disabled) throw new AppError("AUTH_RESET_TOKEN_INVALID");
  // A weak password is refused before the token is spent, so the user can try another with the same link.
  const problem = passwordProblem(input.newPassword, { email: found.user.email });
  if (problem) throw weakPassword(problem.message);

  const passwordHash = await passwordHasher.hash(input.newPassword);
  await db.transaction(async (tx) => {
    const spent = await tx
      .update(passwordResetToken)
      .set({ usedAt: at })
      .where(usable)
      .returning({ userId: passwordResetToken.userId });
    if (spent.length === 0) throw new AppError("AUTH_RESET_TOKEN_INVALID");
    await storePassword(tx, { userId: found.user.id, passwordHash, chosenBy: "owner", now: at });
    const ended = await tx
      .delete(session)
      .where(eq(session.userId, found.user.id))
      .returning({ id: session.id });
    await tx.delete(signInFailure).where(eq(signInFailure.key, accountKey(found.user.email)));
    await writeAudit(tx, actorFrom(found.user, ""), requestMeta(c), {
      action: "USER_PASSWORD_SELF_RESET",
      entity: "user",
      entityId: found.user.id,
      after: { endedSessions: ended.length },
    });
  });
}
