import { timingSafeEqual } from "node:crypto";
import { sql } from "drizzle-orm";
import type { MiddlewareHandler } from "hono";
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import { poolUsageOf } from "../db/client";
import { rowsOf } from "../db/rows";
import type { Caches } from "./cache";
import type { AppDeps, AppEnv } from "./context";
import { AppError, problemResponse } from "./errors";

// Node's own figures (memory, event loop, GC) are the process's, not an application's: registered once, however
// many applications a test process builds, and merged into each scrape.
let processRegistry: Registry | null = null;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/**
 * The application's metrics in Prometheus format (prom-client): request durations by route pattern (never the raw
 * path, whose ids would make a series per record), database pool usage, cache hit counts per cache, the
 * invalidations heard from other processes, and the job queue read from the `job` table with one query at scrape
 * time.
 */
export function createMetrics(deps: Pick<AppDeps, "db" | "caches" | "cachePeers">) {
  const registry = new Registry();
  const requestDuration = new Histogram({
    name: "kc_http_request_duration_seconds",
    help: "Duration of HTTP requests by method, route pattern and status",
    labelNames: ["method", "route", "status"] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new Gauge({
    name: "kc_db_pool_connections",
    help: "PostgreSQL pool connections: total open, idle, and requests waiting for one",
    labelNames: ["state"] as const,
    registers: [registry],
    collect() {
      const usage = poolUsageOf(deps.db);
      if (!usage) return;
      this.set({ state: "total" }, usage.total);
      this.set({ state: "idle" }, usage.idle);
      this.set({ state: "waiting" }, usage.waiting);
    },
  });
  new Counter({
    name: "kc_cache_lookups_total",
    help: "Lookups in each in-memory cache, answered from it (hit) or not (miss)",
    labelNames: ["cache", "result"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [name, cache] of Object.entries(deps.caches) as [keyof Caches, Caches[keyof Caches]][]) {
        this.inc({ cache: name, result: "hit" }, cache.stats.hits);
        this.inc({ cache: name, result: "miss" }, cache.stats.misses);
      }
    },
  });
  new Counter({
    name: "kc_cache_invalidations_heard_total",
    help: "Cache invalidations heard from other server processes (PostgreSQL NOTIFY), by cache name",
    labelNames: ["cache"] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [name, count] of Object.entries(deps.cachePeers?.heard ?? {}))
        this.inc({ cache: name }, count);
    },
  });
  const queue = new Gauge({
    name: "kc_jobs",
    help: "Jobs waiting (QUEUED) or running (RUNNING)",
    labelNames: ["status"] as const,
    registers: [registry],
  });
  const oldest = new Gauge({
    name: "kc_job_oldest_age_seconds",
    help: "Age of the oldest job in each unfinished status, from its creation (0 when there is none)",
    labelNames: ["status"] as const,
    registers: [registry],
  });

  const readQueue = async () => {
    const rows = rowsOf<{ status: string; jobs: number; age: number | string | null }>(
      await deps.db.execute(sql`
        SELECT status, count(*)::int AS jobs, extract(epoch FROM now() - min(created_at))::float8 AS age
        FROM job WHERE status IN ('QUEUED', 'RUNNING') GROUP BY status`),
    );
    for (const status of ["QUEUED", "RUNNING"]) {
      const row = rows.find((r) => r.status === status);
      queue.set({ status }, row?.jobs ?? 0);
      oldest.set({ status }, Math.max(0, Number(row?.age ?? 0)));
    }
  };

  /** Times every request under the route pattern it matched. */
  const timing: MiddlewareHandler<AppEnv> = async (c, next) => {
    const stop = requestDuration.startTimer();
    try {
      await next();
    } finally {
      stop({ method: c.req.method, route: c.req.routePath, status: String(c.res.status) });
    }
  };

  const render = async () => {
    await readQueue();
    const merged = Registry.merge([processMetrics(), registry]);
    return { body: await merged.metrics(), contentType: merged.contentType };
  };
  return { timing, render };
}

/** GET /metrics: off (404) unless configured; otherwise only for the token or an allowed client address. */
export function metricsHandler(metrics: ReturnType<typeof createMetrics>): MiddlewareHandler<AppEnv> {
  return async (c) => {
    const access = c.get("deps").config.metrics;
    if (!access || (!access.token && access.allow.length === 0))
      return problemResponse(c, new AppError("NOT_FOUND"));
    const ip = c.get("clientIp");
    const byAddress = ip !== null && access.allow.includes(ip);
    if (!byAddress && !bearerMatches(c.req.header("authorization"), access.token))
      return problemResponse(c, new AppError("FORBIDDEN"));
    const { body, contentType } = await metrics.render();
    return c.body(body, 200, { "content-type": contentType, "cache-control": "no-store" });
  };
}

function bearerMatches(header: string | undefined, token: string | null): boolean {
  if (!token) return false;
  const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(header ?? "")?.[1]?.trim() ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
