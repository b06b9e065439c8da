import { passwordProblem } from "@kc/domain";
import { and, eq, ne } from "drizzle-orm";
import type { Context } from "hono";
import { session } from "../../db/schema/index";
import { writeAudit } from "../../platform/audit";
import { passwordHasher } from "../../platform/auth";
import type { Actor, AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { requestMeta } from "../../platform/router";
import { rateLimited } from "./sign-in";
import { openSignInGate, retryMessage } from "./sign-in-limits";
import { currentPasswordHash, storePassword } from "./store-password";

/**
 * The signed-in user replaces their password, proving the current one (ASVS 6.2.3). Every other session of the
 * account ends (RELIABILITY.md §1.3, ASVS 7.4.3); this one stays. A wrong current password counts as a failed
 * sign-in of the account (`sign-in-limits.ts`), so an unattended open session cannot be used to guess it.
 */
export async function changePassword(
  c: Context<AppEnv>,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const { db, config, now } = c.get("deps");
  const problem = passwordProblem(input.newPassword, { email: actor.email });
  if (problem) throw weakPassword(problem.message);
  if (input.newPassword === input.currentPassword)
    throw weakPassword("Mật khẩu mới phải khác mật khẩu hiện tại");

  const gate = await openSignInGate({
    db,
    limits: config.signInLimits,
    now: now(),
    email: actor.email,
    ip: c.get("clientIp"),
  });
  if (!gate.allowed)
    throw rateLimited(
      c,
      gate.retryAfterSeconds,
      retryMessage(gate.retryAfterSeconds, gate.retryAt, false, gate.limitedBy),
    );
  let outcome: "SUCCEEDED" | "FAILED" | "NOT_CHECKED" = "NOT_CHECKED";
  try {
    const stored = await currentPasswordHash(db, actor.userId);
    const matches = stored
      ? await passwordHasher.verify({ hash: stored, password: input.currentPassword })
      : false;
    outcome = matches ? "SUCCEEDED" : "FAILED";
    if (!matches) {
      throw new AppError("AUTH_CURRENT_PASSWORD_WRONG", {
        errors: [{ path: "body.currentPassword", message: "Mật khẩu hiện tại không đúng" }],
      });
    }
  } finally {
    await gate.settle(outcome);
  }

  const passwordHash = await passwordHasher.hash(input.newPassword);
  return db.transaction(async (tx) => {
    await storePassword(tx, { userId: actor.userId, passwordHash, chosenBy: "owner", now: now() });
    const ended = await tx
      .delete(session)
      .where(and(eq(session.userId, actor.userId), ne(session.id, actor.sessionId)))
      .returning({ id: session.id });
    await writeAudit(tx, actor, requestMeta(c), {
      action: "USER_PASSWORD_CHANGED",
      entity: "user",
      entityId: actor.userId,
      after: { endedSessions: ended.length, wasSetByAdministrator: Boolean(actor.mustChangePassword) },
    });
    return { endedSessions: ended.length };
  });
}

export function weakPassword(message: string): AppError {
  return new AppError("AUTH_PASSWORD_WEAK", {
    detail: message,
    errors: [{ path: "body.newPassword", message }],
  });
}
