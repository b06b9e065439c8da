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
import { openSignInGate, retryMessage } from "./sign-in-limits";

/** The message of the session hook that refuses a disabled account (platform/auth.ts). */
const ACCOUNT_DISABLED = "ACCOUNT_DISABLED";

export type SignInResult = { twoFactorRequired: true } | { twoFactorRequired: false; user: MeView };

/**
 * Password sign-in. One generic message for every failure (unknown e-mail, wrong password); a disabled account
 * is named as such only once its right password was given (`AUTH_ACCOUNT_DISABLED`),
 * each attempt logged as an AUTH event (RELIABILITY.md §1.2, §1.7). Failures are limited per account and per
 * client address, correct sign-ins are not (`sign-in-limits.ts`); over a limit the answer is 429 with
 * `Retry-After` and a message that says when.
 */
export async function signIn(
  c: Context<AppEnv>,
  input: { email: string; password: string },
): Promise<SignInResult> {
  const { db, config, now } = c.get("deps");
  const meta = requestMeta(c);
  const email = input.email.trim().toLowerCase();
  const gate = await openSignInGate({
    db,
    limits: config.signInLimits,
    now: now(),
    email,
    ip: c.get("clientIp"),
  });
  if (!gate.allowed) {
    await logSecurityEvent(
      db,
      {
        category: "AUTH",
        action: "SIGN_IN_ATTEMPTED",
        outcome: "DENIED",
        actor: null,
        email,
        detail: { reason: "RATE_LIMITED", retryAfterSeconds: gate.retryAfterSeconds },
      },
      meta,
    );
    throw rateLimited(
      c,
      gate.retryAfterSeconds,
      retryMessage(gate.retryAfterSeconds, gate.retryAt, false, gate.limitedBy),
    );
  }
  let outcome: "SUCCEEDED" | "FAILED" | "NOT_CHECKED" = "NOT_CHECKED";
  try {
    const result = await forwardToAuth(c, "/sign-in/email", {
      email,
      password: input.password,
      rememberMe: true,
    });
    if (result.json?.message === ACCOUNT_DISABLED) {
      // better-auth refuses the session only after the password was checked (platform/auth.ts): whoever reads
      // this knows the password already, so saying why is no help to a guesser and spares the officer a
      // useless password reset.
      outcome = "SUCCEEDED";
      await logSecurityEvent(
        db,
        {
          category: "AUTH",
          action: "SIGN_IN_ATTEMPTED",
          outcome: "DENIED",
          actor: null,
          email,
          detail: { reason: "ACCOUNT_DISABLED" },
        },
        meta,
      );
      throw new AppError("AUTH_ACCOUNT_DISABLED");
    }
    if (result.status !== 200 || !result.json) {
      outcome = "FAILED";
      await logSecurityEvent(
        db,
        { category: "AUTH", action: "SIGN_IN_ATTEMPTED", outcome: "FAILED", actor: null, email },
        meta,
      );
      throw new AppError("AUTH_INVALID_CREDENTIALS");
    }
    outcome = "SUCCEEDED";
    copyCookies(c, result.setCookies);
    if (result.json.twoFactorRedirect === true) {
      await logSecurityEvent(
        db,
        {
          category: "AUTH",
          action: "SIGN_IN_PASSWORD_ACCEPTED",
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
  } finally {
    await gate.settle(outcome);
  }
}

/** 429 with `Retry-After` in seconds (RFC 9110 §10.2.3) and a Vietnamese message that says when to try again. */
export function rateLimited(c: Context<AppEnv>, retryAfterSeconds: number, detail: string): AppError {
  // The problem renderer keeps the headers already set on the context.
  c.header("retry-after", String(retryAfterSeconds));
  return new AppError("AUTH_RATE_LIMITED", { detail, extensions: { retryAfterSeconds } });
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
    { category: "AUTH", action: "SIGN_IN_ATTEMPTED", outcome: "SUCCESS", actor },
    requestMeta(c),
  );
  return actor;
}
