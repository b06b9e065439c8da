import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { type Database, openPostgres } from "../../src/db/client";
import { findFreePort } from "../ports";
import { TestClient } from "../support";
import { HARNESS_CACHE_ENV, HARNESS_JOB_ENV } from "./bounds";
import { startRoundRobinProxy } from "./round-robin-proxy";

/**
 * Several real server processes (tsx, as `startup.test.ts` starts one) on one throw-away PostgreSQL database of the
 * suite's throw-away cluster (test/pg-cluster.ts via the global set-up), behind a small round-robin HTTP proxy. Tests
 * of what must hold across processes (jobs, caches, limits) drive the proxy as a browser drives a load balancer,
 * and the processes directly when they must know who answered. The proxy names the process that answered in
 * `x-served-by` (its index).
 */

const mainPath = fileURLToPath(new URL("../../src/main.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../../..", import.meta.url));

export type ServerProcess = { index: number; child: ChildProcess; base: string };

export type ProcessCluster = {
  /** The round-robin proxy in front of every process. */
  proxyUrl: string;
  servers: ServerProcess[];
  databaseUrl: string;
  /** A pool of the test's own on the same database (to count rows, create accounts). */
  database: Database;
  /** A browser-like client (cookies, CSRF header) through the proxy, or straight to one process. */
  client: (target?: number) => TestClient;
  /**
   * The cache invalidations a process has heard from the others, by cache name (its /metrics): a count that moved
   * means that process has cleared those caches.
   */
  heardBy: (index: number) => Promise<Record<string, number>>;
  /** Ends a process with a signal (SIGKILL: as if the machine lost it); the proxy then skips it. */
  kill: (index: number, signal: NodeJS.Signals) => Promise<void>;
  close: () => Promise<void>;
};

/** Lets the tests read each process's /metrics (the invalidations it heard). */
const METRICS_TOKEN = "multi-process-metrics-token-0123456789-abcdef";

/**
 * Starts `processes` servers on a fresh copy of the template database of the suite's cluster (`templateUrl`: the
 * global set-up's `pgTemplateUrl`), and the proxy before them.
 */
export async function startProcessCluster(options: {
  templateUrl: string;
  processes?: number;
  env?: Record<string, string>;
}): Promise<ProcessCluster> {
  const databaseUrl = await createDatabase(options.templateUrl);
  const dataDir = mkdtempSync(join(tmpdir(), "kc-multi-"));
  const env = {
    NODE_ENV: "development",
    LOG_LEVEL: "warn",
    DATABASE_URL: databaseUrl,
    KC_WEB_DIST: "/nonexistent",
    KC_DATA_DIR: dataDir,
    // One secret for all: a session cookie signed by one process is read by the others.
    KC_AUTH_SECRET: "multi-process-test-secret-0123456789-abcdef",
    KC_METRICS_TOKEN: METRICS_TOKEN,
    ...HARNESS_JOB_ENV,
    ...HARNESS_CACHE_ENV,
    ...options.env,
  };
  const servers = await Promise.all(
    Array.from({ length: options.processes ?? 3 }, (_, index) => startServer(index, env)),
  );
  const proxy = await startRoundRobinProxy(
    servers.map((server) => ({ index: server.index, base: server.base, alive: () => isAlive(server.child) })),
  );
  const database = openPostgres(databaseUrl, { max: 2 });
  const serverAt = (index: number): ServerProcess => {
    const server = servers[index];
    if (!server) throw new Error(`no server ${index}`);
    return server;
  };
  const appLike = (base: string) => ({
    request: (path: string, init?: RequestInit) => fetch(`${base}${path}`, init),
  });
  return {
    proxyUrl: proxy.url,
    servers,
    databaseUrl,
    database,
    client: (target) =>
      new TestClient(appLike(target === undefined ? proxy.url : serverAt(target).base), "10.0.0.1"),
    heardBy: (index) => invalidationsHeard(serverAt(index).base),
    kill: (index, signal) => stopProcess(serverAt(index).child, signal),
    close: async () => {
      await Promise.all(servers.map((s) => stopProcess(s.child, "SIGTERM")));
      await proxy.close();
      await database.close();
      await dropDatabase(databaseUrl);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The process of a job's `locked_by` (host:pid:tag), to kill the one that runs it. */
export function serverRunning(cluster: ProcessCluster, lockedBy: string | null): ServerProcess | undefined {
  const pid = Number(lockedBy?.split(":")[1]);
  return cluster.servers.find((s) => s.child.pid === pid);
}

async function invalidationsHeard(base: string): Promise<Record<string, number>> {
  const response = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
  if (response.status !== 200) throw new Error(`/metrics of ${base} answered ${response.status}`);
  const heard: Record<string, number> = {};
  for (const [, cache, count] of (await response.text()).matchAll(
    /^kc_cache_invalidations_heard_total\{cache="(\w+)"\} (\d+)$/gm,
  ))
    heard[cache as string] = Number(count);
  return heard;
}

async function createDatabase(templateUrl: string): Promise<string> {
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = "/postgres";
  const name = `mp_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE kc_template`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function dropDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = url.pathname.slice(1);
  url.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}

async function startServer(index: number, env: Record<string, string>): Promise<ServerProcess> {
  const port = await findFreePort();
  const child = spawn(process.execPath, ["--import", "tsx", mainPath], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  // Up to three minutes: three starts at once on a loaded 2-core machine take several times a quiet one.
  for (let i = 0; i < 1800 && child.exitCode === null; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).status === 200) return { index, child, base };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill("SIGKILL");
  throw new Error(`server ${index} did not start`);
}

const isAlive = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (!isAlive(child)) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}
