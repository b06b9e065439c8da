import { sql } from "drizzle-orm";
import type { Store } from "hono-rate-limiter";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import { rowsOf } from "../db/rows";
import type { AppEnv } from "./context";

/**
 * The public API's hit counter in PostgreSQL, shared by every server process on the database: N processes behind
 * a balancer allow the limit once, not N times. An address's window starts at its first hit and lasts windowMs on
 * the database's clock (the processes' clocks need not agree). One statement per counted request: an upsert that
 * starts a new window when the old one has ended and answers the count; and, at most once a window per process,
 * one more that deletes the addresses whose window has ended.
 */
export function sharedRateLimitStore(
  db: Db,
  options: { windowMs: number; logger: Pick<Logger, "warn"> },
): Store<AppEnv> {
  const windowSeconds = options.windowMs / 1000;
  const window = sql`make_interval(secs => ${windowSeconds})`;
  let lastPruned = 0;
  // Awaited on the request that finds it due (once a window per process), so it never races the counting.
  const pruneWhenDue = async () => {
    const now = Date.now();
    if (now - lastPruned < options.windowMs) return;
    lastPruned = now;
    try {
      await db.execute(sql`DELETE FROM public_rate_limit_hit WHERE window_start <= now() - ${window}`);
    } catch (error) {
      options.logger.warn({ err: error }, "pruning the public rate limit failed");
    }
  };
  return {
    localKeys: false,
    increment: async (key) => {
      const rows = rowsOf<{ hits: number; reset_ms: string | number }>(
        await db.execute(sql`
          INSERT INTO public_rate_limit_hit AS h (client_key, window_start, hits) VALUES (${key}, now(), 1)
          ON CONFLICT (client_key) DO UPDATE SET
            hits = CASE WHEN h.window_start > now() - ${window} THEN h.hits + 1 ELSE 1 END,
            window_start = CASE WHEN h.window_start > now() - ${window} THEN h.window_start ELSE now() END
          RETURNING h.hits, extract(epoch FROM h.window_start + ${window}) * 1000 AS reset_ms`),
      );
      await pruneWhenDue();
      const row = rows[0];
      return { totalHits: row?.hits ?? 1, resetTime: row ? new Date(Number(row.reset_ms)) : undefined };
    },
    decrement: async (key) => {
      await db.execute(
        sql`UPDATE public_rate_limit_hit SET hits = hits - 1 WHERE client_key = ${key} AND hits > 0`,
      );
    },
    resetKey: async (key) => {
      await db.execute(sql`DELETE FROM public_rate_limit_hit WHERE client_key = ${key}`);
    },
  };
}
