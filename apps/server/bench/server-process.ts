import { type ChildProcess, spawn } from "node:child_process";
import { closeSync, openSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The real server as a child process (`npm run serve`'s command, built first), as `npm start` runs it, so
 * start-up, memory and throughput are those of a deployment and not of an in-process `app.request()`.
 */
export const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export type RunningServer = {
  pid: number;
  port: number;
  baseUrl: string;
  /** Milliseconds from spawn until GET /readyz answered 200. */
  readyMs: number;
  /** SIGTERM, then wait for the exit (SIGKILL after a bound). Safe to call twice. */
  stop: () => Promise<void>;
};

export type ServerOptions = {
  /** Extra environment: KC_DATA_DIR, DATABASE_URL, KC_DEMO… */
  env: Record<string, string>;
  /** Where the server's stdout and stderr are appended (read back when it fails to start). */
  logFile: string;
  /** Give up waiting for readiness after this many milliseconds. */
  readyTimeoutMs: number;
  logLevel: string;
};

/** Every server started and not yet stopped, so run.ts can stop them all on failure or Ctrl-C. */
export const liveServers = new Set<RunningServer>();

/**
 * The arguments of `npm run serve` (package.json), which `npm start` and deployments run: the bundle with its V8
 * heap capped, so the server returns memory to the system instead of letting the heap grow to its default ceiling.
 */
export function serveArguments(): string[] {
  const scripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts as Record<
    string,
    string
  >;
  const [command, ...args] = (scripts.serve ?? "").split(" ");
  if (command !== "node" || !args.includes("apps/server/dist/main.mjs"))
    throw new Error(
      `package.json "serve" should run node on apps/server/dist/main.mjs, not: ${scripts.serve}`,
    );
  return args;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const log = openSync(options.logFile, "a");
  const started = performance.now();
  const child = spawn(process.execPath, serveArguments(), {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "development",
      HOST: "127.0.0.1",
      PORT: String(port),
      KC_PUBLIC_URL: `http://localhost:${port}`,
      LOG_LEVEL: options.logLevel,
      ...options.env,
    },
    stdio: ["ignore", log, log],
  });
  closeSync(log);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const server: RunningServer = {
    pid: child.pid ?? -1,
    port,
    baseUrl,
    readyMs: Number.NaN,
    stop: () => stopChild(child, exited).finally(() => liveServers.delete(server)),
  };
  liveServers.add(server);
  try {
    server.readyMs = await waitReady(child, `${baseUrl}/readyz`, started, options.readyTimeoutMs);
    return server;
  } catch (error) {
    await server.stop();
    const tail = readFileSync(options.logFile, "utf8").split("\n").slice(-25).join("\n");
    throw new Error(`${(error as Error).message}\n--- server log (${options.logFile}) ---\n${tail}`);
  }
}

/** Polls /readyz every 20 ms; the figure is therefore exact to about 20 ms. */
async function waitReady(child: ChildProcess, url: string, started: number, timeoutMs: number) {
  const deadline = started + timeoutMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`the server exited (${child.exitCode ?? child.signalCode}) before it was ready`);
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return performance.now() - started;
    } catch {
      // Not listening yet.
    }
    await sleep(20);
  }
  throw new Error(`the server was not ready within ${timeoutMs} ms`);
}

async function stopChild(child: ChildProcess, exited: Promise<void>) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const stopped = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!stopped) {
    child.kill("SIGKILL");
    await Promise.race([exited, sleep(5_000)]);
  }
}

/** Resident and peak resident memory of a process, in MB, from /proc/<pid>/status (Linux). */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) =>
    Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: kb("VmRSS") / 1024, peakMb: kb("VmHWM") / 1024 };
}

/** Signs in once (the route is rate limited per address) and answers the session cookie. */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/auth/sign-in`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
    signal: AbortSignal.timeout(30_000),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`sign-in answered ${response.status}: ${body.slice(0, 300)}`);
  const cookie = response.headers
    .getSetCookie()
    .map((header) => header.split(";")[0] ?? "")
    .find((pair) => pair.startsWith("kc.session_token="));
  if (!cookie) throw new Error("sign-in set no kc.session_token cookie");
  return cookie;
}

export function logFileIn(dir: string, name: string): string {
  return join(dir, `${name}.log`);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}
