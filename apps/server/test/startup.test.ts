import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";
import { findFreePort } from "./ports";

const mainPath = fileURLToPath(new URL("../src/main.ts", import.meta.url));
const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

type Server = { child: ChildProcess; port: number; output: () => string };

async function startServer(env: Record<string, string>): Promise<Server> {
  const port = await findFreePort();
  let output = "";
  const child = spawn(process.execPath, ["--import", "tsx", mainPath], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "development",
      LOG_LEVEL: "warn",
      PORT: String(port),
      KC_WEB_DIST: "/nonexistent",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  return { child, port, output: () => output };
}

// These tests start whole server processes, several times each, from an empty database. On a quiet machine a
// first start takes under 20 s; with other work on 2 cores it took over 60 s. The limits only catch a start
// that hangs, so they leave room for a loaded machine.
const SPAWNED_SERVER_TEST_MS = 300_000;

async function waitReady(server: Server, timeoutMs = 180_000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) return false;
    try {
      const response = await fetch(`http://127.0.0.1:${server.port}/readyz`);
      if (response.status === 200) return true;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

async function stop(server: Server, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill(signal);
  await exited;
}

async function provinceCount(port: number, asOf: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/public/admin-units?level=province&asOf=${asOf}`);
  return ((await response.json()) as { total: number }).total;
}

/** Kills the server at several moments of its first start, then checks that a normal start completes the job. */
async function killDuringStartThenRecover(env: Record<string, string>, killAfterMs: number[]) {
  for (const delay of killAfterMs) {
    const server = await startServer(env);
    await new Promise((r) => setTimeout(r, delay));
    await stop(server, "SIGKILL");
  }
  const server = await startServer(env);
  try {
    expect(await waitReady(server), server.output()).toBe(true);
    expect(await provinceCount(server.port, "2024-01-01")).toBe(63);
    expect(await provinceCount(server.port, "2026-01-01")).toBe(34);
    const signIn = await fetch(`http://127.0.0.1:${server.port}/api/v1/auth/sign-in`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "hanoi@demo.khuyencong.vn", password: "khuyencong-demo" }),
    });
    expect(signIn.status).toBe(200);
  } finally {
    await stop(server);
  }
}

describe("start-up on the embedded database", { timeout: SPAWNED_SERVER_TEST_MS }, () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it("survives kills during its first start: the next start completes migrations, reference and demo data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-start-"));
    dirs.push(dir);
    await killDuringStartThenRecover({ KC_DATA_DIR: dir }, [1500, 4500]);
  });

  it("refuses to open a data folder that another live process holds", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-lock-"));
    dirs.push(dir);
    const first = await startServer({ KC_DATA_DIR: dir });
    try {
      expect(await waitReady(first), first.output()).toBe(true);
      const second = await startServer({ KC_DATA_DIR: dir });
      const code = await new Promise<number | null>((r) => second.child.once("exit", r));
      expect(code).not.toBe(0);
      expect(second.output()).toContain("in use by process");
      expect((await fetch(`http://127.0.0.1:${first.port}/readyz`)).status).toBe(200);
    } finally {
      await stop(first);
    }
  });
});

const scriptsDir = fileURLToPath(new URL("../scripts/", import.meta.url));

/** `npm run backup` / `npm run restore` as an operator runs them, with the server's environment. */
function runScript(script: "backup" | "restore", args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(scriptsDir, `${script}.ts`), ...args], {
    cwd: repoRoot,
    env: { ...process.env, LOG_LEVEL: "warn", ...env },
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

// Two server starts and four runs of the commands (each loads the TypeScript sources): more room than one start.
describe("backups of a running embedded server", { timeout: 2 * SPAWNED_SERVER_TEST_MS }, () => {
  it("npm run backup asks the running server for its dump; npm run restore fills only an empty folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "kc-live-backup-"));
    const data = join(dir, "data");
    const server = await startServer({ KC_DATA_DIR: data });
    try {
      expect(await waitReady(server), server.output()).toBe(true);
      const backup = runScript("backup", ["--dir", join(dir, "backups")], { KC_DATA_DIR: data });
      expect(backup.code, backup.output).toBe(0);
      expect(backup.output).toContain("Đã sao lưu");
      // The running server answered it, and still serves.
      expect((await fetch(`http://127.0.0.1:${server.port}/readyz`)).status).toBe(200);
      const manifest = readdirSync(join(dir, "backups")).find((name) => name.endsWith(".json")) ?? "";
      const manifestPath = join(dir, "backups", manifest);

      const intoLive = runScript("restore", [manifestPath], { KC_DATA_DIR: data });
      expect(intoLive.code).toBe(1);
      expect(intoLive.output).toContain("RESTORE_TARGET_IN_USE");

      const restoredDir = join(dir, "restored");
      const restored = runScript("restore", [manifestPath], { KC_DATA_DIR: restoredDir });
      expect(restored.code, restored.output).toBe(0);
      const again = runScript("restore", [manifestPath], { KC_DATA_DIR: restoredDir });
      expect(again.code).toBe(1);
      expect(again.output).toContain("RESTORE_TARGET_NOT_EMPTY");
    } finally {
      await stop(server);
    }
    // SIGTERM is a graceful stop: requests drained, database closed, exit status 0.
    expect(server.child.exitCode, server.output()).toBe(0);
    // The restored folder starts a server with the same reference data.
    const second = await startServer({ KC_DATA_DIR: join(dir, "restored") });
    try {
      expect(await waitReady(second), second.output()).toBe(true);
      expect(await provinceCount(second.port, "2026-01-01")).toBe(34);
    } finally {
      await stop(second);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("start-up on PostgreSQL", { timeout: SPAWNED_SERVER_TEST_MS }, () => {
  it("survives kills during migrations and loads demo data only with KC_DEMO=1", async () => {
    const templateUrl = new URL(inject("pgTemplateUrl"));
    const adminUrl = new URL(templateUrl);
    adminUrl.pathname = "/postgres";
    const name = `s_${crypto.randomUUID().replaceAll("-", "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: adminUrl.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    try {
      const noDemo = await startServer({ DATABASE_URL: url.toString() });
      try {
        expect(await waitReady(noDemo), noDemo.output()).toBe(true);
        expect(noDemo.output()).not.toContain("khuyencong-demo");
      } finally {
        await stop(noDemo);
      }
      const db = new pg.Client({ connectionString: url.toString() });
      await db.connect();
      expect((await db.query(`select count(*)::int as n from "user"`)).rows[0].n).toBe(0);
      await db.query("drop schema public cascade; drop schema drizzle cascade; create schema public");
      await db.end();
      await killDuringStartThenRecover({ DATABASE_URL: url.toString(), KC_DEMO: "1" }, [600, 1200]);
    } finally {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    }
  });
});
