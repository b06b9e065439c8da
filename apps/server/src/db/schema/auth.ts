import type { RoleCode } from "@kc/domain";
import { sql } from "drizzle-orm";
import { bigint, boolean, check, index, integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";
import { isNfc } from "./checks";

/**
 * Tables read and written by better-auth (the keys are its field names), plus the profile columns of this
 * application on `user`: role, data scope, organisation, disabled flag and version. better-auth never writes the
 * profile columns; use cases do, inside their own transaction with an audit row.
 */
const timestamps = {
  createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true, mode: "date" }).notNull().defaultNow(),
};

export const user = pgTable(
  "user",
  {
    id: text("id").primaryKey(),
    name: text("name").notNull(),
    email: text("email").notNull().unique(),
    emailVerified: boolean("email_verified").notNull().default(false),
    image: text("image"),
    twoFactorEnabled: boolean("two_factor_enabled").notNull().default(false),
    ...timestamps,
    role: text("role").$type<RoleCode>().notNull(),
    scopeKind: text("scope_kind").notNull(),
    scopeRegionCode: text("scope_region_code"),
    scopeProvinceId: text("scope_province_id"),
    scopeOrganisationId: text("scope_organisation_id"),
    organisationId: text("organisation_id"),
    disabled: boolean("disabled").notNull().default(false),
    /** Set when an administrator chose the password (creation, reset); cleared when the user picks their own. */
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true, mode: "date" }),
    searchText: text("search_text").notNull().default(""),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("user_scope_province_idx").on(t.scopeProvinceId),
    index("user_search_trgm_idx").using("gin", sql`${t.searchText} gin_trgm_ops`),
    check("user_name_nfc", isNfc(t.name)),
  ],
);

export const session = pgTable(
  "session",
  {
    id: text("id").primaryKey(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    token: text("token").notNull().unique(),
    ...timestamps,
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
  },
  (t) => [index("session_user_idx").on(t.userId)],
);

export const account = pgTable(
  "account",
  {
    id: text("id").primaryKey(),
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamp("access_token_expires_at", { withTimezone: true, mode: "date" }),
    refreshTokenExpiresAt: timestamp("refresh_token_expires_at", { withTimezone: true, mode: "date" }),
    scope: text("scope"),
    password: text("password"),
    ...timestamps,
  },
  (t) => [index("account_user_idx").on(t.userId)],
);

export const verification = pgTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
  ...timestamps,
});

export const twoFactor = pgTable(
  "two_factor",
  {
    id: text("id").primaryKey(),
    secret: text("secret").notNull(),
    backupCodes: text("backup_codes").notNull(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    verified: boolean("verified").notNull().default(true),
    failedVerificationCount: integer("failed_verification_count").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("two_factor_user_idx").on(t.userId), index("two_factor_secret_idx").on(t.secret)],
);

export const rateLimit = pgTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: bigint("last_request", { mode: "number" }).notNull(),
});

/**
 * Failed sign-in attempts in the current window, one row per account (`account:<e-mail>`) and per client address
 * (`address:<ip>`), so that the limits hold across server processes (modules/auth/sign-in-limits.ts). Correct
 * sign-ins are never counted; the window starts at the first failure and a row whose window has passed is
 * restarted or swept.
 */
export const signInFailure = pgTable(
  "sign_in_failure",
  {
    key: text("key").primaryKey(),
    windowStartedAt: timestamp("window_started_at", { withTimezone: true, mode: "date" }).notNull(),
    failures: integer("failures").notNull(),
  },
  (t) => [
    index("sign_in_failure_window_idx").on(t.windowStartedAt),
    check("sign_in_failure_failures_check", sql`${t.failures} >= 0`),
  ],
);

/**
 * Password reset links sent by e-mail (modules/auth/password-reset.ts). Only the SHA-256 of the token is stored,
 * so a copy of the database cannot be used to reset anyone's password; a token works once and until `expiresAt`.
 */
export const passwordResetToken = pgTable(
  "password_reset_token",
  {
    tokenHash: text("token_hash").primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "date" }).notNull(),
    expiresAt: timestamp("expires_at", { withTimezone: true, mode: "date" }).notNull(),
    usedAt: timestamp("used_at", { withTimezone: true, mode: "date" }),
  },
  (t) => [index("password_reset_token_user_idx").on(t.userId)],
);
