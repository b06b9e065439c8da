import { integer, pgTable, text } from "drizzle-orm/pg-core";
import { at } from "./columns";

/**
 * Hits of the public API per client address in its current window, which starts at the address's first hit
 * (platform/shared-rate-limit.ts). Shared by every server process on one PostgreSQL, so N processes behind a
 * balancer do not allow N times the limit. UNLOGGED (edited into its migration): a count lost in a crash only
 * forgives one window, and counting a hit writes no WAL.
 */
export const publicRateLimitHit = pgTable("public_rate_limit_hit", {
  clientKey: text("client_key").primaryKey(),
  windowStart: at("window_start").notNull(),
  hits: integer("hits").notNull(),
});
