import type { DataScope, RoleCode } from "@kc/domain";
import type { Logger } from "pino";
import type { Db, DbKind } from "../db/client";
import type { Auth } from "./auth";
import type { Caches } from "./cache";

/** The signed-in user as every policy and use case sees it. */
export type Actor = {
  userId: string;
  email: string;
  name: string;
  role: RoleCode;
  scope: DataScope;
  organisationId: string | null;
  sessionId: string;
  twoFactorEnabled: boolean;
};

export type SignInLimits = { accountMaxFailures: number; addressMaxFailures: number; windowSeconds: number };

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
  /** Requests per minute and client address on /api/public. */
  publicRateLimitPerMinute: number;
  webDist: string | null;
};

export type AppDeps = {
  db: Db;
  dbKind: DbKind;
  auth: Auth;
  caches: Caches;
  logger: Logger;
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
