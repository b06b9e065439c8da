import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openPostgres } from "../../src/db/client";
import { findFreePort } from "../ports";
import { TestClient } from "../support";

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
  /** Ends a process with a signal (SIGKILL: as if the machine lost it); the proxy then skips it. */
  kill: (index: number, signal: NodeJS.Signals) => Promise<void>;
  close: () => Promise<void>;
};

/** The job bounds the harness runs with: short, so a dead process is noticed within seconds. */
export const HARNESS_JOB_ENV = {
  KC_JOB_POLL_MS: "200",
  KC_JOB_HEARTBEAT_SECONDS: "0.5",
  KC_JOB_STALE_SECONDS: "3",
  KC_JOB_MAX_ATTEMPTS: "2",
};

/** Starts `processes` servers on a fresh copy of the suite's template database, and the proxy before them. */
export async function startProcessCluster(
  options: { processes?: number; env?: Record<string, string> } = {},
): Promise<ProcessCluster> {
  const databaseUrl = await createDatabase();
  const dataDir = mkdtempSync(join(tmpdir(), "kc-multi-"));
  const env = {
    NODE_ENV: "development",
    LOG_LEVEL: "warn",
    DATABASE_URL: databaseUrl,
    KC_WEB_DIST: "/nonexistent",
    KC_DATA_DIR: dataDir,
    // One secret for all: a session cookie signed by one process is read by the others.
    KC_AUTH_SECRET: "multi-process-test-secret-0123456789-abcdef",
    ...HARNESS_JOB_ENV,
    ...options.env,
  };
  const servers = await Promise.all(
    Array.from({ length: options.processes ?? 3 }, (_, index) => startServer(index, env)),
  );
  const proxy = await startProxy(servers);
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
    kill: (index, signal) => stopProcess(serverAt(index).child, signal),
    close: async () => {
      await Promise.all(servers.map((s) => stopProcess(s.child, "SIGTERM")));
      proxy.server.closeAllConnections();
      await new Promise((resolve) => proxy.server.close(resolve));
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

async function createDatabase(): Promise<string> {
  const adminUrl = new URL(inject("pgTemplateUrl"));
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

async function stopProcess(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}

/**
 * Round robin over the processes still alive; a request that cannot reach its process (it was killed) goes to the
 * next one, as a load balancer's health check would send it. The body is read whole first so it can be re-sent.
 */
async function startProxy(servers: ServerProcess[]): Promise<{ server: Server; url: string }> {
  let next = 0;
  const forward = async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    for (let tried = 0; tried < servers.length; tried++) {
      const target = servers[next++ % servers.length];
      if (!target || target.child.exitCode !== null || target.child.signalCode !== null) continue;
      const answered = await new Promise<boolean>((resolve) => {
        const upstream = request(
          `${target.base}${incoming.url}`,
          { method: incoming.method, headers: { ...incoming.headers, host: new URL(target.base).host } },
          (response) => {
            outgoing.writeHead(response.statusCode ?? 502, {
              ...response.headers,
              "x-served-by": String(target.index),
            });
            response.pipe(outgoing);
            response.on("end", () => resolve(true));
          },
        );
        upstream.on("error", () => resolve(outgoing.headersSent));
        upstream.end(body);
      });
      if (answered) return;
    }
    if (!outgoing.headersSent) outgoing.writeHead(502).end();
  };
  const server = createServer((incoming, outgoing) => void forward(incoming, outgoing));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return { server, url: `http://127.0.0.1:${port}` };
}
