import { describeError } from "./registry-common";
import { sleep } from "./server-process";

/** One probe: a path asked one request at a time, every `PROBE_PAUSE_MS`, while some work runs. */
export type Probe = { name: string; path: string; cookie?: string };
export type ProbeStats = {
  requests: number;
  longestMs: number;
  busy: number;
  failed: number;
  lastFailure: string;
};

const PROBE_PAUSE_MS = 100;

/**
 * Measures how long other requests wait while the server does some long work (issue: an import on the embedded
 * database must not make anyone wait more than 2 s). Each probe's longest request counts, whatever its answer: a
 * 503 "busy" after 1.5 s is a wait of 1.5 s; a request that fails counts its time until it failed.
 */
export function probeResponsiveness(baseUrl: string, probes: Probe[]) {
  let stopped = false;
  const stats = new Map<string, ProbeStats>(
    probes.map((p) => [p.name, { requests: 0, longestMs: 0, busy: 0, failed: 0, lastFailure: "" }]),
  );
  const loops = probes.map(async (probe) => {
    const mine = stats.get(probe.name) as ProbeStats;
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}${probe.path}`, {
          headers: probe.cookie ? { cookie: probe.cookie } : {},
          signal: AbortSignal.timeout(300_000),
        });
        const text = await response.text();
        if (response.status === 503 && text.includes("DATABASE_BUSY")) mine.busy++;
        else if (response.status !== 200) {
          mine.failed++;
          mine.lastFailure = `${response.status} ${text.slice(0, 120)}`;
        }
      } catch (error) {
        mine.failed++;
        mine.lastFailure = describeError(error);
      }
      mine.requests++;
      mine.longestMs = Math.max(mine.longestMs, performance.now() - started);
      await sleep(PROBE_PAUSE_MS);
    }
  });
  return {
    /** Stops the probes (each finishes the request it is in) and returns their figures. */
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return stats;
    },
  };
}
