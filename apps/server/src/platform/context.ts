import type { Logger } from "pino";
import type { Db, DbKind } from "../db/client";
import type { Actor } from "./actor";
import type { Auth, SignInLimits } from "./auth";
import type { Caches } from "./cache";
import type { CachePeers } from "./cache-peers";
import type { JobQueue } from "./jobs/job-types";
import type { Mailer } from "./mail/mailer";

// Actor and SignInLimits live beside the code that needs them without the rest of the context (the session cache,
// the auth set-up), so neither imports this file back; they are re-exported here for every other reader.
export type { Actor, SignInLimits };

/** Who may read /metrics: a bearer token, or an exact client address. Neither configured: /metrics is off. */
export type MetricsAccess = { token: string | null; allow: string[] };

export type AppConfig = {
  publicUrl: string;
  trustedOrigins: string[];
  secureCookies: boolean;
  clientIpHeader: string;
  maxJsonBytes: number;
  maxUploadBytes: number;
  sessionMaxHours: number;
  /** Failed sign-ins allowed per account and per client address within a window (modules/auth/sign-in-limits.ts). */
  signInLimits: SignInLimits;
  /** Minutes a password reset link stays valid (modules/auth/password-reset.ts). */
  passwordResetMinutes: number;
  /** Requests per minute and client address on /api/public. */
  publicRateLimitPerMinute: number;
  webDist: string | null;
  /** Who may read /metrics (platform/metrics.ts); absent or empty: /metrics answers 404. */
  metrics?: MetricsAccess;
  /**
   * Ed25519 private key (PEM) that signs certificate QR codes, from CERTIFICATE_SIGNING_KEY(_FILE). Absent in demo
   * and development: the certificates module then generates one and keeps it in the database (decision 0016).
   */
  certificateSigningKeyPem?: string;
  /**
   * Reports owed and their reminders (modules/reports/report-obligations.queries.ts): the first due day counted
   * and the reminder days relative to the due day. Absent: 1/1/2026 and −7, −1, +1, +7.
   */
  reportObligations?: { countFrom: string; reminderOffsets: readonly number[] };
};

export type AppDeps = {
  db: Db;
  dbKind: DbKind;
  auth: Auth;
  caches: Caches;
  /** The other processes on the same PostgreSQL, told of every cache a write clears; absent on PGlite (one process). */
  cachePeers?: CachePeers;
  /** Long work in the `job` table, run by whichever process takes it (platform/jobs). */
  jobs: JobQueue;
  logger: Logger;
  /** SMTP, or the server log in demo mode (platform/mail/mailer.ts). */
  mailer: Mailer;
  config: AppConfig;
  /** Clock used for session lifetimes and audit; tests move it forward. */
  now: () => Date;
  isReady: () => boolean;
};

/** What a request carries through the middleware chain. */
export type RequestMeta = { requestId: string; ip: string | null; userAgent: string | null };

export type AppEnv = {
  Variables: {
    requestId: string;
    logger: Logger;
    deps: AppDeps;
    actor: Actor | null;
    clientIp: string | null;
  };
};
