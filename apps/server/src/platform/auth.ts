import { hash, verify } from "@node-rs/argon2";
import { APIError, betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { twoFactor } from "better-auth/plugins/two-factor";
import { eq } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import * as schema from "../db/schema/index";

/** Failed sign-ins allowed per account and per client address within a window (modules/auth/sign-in-limits.ts). */
export type SignInLimits = { accountMaxFailures: number; addressMaxFailures: number; windowSeconds: number };

/** Header through which the server hands the resolved client address to better-auth's rate limiter. */
export const CLIENT_IP_HEADER = "x-kc-client-ip";
export const AUTH_BASE_PATH = "/api/v1/auth";

export type AuthOptions = {
  baseURL: string;
  secret: string;
  trustedOrigins: string[];
  secureCookies: boolean;
  sessionIdleMinutes: number;
  /** Our own failure limits (modules/auth/sign-in-limits.ts); better-auth's per-account TOTP lock follows them. */
  signInLimits: SignInLimits;
  /** better-auth's own messages go to the application's structured log. */
  logger?: Logger;
};

/**
 * Argon2id (RELIABILITY.md §1.2: "SHA-2/SHA-3 or equivalent" — Argon2id is the stronger equivalent), with the
 * OWASP-recommended minimum cost (19 MiB, 2 passes).
 */
export const passwordHasher = {
  hash: (password: string) =>
    hash(password, { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 }),
  verify: ({ hash: stored, password }: { hash: string; password: string }) => verify(stored, password),
};

/**
 * better-auth does the credential checks, session tokens, TOTP and rate limiting; the application owns the
 * user profile (role, scope, disabled) and creates users itself, inside its own transactions.
 */
export function createAuth(db: Db, options: AuthOptions) {
  return betterAuth({
    appName: "Khuyến công",
    baseURL: options.baseURL,
    basePath: AUTH_BASE_PATH,
    secret: options.secret,
    trustedOrigins: options.trustedOrigins,
    telemetry: { enabled: false },
    logger: {
      level: "warn",
      log: (level, message) => {
        options.logger?.[level]({ component: "better-auth" }, message);
      },
    },
    database: drizzleAdapter(db, {
      provider: "pg",
      schema: {
        user: schema.user,
        session: schema.session,
        account: schema.account,
        verification: schema.verification,
        twoFactor: schema.twoFactor,
        rateLimit: schema.rateLimit,
      },
    }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: true,
      minPasswordLength: 8,
      maxPasswordLength: 128,
      password: passwordHasher,
    },
    user: {
      additionalFields: {
        role: { type: "string", required: true, input: false },
        scopeKind: { type: "string", required: true, input: false },
        scopeRegionCode: { type: "string", required: false, input: false },
        scopeProvinceId: { type: "string", required: false, input: false },
        scopeOrganisationId: { type: "string", required: false, input: false },
        organisationId: { type: "string", required: false, input: false },
        disabled: { type: "boolean", required: false, input: false },
        mustChangePassword: { type: "boolean", required: false, input: false },
      },
    },
    session: {
      // Sliding idle timeout: each use after `updateAge` pushes the expiry forward by `expiresIn`.
      expiresIn: options.sessionIdleMinutes * 60,
      updateAge: Math.max(60, Math.floor((options.sessionIdleMinutes * 60) / 8)),
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: 60,
      max: 300,
      // better-auth counts every request, successes included, per address only: 7 correct sign-ins in a minute
      // from an office's one NAT address were refused. The sign-in steps are limited by our routes instead,
      // counting failures per account and per address (modules/auth/sign-in-limits.ts).
      customRules: {
        "/sign-in/email": false,
        "/two-factor/verify-totp": false,
        "/two-factor/verify-backup-code": false,
      },
    },
    advanced: {
      cookiePrefix: "kc",
      useSecureCookies: options.secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", path: "/" },
      ipAddress: { ipAddressHeaders: [CLIENT_IP_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // A disabled account gets no new session, whatever its password (RELIABILITY.md §1.3).
          before: async (session) => {
            const [row] = await db
              .select({ disabled: schema.user.disabled })
              .from(schema.user)
              .where(eq(schema.user.id, session.userId));
            if (!row || row.disabled) throw new APIError("UNAUTHORIZED", { message: "ACCOUNT_DISABLED" });
          },
        },
      },
    },
    plugins: [
      twoFactor({
        issuer: "Khuyến công",
        skipVerificationOnEnable: false,
        // Wrong codes lock the account's second step like wrong passwords lock its first (consecutive failures).
        accountLockout: {
          enabled: true,
          maxFailedAttempts: options.signInLimits.accountMaxFailures,
          durationSeconds: options.signInLimits.windowSeconds,
        },
      }),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;
