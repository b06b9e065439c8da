import { mkdirSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import { startRoundRobinProxy } from "../test/multi-process/round-robin-proxy";
import { load, percentile } from "./load";
import { CATALOGUE_CONNECTIONS, CATALOGUE_PATH, DEMO_SIGN_IN, LOAD } from "./measurements";
import type { Row } from "./report";
import { logFileIn, type RunningServer, signIn, startServer } from "./server-process";

/**
 * Several server processes on one PostgreSQL behind the round-robin proxy of the three-process test (issue 18,
 * "Performance"): req/s and p99 of the signed-in catalogue list and of the national dashboard on 1, 2 and 3
 * processes, and how long a write through one process takes to show on another (the cache notification of
 * decision 0019). On a database of its own in the run's cluster, with the demo data; the servers are the built
 * bundle, as deployed.
 */
export type MultiProcessOptions = {
  /** The cluster's URL (any database of it): a database `kc_bench_multi` is made beside it. */
  clusterUrl: string;
  workDir: string;
  logLevel: string;
  /** Process counts to measure, each behind the proxy (default 1, 2, 3). */
  processCounts?: number[];
  load?: {
    connections: number;
    catalogueConnections: number;
    durationSeconds: number;
    warmupSeconds: number;
  };
  /** Disable/enable rounds timed for the invalidation latency. */
  invalidationRounds?: number;
};

const DASHBOARD_PATH = "/api/v1/dashboard/budget?year=2018&cutoffMonth=12&basis=AS_OF";
const NATIONAL_SIGN_IN = { email: "trunguong@demo.khuyencong.vn", password: DEMO_SIGN_IN.password };
const ADMIN_SIGN_IN = { email: "admin@demo.khuyencong.vn", password: DEMO_SIGN_IN.password };
/** The account disabled and enabled again by the invalidation rounds (its own database: no one else uses it). */
const VICTIM_EMAIL = "hanoi@demo.khuyencong.vn";
/** Every process signs the same cookies. */
const SHARED_SECRET = "bench-multi-process-secret-0123456789-abcdef";

const ms = (value: number) => `${value.toFixed(1)} ms`;
const rate = (value: number) => Math.round(value).toLocaleString("en-US");

export async function measureMultiProcess(options: MultiProcessOptions): Promise<Row[]> {
  const counts = options.processCounts ?? [1, 2, 3];
  const loadSettings = options.load ?? {
    connections: LOAD.connections,
    catalogueConnections: CATALOGUE_CONNECTIONS,
    durationSeconds: LOAD.durationSeconds,
    warmupSeconds: LOAD.warmupSeconds,
  };
  const databaseUrl = await freshDatabase(options.clusterUrl, "kc_bench_multi");
  const servers: RunningServer[] = [];
  const rows: Row[] = [];
  try {
    // One at a time: the first migrates and loads the demo data, the others find it done.
    for (let index = 0; index < Math.max(...counts, 2); index++) {
      const dataDir = join(options.workDir, `multi-${index}`);
      mkdirSync(dataDir, { recursive: true });
      servers.push(
        await startServer({
          env: {
            DATABASE_URL: databaseUrl,
            KC_DEMO: "1",
            KC_DATA_DIR: dataDir,
            KC_AUTH_SECRET: SHARED_SECRET,
            KC_PUBLIC_RATE_LIMIT: "10000000",
          },
          logFile: logFileIn(options.workDir, `multi-${index}`),
          // The first start seeds the demo data: minutes on a loaded machine.
          readyTimeoutMs: index === 0 ? 900_000 : 180_000,
          logLevel: options.logLevel,
        }),
      );
    }
    const first = servers[0] as RunningServer;
    const officer = await signIn(first.baseUrl, DEMO_SIGN_IN.email, DEMO_SIGN_IN.password);
    const national = await signIn(first.baseUrl, NATIONAL_SIGN_IN.email, NATIONAL_SIGN_IN.password);

    for (const count of counts) {
      const behind = servers.slice(0, count);
      const proxy = await startRoundRobinProxy(
        behind.map((server, index) => ({ index, base: server.baseUrl, alive: () => true })),
      );
      try {
        const label = `${count} process${count > 1 ? "es" : ""} behind the proxy`;
        const catalogue = await load({
          url: `${proxy.url}${CATALOGUE_PATH}`,
          headers: { cookie: officer },
          connections: loadSettings.catalogueConnections,
          durationSeconds: loadSettings.durationSeconds,
          warmupSeconds: loadSettings.warmupSeconds,
        });
        const dashboard = await load({
          url: `${proxy.url}${DASHBOARD_PATH}`,
          headers: { cookie: national },
          connections: loadSettings.connections,
          durationSeconds: loadSettings.durationSeconds,
          warmupSeconds: loadSettings.warmupSeconds,
        });
        for (const [what, figures] of [
          ["signed-in catalogue list", catalogue],
          ["national dashboard", dashboard],
        ] as const) {
          rows.push({
            engine: "PostgreSQL",
            metric: `${label}: ${what}, req/s and p99`,
            target: "—",
            measured: `${rate(figures.requestsPerSecond)} req/s, p99 ${ms(figures.latency.p99Ms)}${figures.problems ? ` (${figures.problems})` : ""}`,
            pass: figures.problems ? false : null,
          });
        }
      } finally {
        await proxy.close();
      }
    }
    rows.push(await invalidationLatency(servers, options.invalidationRounds ?? 20));
    return rows;
  } finally {
    await Promise.all(servers.map((server) => server.stop()));
    await dropDatabase(options.clusterUrl, "kc_bench_multi");
  }
}

/**
 * An administrator disables an account through process 0; process 1, which has that account's session in its
 * cache, is asked `GET /me` until it refuses (each ask is a full request, so the figure is exact to about one
 * request's time). Then the account is enabled again and signed in anew for the next round.
 */
async function invalidationLatency(servers: RunningServer[], rounds: number): Promise<Row> {
  const [writer, reader] = servers as [RunningServer, RunningServer];
  const admin = await signIn(writer.baseUrl, ADMIN_SIGN_IN.email, ADMIN_SIGN_IN.password);
  const call = (base: string, path: string, cookie: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method: body === undefined ? "GET" : "POST",
      headers: {
        cookie,
        "x-requested-with": "khuyencong",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const victimRecord = async () => {
    const list = (await (
      await call(writer.baseUrl, `/api/v1/users?q=${encodeURIComponent(VICTIM_EMAIL)}`, admin)
    ).json()) as { items: { id: string; email: string; version: number }[] };
    const found = list.items.find((item) => item.email === VICTIM_EMAIL);
    if (!found) throw new Error(`no account ${VICTIM_EMAIL}`);
    return found;
  };
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const victim = await signIn(writer.baseUrl, VICTIM_EMAIL, DEMO_SIGN_IN.password);
    // Twice, so the second answer comes from the reader's session cache.
    for (let i = 0; i < 2; i++)
      if ((await call(reader.baseUrl, "/api/v1/me", victim)).status !== 200)
        throw new Error("the reader did not accept the fresh session");
    const record = await victimRecord();
    const disabled = await call(writer.baseUrl, `/api/v1/users/${record.id}/disable`, admin, {
      version: record.version,
    });
    if (disabled.status !== 200) throw new Error(`disable answered ${disabled.status}`);
    const answered = performance.now();
    for (let asks = 0; ; asks++) {
      if ((await call(reader.baseUrl, "/api/v1/me", victim)).status === 401) break;
      if (asks > 10_000) throw new Error("the reader never refused the disabled account");
    }
    latencies.push(performance.now() - answered);
    const again = await victimRecord();
    const enabled = await call(writer.baseUrl, `/api/v1/users/${again.id}/enable`, admin, {
      version: again.version,
    });
    if (enabled.status !== 200) throw new Error(`enable answered ${enabled.status}`);
  }
  latencies.sort((a, b) => a - b);
  return {
    engine: "PostgreSQL",
    metric: `Cache invalidation across processes: a disable through one process until another refuses the session (${rounds} rounds)`,
    target: "≤ 5,000 ms (the session cache's lifetime)",
    measured: `p50 ${ms(percentile(latencies, 0.5))}, p95 ${ms(percentile(latencies, 0.95))}, max ${ms(latencies.at(-1) ?? Number.NaN)}`,
    pass: (latencies.at(-1) ?? Number.POSITIVE_INFINITY) <= 5_000,
  };
}

async function freshDatabase(clusterUrl: string, name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(clusterUrl: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: clusterUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}

export const multiProcessNote =
  "Several processes: the built server started 1, 2 and 3 times on one database of the cluster (demo data; the first start migrates and seeds, the others find it done), each with the same auth secret, behind the round-robin proxy of the three-process test (apps/server/test/multi-process/round-robin-proxy.ts, in the benchmark process, which also runs autocannon: client, proxy, servers and PostgreSQL share the 2 cores, so more processes cannot add cores, only spread the same ones). The catalogue is the signed-in list above; the dashboard the national budget view of 2018 for the national officer. Invalidation: an administrator disables an account through process 0 while process 1 holds its session in cache; the figure runs from the disable's answer until process 1 refuses the session (asked one request after another), over 20 rounds (apps/server/bench/multi-process.ts).";
