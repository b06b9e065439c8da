import type { Context } from "hono";
import { logSecurityEvent } from "../../platform/audit";
import type { AppEnv } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { requestMeta } from "../../platform/router";
import { copyCookies, forwardToAuth } from "./forward-to-auth";
import { presentMe } from "./me.presenter";
import { rateLimited, recordSignIn, type SignInResult } from "./sign-in";
import { openSignInGate, retryMessage } from "./sign-in-limits";

/**
 * Second step of a sign-in: the TOTP code. Wrong codes count against the client address like wrong passwords
 * (`sign-in-limits.ts`; the account is not known before better-auth reads its two-factor cookie), and against
 * the account in better-auth's own lock, configured with the same numbers (`platform/auth.ts`).
 */
export async function verifyTwoFactor(c: Context<AppEnv>, code: string): Promise<SignInResult> {
  const { db, config, now } = c.get("deps");
  const gate = await openSignInGate({
    db,
    limits: config.signInLimits,
    now: now(),
    email: null,
    ip: c.get("clientIp"),
  });
  if (!gate.allowed) {
    await logSecurityEvent(
      db,
      {
        category: "AUTH",
        action: "SIGN_IN_TOTP_ATTEMPTED",
        outcome: "DENIED",
        actor: null,
        detail: { reason: "RATE_LIMITED", retryAfterSeconds: gate.retryAfterSeconds },
      },
      requestMeta(c),
    );
    throw rateLimited(
      c,
      gate.retryAfterSeconds,
      retryMessage(gate.retryAfterSeconds, gate.retryAt, false, gate.limitedBy),
    );
  }
  let outcome: "SUCCEEDED" | "FAILED" | "NOT_CHECKED" = "NOT_CHECKED";
  try {
    const result = await forwardToAuth(c, "/two-factor/verify-totp", { code });
    if (result.status === 429) {
      // better-auth's per-account lock: it does not say until when, so the answer gives the longest wait.
      const seconds = config.signInLimits.windowSeconds;
      await logSecurityEvent(
        db,
        {
          category: "AUTH",
          action: "SIGN_IN_TOTP_ATTEMPTED",
          outcome: "DENIED",
          actor: null,
          detail: { reason: "ACCOUNT_LOCKED" },
        },
        requestMeta(c),
      );
      throw rateLimited(c, seconds, retryMessage(seconds, new Date(now().getTime() + seconds * 1000), true));
    }
    const userId = (result.json?.user as { id?: string } | undefined)?.id;
    if (result.status !== 200 || !userId) {
      outcome = "FAILED";
      await logSecurityEvent(
        db,
        { category: "AUTH", action: "SIGN_IN_TOTP_ATTEMPTED", outcome: "FAILED", actor: null },
        requestMeta(c),
      );
      throw new AppError("AUTH_TWO_FACTOR_INVALID");
    }
    outcome = "SUCCEEDED";
    copyCookies(c, result.setCookies);
    const actor = await recordSignIn(db, userId, c);
    if (!actor) throw new AppError("AUTH_TWO_FACTOR_INVALID");
    return { twoFactorRequired: false, user: await presentMe(db, actor) };
  } finally {
    await gate.settle(outcome);
  }
}
