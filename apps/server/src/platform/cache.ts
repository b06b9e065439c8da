import { LRUCache } from "lru-cache";
import type { Actor } from "./actor";
import { forgetSummaryGeneration } from "./summary-generation";

/**
 * The only in-memory state of the server: short-lived caches that make the hot paths cheap (RELIABILITY goals:
 * ≥ 1,000 authenticated req/s). Every write that could make an entry wrong clears the cache in this process and,
 * on PostgreSQL, in every other process through a notification (platform/cache-peers.ts, decision 0019); the TTLs
 * only bound what a process misses while it cannot hear the others.
 */
export type CachedSession = { actor: Actor; createdAt: number; expiresAt: number };

export type TtlCache<V extends {}> = {
  /** False when configured off (TTL 0): callers can skip the work of filling it. */
  enabled: boolean;
  get: (key: string) => V | undefined;
  set: (key: string, value: V) => void;
  clear: () => void;
  /** Lookups answered from the cache and not, since the start (read by /metrics). */
  readonly stats: { hits: number; misses: number };
};

function ttlCache<V extends {}>(ttlSeconds: number, max: number): TtlCache<V> {
  const stats = { hits: 0, misses: 0 };
  if (ttlSeconds <= 0) return { enabled: false, get: () => undefined, set: () => {}, clear: () => {}, stats };
  const cache = new LRUCache<string, V>({ max, ttl: ttlSeconds * 1000, ttlAutopurge: false });
  return {
    enabled: true,
    stats,
    get: (key) => {
      const value = cache.get(key);
      if (value === undefined) stats.misses++;
      else stats.hits++;
      return value;
    },
    set: (key, value) => void cache.set(key, value),
    clear: () => cache.clear(),
  };
}

export type Caches = {
  /** Session token → actor, so a request costs no database round trip for its session. */
  sessions: TtlCache<CachedSession>;
  /** Reference-data answers (admin units, regions, catalogues), cleared by every reference write. */
  reference: TtlCache<object>;
  /**
   * Dashboard answers, each kept with the summary generation it was computed at and served only while the
   * generation is unchanged (decision 0009); they also hold admin-unit names, so they live as long as reference
   * answers and are cleared with them.
   */
  views: TtlCache<object>;
  /**
   * Public certificate answers (verification page, catalogue), at most 30 s: an issue or a revocation clears them
   * in every process; the CDN (max-age 60) shows it within a minute.
   */
  publicCertificates: TtlCache<object>;
  /**
   * The score sheets of rounds whose scoring is closed, keyed by round and closing time: frozen while that key
   * stands (a round sent back to judging loses its closing time, a new closing is a new key), so no write clears
   * them. A round of 300 entries and 13 jurors reads 3,900 sheets and 31,200 scores for every summary otherwise.
   */
  closedScoreSheets: TtlCache<object>;
};

export function createCaches(options: { sessionSeconds: number; referenceSeconds: number }): Caches {
  return {
    sessions: ttlCache<CachedSession>(options.sessionSeconds, 10_000),
    reference: ttlCache<object>(options.referenceSeconds, 2_000),
    views: ttlCache<object>(options.referenceSeconds, 500),
    publicCertificates: ttlCache<object>(Math.min(options.referenceSeconds, 30), 20_000),
    closedScoreSheets: ttlCache<object>(options.referenceSeconds, 20),
  };
}

/**
 * What a write can make wrong, by name (a write route declares them: platform/cache-invalidation.ts):
 * - `sessions`: session token → actor (accounts, roles, scopes, two-factor, sign-out);
 * - `reference`: admin units, regions and catalogues, and the dashboard answers that hold their names;
 * - `summary`: the figure summary moved, so the next dashboard request reads its generation again
 *   (decision 0009) instead of trusting the last reading for GENERATION_TRUST_MS;
 * - `publicCertificates`: a certificate was issued or revoked.
 */
export type CacheName = "sessions" | "reference" | "summary" | "publicCertificates";

const clearers: Record<CacheName, (caches: Caches) => void> = {
  sessions: (caches) => caches.sessions.clear(),
  reference: (caches) => {
    caches.reference.clear();
    caches.views.clear();
    forgetSummaryGeneration(caches.views);
  },
  summary: (caches) => forgetSummaryGeneration(caches.views),
  publicCertificates: (caches) => caches.publicCertificates.clear(),
};

export const cacheNames = Object.keys(clearers) as CacheName[];

/** Clears the named caches of this process only (a write of this process, or a notification from another). */
export function clearCaches(caches: Caches, names: readonly CacheName[]): void {
  for (const name of names) clearers[name](caches);
}
