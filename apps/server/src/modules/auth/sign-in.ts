import { eq } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../../db/client";
import { user } from "../../db/schema/index";
import { logSecurityEvent } from "../../platform/audit";
import type { Actor, AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { actorFrom } from "../../platform/middleware";
import { requestMeta } from "../../platform/router";
import { copyCookies, forwardToAuth } from "./forward-to-auth";
import { type MeView, presentMe } from "./me.presenter";

export type SignInResult = { twoFactorRequired: true } | { twoFactorRequired: false; user: MeView };

/**
 * Password sign-in. One generic message for every failure (unknown e-mail, wrong password, disabled account),
 * each attempt counted by the rate limiter and logged as an AUTH event (RELIABILITY.md §1.2, §1.7).
 */
export async function signIn(
  c: Context<AppEnv>,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const { db } = c.get("deps");
  const meta = requestMeta(c);
  const email = input.email.trim().toLowerCase();
  const result = await forwardToAuth(c, "/sign-in/email", {
    email,
    password: input.password,
    rememberMe: true,
  });

  if (result.status === 429) {
    await logSecurityEvent(
      db,
      {
        category: "AUTH",
        action: "SIGN_IN",
        outcome: "DENIED",
        actor: null,
        email,
        detail: { reason: "RATE_LIMITED" },
      },
      meta,
    );
    throw new AppError("AUTH_RATE_LIMITED");
  }
  if (result.status !== 200 || !result.json) {
    await logSecurityEvent(
      db,
      { category: "AUTH", action: "SIGN_IN", outcome: "FAILED", actor: null, email },
      meta,
    );
    throw new AppError("AUTH_INVALID_CREDENTIALS");
  }
  copyCookies(c, result.setCookies);
  if (result.json.twoFactorRedirect === true) {
    await logSecurityEvent(
      db,
      {
        category: "AUTH",
        action: "SIGN_IN_PASSWORD_OK_TOTP_PENDING",
        outcome: "SUCCESS",
        actor: null,
        email,
      },
      meta,
    );
    return { twoFactorRequired: true };
  }
  const userId = (result.json.user as { id?: string } | undefined)?.id;
  const actor = userId ? await recordSignIn(db, userId, c) : null;
  if (!actor) throw new AppError("AUTH_INVALID_CREDENTIALS");
  return { twoFactorRequired: false, user: await presentMe(db, actor) };
}

/** Marks the sign-in on the user and in the audit log, and answers the actor it produced. */
export async function recordSignIn(db: Db, userId: string, c: Context<AppEnv>): Promise<Actor | null> {
  const [row] = await db
    .update(user)
    .set({ lastSignInAt: c.get("deps").now() })
    .where(eq(user.id, userId))
    .returning();
  if (!row) return null;
  const actor = actorFrom(row, "");
  await logSecurityEvent(
    db,
    { category: "AUTH", action: "SIGN_IN", outcome: "SUCCESS", actor },
    requestMeta(c),
  );
  return actor;
}
