import autocannon, { type AutocannonResult } from "autocannon";

export type LoadOptions = {
  url: string;
  headers?: Record<string, string>;
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
  /** Non-2xx answers, socket errors and timeouts: any of them means the figure is not of the intended route. */
  problems: string | null;
};

/** Runs autocannon in this process (the server is another process) and keeps the figures we report. */
export async function load(options: LoadOptions): Promise<LoadFigures> {
  if (!/^http:\/\/(127\.0\.0\.1|localhost)[:/]/.test(options.url)) {
    throw new Error(`benchmarks only load the local machine, not ${options.url}`);
  }
  const result: AutocannonResult = await autocannon({
    url: options.url,
    headers: options.headers,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 10,
    warmup: { connections: options.connections, duration: options.warmupSeconds },
  });
  const issues: string[] = [];
  if (result.non2xx > 0) {
    const codes = Object.entries(result.statusCodeStats)
      .filter(([code]) => !code.startsWith("2"))
      .map(([code, { count }]) => `${count}× ${code}`);
    issues.push(`non-2xx: ${codes.join(", ") || result.non2xx}`);
  }
  if (result.errors > 0) issues.push(`${result.errors} errors`);
  if (result.timeouts > 0) issues.push(`${result.timeouts} timeouts`);
  return {
    requestsPerSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    total: result.requests.total,
    problems: issues.length > 0 ? issues.join("; ") : null,
  };
}
