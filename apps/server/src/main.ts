import { serve } from "@hono/node-server";
import { readEnv } from "./env";
import { splitSearchBlocks } from "./modules/establishments/search-blocks";
import { listenForBackupRequests } from "./platform/backup/live-backup";
import { createLogger } from "./platform/logger";
import { closeOfficeWorkers } from "./platform/office/office-workers";
import { DEMO_PASSWORD, demoAccounts } from "./seed/demo/demo-accounts";
import { bootstrap } from "./server";

const env = readEnv();
const logger = createLogger(env.LOG_LEVEL);

if (env.NODE_ENV === "production" && !env.KC_AUTH_SECRET) {
  logger.fatal("KC_AUTH_SECRET must be set in production");
  process.exit(1);
}

if (env.NODE_ENV === "production" && !env.CERTIFICATE_SIGNING_KEY && !env.CERTIFICATE_SIGNING_KEY_FILE) {
  logger.fatal("CERTIFICATE_SIGNING_KEY or CERTIFICATE_SIGNING_KEY_FILE must be set in production");
  process.exit(1);
}

const started = performance.now();
const { app, database, deps, demoSeeded, stopAccepting, close } = await bootstrap(env, logger);
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  logger.info(
    { port: info.port, node: process.version, ms: Math.round(performance.now() - started) },
    "listening",
  );
  const url = env.KC_PUBLIC_URL ?? `http://localhost:${info.port}`;
  const lines = [`\nKhuyến công đang chạy tại ${url}  (API: ${url}/api/docs)`];
  if (demoSeeded || (env.NODE_ENV !== "production" && !env.DATABASE_URL)) {
    lines.push(`Tài khoản demo (mật khẩu: ${DEMO_PASSWORD}):`);
    for (const account of demoAccounts)
      lines.push(`  ${account.email.padEnd(38)} ${account.name} — ${account.role}`);
  }
  process.stdout.write(`${lines.join("\n")}\n\n`);
  // Blocks grown by single writes since the last cut (an import cuts its own), after the server answers rather
  // than before: the blocks are correct without it, only less selective, and a large register takes seconds.
  void splitSearchBlocks(database.db, logger);
});

// `npm run backup` asks the owner of the embedded folder for the dump (platform/backup/live-backup.ts).
if (database.kind === "pglite") listenForBackupRequests(database.db, env.KC_DATA_DIR, logger);

/** How long requests already inside may take to finish after SIGTERM before their connections are cut. */
const DRAIN_MS = 10_000;

let stopping = false;
/**
 * Graceful stop (SIGTERM from systemd or an orchestrator, SIGINT from a terminal): stop taking connections, say
 * "not ready" to anything still arriving on an open one, let the requests inside finish (for at most DRAIN_MS),
 * then close the database, so no answer is cut mid-way and no transaction is left to the database to abort.
 */
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  stopAccepting();
  // No new job is taken; the one running here may finish within the drain, or is retried by another process
  // once its heartbeat expires (decision 0020).
  const jobsStopped = deps.jobs.stop(DRAIN_MS);
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  if ("closeIdleConnections" in server) server.closeIdleConnections();
  const drained = await Promise.race([
    closed.then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), DRAIN_MS).unref()),
  ]);
  if (!drained) {
    logger.warn({ drainMs: DRAIN_MS }, "requests still open after the drain bound were cut");
    if ("closeAllConnections" in server) server.closeAllConnections();
  }
  await jobsStopped;
  await closeOfficeWorkers();
  await close();
  process.exit(0);
}
process.on("SIGTERM", () => void shutdown("SIGTERM"));
process.on("SIGINT", () => void shutdown("SIGINT"));
