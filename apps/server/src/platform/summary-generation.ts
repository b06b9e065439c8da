// The process's last reading of the figure-summary generation, per dashboard answers cache (decision 0009). It
// lives in platform/ because a write route's cache invalidation (cache-invalidation.ts) forgets it, and platform/
// imports no module; the dashboard's view cache (modules/dashboard/view-cache.ts) reads and records it.

/** Per answers cache: the last reading of the generation, and how many writes of this process forgot one. */
export type Readings = { last: { generation: string; at: number } | null; forgotten: number };
const readingsOf = new WeakMap<object, Readings>();

export function readings(cache: object): Readings {
  const known = readingsOf.get(cache);
  if (known) return known;
  const fresh: Readings = { last: null, forgotten: 0 };
  readingsOf.set(cache, fresh);
  return fresh;
}

/** After a write through this process: the next dashboard request reads the generation again. */
export function forgetSummaryGeneration(cache: object): void {
  const state = readings(cache);
  state.last = null;
  state.forgotten++;
}
