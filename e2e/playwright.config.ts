import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";

/**
 * Browser journeys in Debian's Chromium (STACK.md gotcha 16: never `playwright install`, it cannot download here)
 * against the real server on a fresh embedded database. Run `npm run build` first: it builds the SPA into
 * apps/web/dist and the server bundle into apps/server/dist.
 */
const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://localhost:${port}`;
const repoRoot = fileURLToPath(new URL("..", import.meta.url));

// A new, empty PGlite folder per run, so every run starts from migrations + reference + demo data. Workers
// load this file too and compute other names, but only the main process starts the web server.
const dataDir = join(tmpdir(), "kc-e2e", `.data-${Date.now()}-${process.pid}`);
if (!process.env.TEST_WORKER_INDEX) {
  // Playwright stops the web server before the runner exits; then the folder is of no further use.
  process.on("exit", () => rmSync(dataDir, { recursive: true, force: true }));
}

export default defineConfig({
  testDir: "./specs",
  outputDir: "../test-results",
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  timeout: 60_000,
  // Web-first assertions wait for what a person would see. Five seconds (the default) is less than a cold
  // dashboard answer takes when the machine runs other work (seen at load 10 on 2 cores), and waiting longer
  // costs nothing when the page is quick; a page that never shows the state still fails.
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    locale: "vi-VN",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The production bundle (`npm run build` first) with the flags of `npm run serve`, which `npm start` runs.
    command: "node --max-old-space-size=384 apps/server/dist/main.mjs",
    cwd: repoRoot,
    url: `${baseURL}/readyz`,
    reuseExistingServer: false,
    // Migrations and the demo data on a fresh database: seconds on an idle machine, but more than 120 s
    // at load 20 (seen while several suites shared the machine), where the run then failed before its first test.
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      KC_DATA_DIR: dataDir,
      KC_PUBLIC_URL: baseURL,
      LOG_LEVEL: "warn",
      NODE_ENV: "development",
      // Every journey signs in from 127.0.0.1: only failed sign-ins count against an address (decision 0012), so
      // the journeys need no raised limit.
    },
  },
});
