import autocannon, { type AutocannonResult } from "autocannon";

export type LoadOptions = {
  url: string;
  headers?: Record<string, string>;
  /**
   * Paths (with query strings) taken in turn, one per request, instead of the url's own path: for answers the
   * server does not cache, so every request is a different query.
   */
  paths?: readonly string[];
  connections: number;
  /** Seconds of measured load, after a short unmeasured warm-up (JIT, connection pools, caches). */
  durationSeconds: number;
  warmupSeconds: number;
};

export type LoadFigures = {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  total: number;
  /** Exact percentiles of the 2xx answers of the measured run, in fractional milliseconds. */
  latency: { p50Ms: number; p95Ms: number; p99Ms: number; maxMs: number };
  /** Non-2xx answers, socket errors and timeouts: any of them means the figure is not of the intended route. */
  problems: string | null;
};

/** The value below which `share` of the sorted samples lie (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Runs autocannon in this process (the server is another process) and keeps the figures we report. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.url)) {
    throw new Error(`benchmarks only load the local machine, not ${options.url}`);
  }
  const paths = options.paths ?? [];
  let next = 0;
  const instance = autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    warmup: { connections: options.connections, duration: options.warmupSeconds },
    ...(paths.length > 0
      ? {
          requests: [
            {
              setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length] as string }),
            },
          ],
        }
      : {}),
  });
  const samples: number[] = [];
  instance.on("response", (_client, statusCode, _bytes, responseTimeMs) => {
    if (statusCode >= 200 && statusCode < 300) samples.push(responseTimeMs);
  });
  const result: AutocannonResult = await instance;
  const issues: string[] = [];
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodeStats)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, { count }]) => `${count}× ${code}`);
    issues.push(`non-2xx: ${codes.join(", ") || result.non2xx}`);
  }
  if (result.errors > 0) issues.push(`${result.errors} errors`);
  if (result.timeouts > 0) issues.push(`${result.timeouts} timeouts`);
  samples.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    latency: {
      p50Ms: percentile(samples, 0.5),
      p95Ms: percentile(samples, 0.95),
      p99Ms: percentile(samples, 0.99),
      maxMs: samples[samples.length - 1] ?? Number.NaN,
    },
    problems: issues.length > 0 ? issues.join("; ") : null,
  };
}
