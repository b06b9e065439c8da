import { sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { TtlCache } from "../../platform/cache";
import type { AppEnv } from "../../platform/context";
import { forgetSummaryGeneration, readings } from "../../platform/summary-generation";
import type { DashboardScope } from "./dashboard-scope";

/**
 * Dashboard answers kept against the summary generation (decision 0009). The generation is read first and the
 * figures after it, so a kept answer is never older than the generation it is filed under; once any write to the
 * summary commits, the generation has moved and the next request computes again (for a write by another process:
 * the first request after GENERATION_TRUST_MS). The scope check stays on every
 * request: the cache is only consulted for a scope the actor has already been allowed. A request that says
 * `Cache-Control: no-cache` (a browser's hard reload) is computed from the summary and kept for the next one.
 */
export async function cachedView<T extends object>(
  db: Db,
  cache: TtlCache<object>,
  request: { key: string; noCache: boolean; now: number },
  compute: () => Promise<T>,
): Promise<T> {
  if (!cache.enabled) return compute();
  const generation = await currentGeneration(db, cache, request.now);
  const kept = request.noCache
    ? undefined
    : (cache.get(request.key) as { generation: string; view: T } | undefined);
  if (kept?.generation === generation) return kept.view;
  const view = await compute();
  cache.set(request.key, { generation, view });
  return view;
}

/**
 * A generation read is trusted for this long (decision 0009): a write committed by another process is seen within
 * it, and one made through this process at the next request (forgetSummaryGeneration). Without it every kept
 * answer paid a database round trip, whose tail on a loaded machine (2–4 ms at p95) is longer than the small
 * views' own queries.
 */
export { forgetSummaryGeneration };

export const GENERATION_TRUST_MS = 100;

async function currentGeneration(db: Db, cache: object, now: number): Promise<string> {
  const state = readings(cache);
  const age = state.last ? now - state.last.at : Number.POSITIVE_INFINITY;
  if (state.last && age >= 0 && age < GENERATION_TRUST_MS) return state.last.generation;
  const forgottenBefore = state.forgotten;
  const generation = await summaryGeneration(db);
  // A write that committed while this read was on its way must not be hidden behind it; its age counts from
  // before the read.
  if (state.forgotten === forgottenBefore) state.last = { generation, at: now };
  return generation;
}

export async function summaryGeneration(db: Db): Promise<string> {
  const rows = rowsOf<{ generation: string }>(
    await db.execute(sql`SELECT generation::text AS generation FROM figure_summary_generation`),
  );
  return rows[0]?.generation ?? "none";
}

/**
 * What a view's answer depends on besides the generation (the view, the resolved scope and the query), and
 * whether the request asked not to be answered from a cache.
 */
export function viewRequest(c: Context<AppEnv>, view: string, scope: DashboardScope, query: object) {
  return {
    key: `${view}|${scope.level}|${scope.region ?? ""}|${scope.unit ?? ""}|${JSON.stringify(query)}`,
    noCache: /\bno-cache\b/i.test(c.req.header("cache-control") ?? ""),
    now: c.get("deps").now().getTime(),
  };
}
