import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseReminderOffsets } from "@kc/domain";
import type { Logger } from "pino";
import { createApp } from "./app";
import { type Database, openPglite, openPostgres } from "./db/client";
import { migrateAsOwner } from "./db/migrate-as-owner";
import type { Env } from "./env";
import { jobHandlers } from "./job-handlers";
import { startReminderSweeps } from "./modules/reports/reminder-schedule";
import { signingKeyFromPem } from "./modules/selection/certificates/certificate-keys";
import { loadSupportNormSeeds } from "./modules/support-norms/load-support-norms";
import { defaultWebDist } from "./paths";
import { createAuth } from "./platform/auth";
import { createCaches } from "./platform/cache";
import { type CachePeers, listenForCachePeers } from "./platform/cache-peers";
import type { AppConfig, AppDeps } from "./platform/context";
import { createJobQueue } from "./platform/jobs/job-queue";
import { reclaimDeadJobs } from "./platform/jobs/job-store";
import { createMailer } from "./platform/mail/mailer";
import { configureOfficeWorkers, defaultOfficeWorkers } from "./platform/office/office-workers";
import { seedDemoAccounts } from "./seed/demo/demo-accounts";
import { seedDemoCommunes } from "./seed/demo/demo-communes";
import { seedDemoEstablishments } from "./seed/demo/demo-establishments";
import { seedDemoExtensionCentres } from "./seed/demo/demo-extension-centres";
import { seedDemoFigures } from "./seed/demo/demo-figures";
import { seedDemoProjects } from "./seed/demo/demo-projects";
import { seedDemoSelection } from "./seed/demo/demo-selection";
import { seedDemoProvincialRound } from "./seed/demo/demo-selection-round";
import { seedDemoTradePromotion } from "./seed/demo/demo-trade-promotion";
import { loadReferenceData } from "./seed/reference/load-reference";

/**
 * Opens the database, migrates it, loads reference data and demo data, and builds the application. Used by
 * main.ts and by the tests that start a real server; nothing here listens.
 */
