import { integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { at } from "./columns";

/**
 * Hits of the public API per client address and fixed window, shared by every server process on one PostgreSQL
 * (platform/shared-rate-limit.ts), so N processes behind a balancer do not allow N times the limit. UNLOGGED
 * (edited into its migration): a count lost in a crash only forgives one window, and no hit writes the WAL.
 */
export const publicRateLimitHit = pgTable(
  "public_rate_limit_hit",
  {
    clientKey: text("client_key").notNull(),
    windowStart: at("window_start").notNull(),
    hits: integer("hits").notNull(),
  },
  (t) => [primaryKey({ columns: [t.clientKey, t.windowStart] })],
);
