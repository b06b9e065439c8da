import type { Context } from "hono";
import type { AppEnv } from "./context";

/**
 * Answers a read of reference data from the cache when the same URL was answered recently. The key is the whole
 * path and query, so different dates or filters never share an entry. Only for data that is the same for every
 * caller (reference data has no data scope).
 */
export async function cachedAnswer<T extends object>(
  c: Context<AppEnv>,
  compute: () => Promise<T>,
): Promise<T> {
  const cache = c.get("deps").caches.reference;
  const url = new URL(c.req.url);
  url.searchParams.sort();
  const key = `${url.pathname}?${url.searchParams}`;
  const hit = cache.get(key) as T | undefined;
  if (hit) return hit;
  const value = await compute();
  cache.set(key, value);
  return value;
}
