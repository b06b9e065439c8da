import { LRUCache } from "lru-cache";
import type { Actor } from "./actor";

/**
 * The only in-memory state of the server: short-lived caches that make the hot paths cheap (RELIABILITY goals:
 * ≥ 1,000 authenticated req/s). Every write that could make an entry wrong clears the cache in this process; other
 * processes behind a load balancer converge within the TTL, which is why the session TTL is seconds.
 */
export type CachedSession = { actor: Actor; createdAt: number; expiresAt: number };

export type TtlCache<V extends {}> = {
  /** False when configured off (TTL 0): callers can skip the work of filling it. */
  enabled: boolean;
  get: (key: string) => V | undefined;
  set: (key: string, value: V) => void;
  clear: () => void;
};

function ttlCache<V extends {}>(ttlSeconds: number, max: number): TtlCache<V> {
  if (ttlSeconds <= 0) return { enabled: false, get: () => undefined, set: () => {}, clear: () => {} };
  const cache = new LRUCache<string, V>({ max, ttl: ttlSeconds * 1000, ttlAutopurge: false });
  return {
    enabled: true,
    get: (key) => cache.get(key),
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
   * Public certificate answers (verification page, catalogue), at most 30 s: a revocation clears them in this
   * process, other processes and the CDN (max-age 60) show it within a minute.
   */
  publicCertificates: TtlCache<object>;
};

export function createCaches(options: { sessionSeconds: number; referenceSeconds: number }): Caches {
  return {
    sessions: ttlCache<CachedSession>(options.sessionSeconds, 10_000),
    reference: ttlCache<object>(options.referenceSeconds, 2_000),
    views: ttlCache<object>(options.referenceSeconds, 500),
    publicCertificates: ttlCache<object>(Math.min(options.referenceSeconds, 30), 20_000),
  };
}
