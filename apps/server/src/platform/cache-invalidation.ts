import type { MiddlewareHandler } from "hono";
import { type CacheName, clearCaches } from "./cache";
import type { AppDeps, AppEnv } from "./context";

/**
 * The caches a write can make wrong (platform/cache.ts, `CacheName`). A write route says which ones its use case
 * invalidates, in its `createRoute({ middleware: [invalidates(…)] })`, instead of app.ts guessing from URLs.
 */
export type { CacheName };

/**
 * Route middleware: once the handler has answered successfully, clear the named caches in this process and tell
 * the other processes (platform/cache-peers.ts). The use case has committed by then, so no concurrent request can
 * re-cache the old state after the clearing; a refused or failed write (4xx, 5xx) clears nothing. The answer waits
 * for the notification to be sent, so when the writer sees it, every other process is about to hear it.
 */
export function invalidates(...names: CacheName[]): MiddlewareHandler<AppEnv> & { invalidates: CacheName[] } {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    await invalidateCaches(c.get("deps"), names);
  };
  // Named on the handler so a test can read every route's declaration from the app's route table.
  return Object.assign(middleware, { invalidates: names });
}

/** Clears the named caches here and, on PostgreSQL, in every process listening on the same database. */
export async function invalidateCaches(
  deps: Pick<AppDeps, "caches" | "cachePeers">,
  names: readonly CacheName[],
): Promise<void> {
  clearCaches(deps.caches, names);
  await deps.cachePeers?.publish(names);
}
