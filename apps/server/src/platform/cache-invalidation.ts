import type { MiddlewareHandler } from "hono";
import type { Caches } from "./cache";
import type { AppEnv } from "./context";
import { forgetSummaryGeneration } from "./summary-generation";

/**
 * The in-process caches a write can make wrong (platform/cache.ts). A write route says which ones its use case
 * invalidates, in its `createRoute({ middleware: [invalidates(…)] })`, instead of app.ts guessing from URLs.
 * - `sessions`: session token → actor (accounts, roles, scopes, two-factor, sign-out);
 * - `reference`: admin units, regions and catalogues, and the dashboard answers that hold their names;
 * - `summary`: the figure summary moved, so the next dashboard request reads its generation again
 *   (decision 0009) instead of trusting the last reading for GENERATION_TRUST_MS.
 */
export type CacheName = "sessions" | "reference" | "summary";

const clear: Record<CacheName, (caches: Caches) => void> = {
  sessions: (caches) => caches.sessions.clear(),
  reference: (caches) => {
    caches.reference.clear();
    caches.views.clear();
    forgetSummaryGeneration(caches.views);
  },
  summary: (caches) => forgetSummaryGeneration(caches.views),
};

/**
 * Route middleware: once the handler has answered successfully, clear the named caches. The use case has
 * committed by then, so no concurrent request can re-cache the old state after the clearing; a refused or failed
 * write (4xx, 5xx) clears nothing.
 */
export function invalidates(...names: CacheName[]): MiddlewareHandler<AppEnv> & { invalidates: CacheName[] } {
  const middleware: MiddlewareHandler<AppEnv> = async (c, next) => {
    await next();
    if (c.res.status >= 400) return;
    const { caches } = c.get("deps");
    for (const name of names) clear[name](caches);
  };
  // Named on the handler so a test can read every route's declaration from the app's route table.
  return Object.assign(middleware, { invalidates: names });
}
