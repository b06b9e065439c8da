import { sql } from "drizzle-orm";
import type { Store } from "hono-rate-limiter";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import { rowsOf } from "../db/rows";
import type { AppEnv } from "./context";

/**
 * The public API's hit counter in PostgreSQL, shared by every server process on the database: N processes behind
 * a balancer allow the limit once, not N times. Fixed windows on the database's clock (the processes' clocks need
 * not agree); one statement per counted request (an upsert that answers the new count), and at most once a window
 * per process one more that deletes the windows that have ended.
 */
export function sharedRateLimitStore(
  db: Db,
  options: { windowMs: number; logger: Pick<Logger, "warn"> },
): Store<AppEnv> {
  const windowSeconds = options.windowMs / 1000;
  let lastPruned = 0;
  const prune = () => {
    const now = Date.now();
    if (now - lastPruned < options.windowMs) return;
    lastPruned = now;
    db.execute(
      sql`DELETE FROM public_rate_limit_hit WHERE window_start < now() - make_interval(secs => ${windowSeconds})`,
    ).catch((error: unknown) => options.logger.warn({ err: error }, "pruning the public rate limit failed"));
  };
  return {
    localKeys: false,
    increment: async (key) => {
      const rows = rowsOf<{ hits: number; reset_ms: string | number }>(
        await db.execute(sql`
          INSERT INTO public_rate_limit_hit AS h (client_key, window_start, hits)
          VALUES (${key}, date_bin(make_interval(secs => ${windowSeconds}), now(), 'epoch'::timestamptz), 1)
          ON CONFLICT (client_key, window_start) DO UPDATE SET hits = h.hits + 1
          RETURNING h.hits, (extract(epoch FROM h.window_start) + ${windowSeconds}) * 1000 AS reset_ms`),
      );
      prune();
      const row = rows[0];
      return { totalHits: row?.hits ?? 1, resetTime: row ? new Date(Number(row.reset_ms)) : undefined };
    },
    decrement: async (key) => {
      await db.execute(sql`
        UPDATE public_rate_limit_hit SET hits = hits - 1
        WHERE client_key = ${key}
          AND window_start = date_bin(make_interval(secs => ${windowSeconds}), now(), 'epoch'::timestamptz)
          AND hits > 0`);
    },
    resetKey: async (key) => {
      await db.execute(sql`DELETE FROM public_rate_limit_hit WHERE client_key = ${key}`);
    },
  };
}