export async function bootstrap(env: Env, logger: Logger, overrides: { now?: () => Date } = {}) {
  const database: Database = env.DATABASE_URL
    ? openPostgres(env.DATABASE_URL, {
        onConnectionError: (error) =>
          logger.warn({ err: error }, "a database connection was closed by the server"),
      })
    : await openPglite({ dataDir: env.KC_DATA_DIR });
  let ready = false;
  let cachePeers: CachePeers | undefined;
  try {
    const started = performance.now();
    // With DATABASE_MIGRATION_URL the schema's owner migrates and grants; the application's own role owns nothing
    // (docs/deploy.md, "Database roles"). Without it the application's role migrates, as on the embedded engine.
    if (env.DATABASE_MIGRATION_URL) await migrateAsOwner(env.DATABASE_MIGRATION_URL, env.DATABASE_URL);
    else await database.migrate();
    const reference = await loadReferenceData(database.db);
    await loadSupportNormSeeds(database.db);
    // The embedded folder has one process (its lock): every job still RUNNING belonged to the one that died. On
    // PostgreSQL other processes may be running theirs; only an expired heartbeat tells (the queue's poll).
    if (database.kind === "pglite") {
      const interrupted = await reclaimDeadJobs(database.db, null);
      if (interrupted.retried + interrupted.failed > 0)
        logger.warn(interrupted, "jobs interrupted by the previous stop were given back");
    }
    const demoAllowed = env.NODE_ENV !== "production" && (!env.DATABASE_URL || env.KC_DEMO === "1");
    const demoSeeded = demoAllowed ? await seedDemoAccounts(database.db) : false;
    if (demoAllowed) {
      await seedDemoCommunes(database.db);
      await seedDemoEstablishments(database.db);
      await seedDemoProjects(database.db);
      await seedDemoFigures(database.db);
      await seedDemoTradePromotion(database.db);
      await seedDemoExtensionCentres(database.db);
      await seedDemoSelection(database.db);
      await seedDemoProvincialRound(database.db);
    }
    logger.info(
      { database: database.kind, reference, demoSeeded, ms: Math.round(performance.now() - started) },
      "database ready",
    );

    const publicUrl = env.KC_PUBLIC_URL ?? `http://localhost:${env.PORT}`;
    const config: AppConfig = {
      publicUrl,
      trustedOrigins: env.KC_TRUSTED_ORIGINS.split(",")
        .map((o) => o.trim())
        .filter(Boolean),
      secureCookies: env.NODE_ENV === "production" || publicUrl.startsWith("https:"),
      clientIpHeader: env.KC_CLIENT_IP_HEADER.toLowerCase(),
      maxJsonBytes: env.KC_MAX_JSON_BYTES,
      maxUploadBytes: env.KC_MAX_UPLOAD_BYTES,
      sessionMaxHours: env.KC_SESSION_MAX_HOURS,
      signInLimits: {
        accountMaxFailures: env.KC_SIGN_IN_ACCOUNT_MAX_FAILURES,
        addressMaxFailures: env.KC_SIGN_IN_ADDRESS_MAX_FAILURES,
        windowSeconds: env.KC_SIGN_IN_WINDOW_SECONDS,
      },
      passwordResetMinutes: env.KC_PASSWORD_RESET_MINUTES,
      reportObligations: {
        countFrom: env.KC_REPORTS_COUNT_FROM,
        reminderOffsets: parseReminderOffsets(env.KC_REPORT_REMINDER_DAYS) ?? [],
      },
      publicRateLimitPerMinute: env.KC_PUBLIC_RATE_LIMIT,
      webDist: resolveWebDist(env),
      metrics: {
        token: env.KC_METRICS_TOKEN ?? null,
        allow: env.KC_METRICS_ALLOW.split(",")
          .map((address) => address.trim())
          .filter(Boolean),
      },
      ...certificateKeyConfig(env),
    };
    // A configured key that is not an Ed25519 PEM stops the start here, not at the first certificate issued.
    if (config.certificateSigningKeyPem) signingKeyFromPem(config.certificateSigningKeyPem);
    const auth = createAuth(database.db, {
      baseURL: publicUrl,
      secret: env.KC_AUTH_SECRET ?? devSecret(env),
      trustedOrigins: [publicUrl, `http://127.0.0.1:${env.PORT}`, ...config.trustedOrigins],
      secureCookies: config.secureCookies,
      sessionIdleMinutes: env.KC_SESSION_IDLE_MINUTES,
      signInLimits: config.signInLimits,
      logger,
    });
    const caches = createCaches({
      sessionSeconds: env.KC_SESSION_CACHE_SECONDS,
      referenceSeconds: env.KC_REFERENCE_CACHE_SECONDS,
    });
    // Every process on one PostgreSQL hears the others' cache invalidations (decision 0019); PGlite has one process.
    cachePeers = env.DATABASE_URL
      ? await listenForCachePeers({ url: env.DATABASE_URL, db: database.db, caches, logger })
      : undefined;
    const deps: AppDeps = {
      db: database.db,
      dbKind: database.kind,
      auth,
      caches,
      ...(cachePeers ? { cachePeers } : {}),
      jobs: createJobQueue({
        db: database.db,
        dbKind: database.kind,
        logger,
        handlers: jobHandlers,
        settings: {
          pollMs: env.KC_JOB_POLL_MS,
          heartbeatMs: env.KC_JOB_HEARTBEAT_SECONDS * 1000,
          staleMs: env.KC_JOB_STALE_SECONDS * 1000,
          maxAttempts: env.KC_JOB_MAX_ATTEMPTS,
          retryDelayMs: 2_000,
        },
      }),
      logger,
      // Without SMTP, demo and development print the e-mail in the log; production only reports it was not sent.
      mailer: createMailer(
        {
          url: env.SMTP_URL || undefined,
          host: env.SMTP_HOST || undefined,
          port: env.SMTP_PORT,
          user: env.SMTP_USER,
          pass: env.SMTP_PASS,
          from: env.MAIL_FROM,
        },
        { logger, printWhenUnconfigured: env.NODE_ENV !== "production" },
      ),
      config,
      now: overrides.now ?? (() => new Date()),
      isReady: () => ready,
    };
    configureOfficeWorkers({
      size: env.KC_OFFICE_WORKERS ?? defaultOfficeWorkers(),
      memoryMb: env.KC_OFFICE_WORKER_MEMORY_MB,
      logger,
    });
    const app = createApp(deps);
    deps.jobs.start();
    const stopReminderSweeps = startReminderSweeps(deps, env.KC_REPORT_REMINDER_SWEEP_MINUTES);
    ready = true;
    // Shutting down: /readyz and every API request answer 503 NOT_READY, so a load balancer sends no more.
    const stopAccepting = () => {
      ready = false;
    };
    // Stops listening to the other processes, then closes the pool.
    const close = async () => {
      stopReminderSweeps();
      await cachePeers?.stop();
      await database.close();
    };
    return { app, database, deps, demoSeeded, stopAccepting, close };
  } catch (error) {
    await cachePeers?.stop();
    await database.close();
    throw error;
  }
}

/** Demo data never in production, and on PostgreSQL only when asked for (KC_DEMO=1). */
export function isDemoAllowed(env: Pick<Env, "NODE_ENV" | "DATABASE_URL" | "KC_DEMO">): boolean {
  return env.NODE_ENV !== "production" && (!env.DATABASE_URL || env.KC_DEMO === "1");
}

/** The certificate signing key, from the variable or its file (decision 0016); the file is read once, here. */
export function certificateKeyConfig(env: Env): { certificateSigningKeyPem?: string } {
  if (env.CERTIFICATE_SIGNING_KEY) return { certificateSigningKeyPem: env.CERTIFICATE_SIGNING_KEY };
  if (env.CERTIFICATE_SIGNING_KEY_FILE)
    return { certificateSigningKeyPem: readFileSync(env.CERTIFICATE_SIGNING_KEY_FILE, "utf8") };
  return {};
}

function resolveWebDist(env: Env): string | null {
  const dist = env.KC_WEB_DIST ?? defaultWebDist;
  return existsSync(join(dist, "index.html")) ? resolve(dist) : null;
}

/**
 * Without KC_AUTH_SECRET a random secret is kept beside the embedded database, so development sessions survive
 * restarts. Production must set the variable (main.ts refuses to start otherwise).
 */
function devSecret(env: Env): string {
  const dir = env.KC_DATA_DIR;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("hex");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
