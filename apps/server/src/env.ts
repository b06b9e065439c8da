import { parseReminderOffsets } from "@kc/domain";
import { z } from "zod";

/**
 * The only reader of process.env (STYLE.md rule 12). Every variable is documented in `.env.example`.
 */
const envSchema = z.object({
  /** development | production | test. Production turns on Secure cookies and forbids demo data. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** HTTP port. */
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Address to listen on. */
  HOST: z.string().default("127.0.0.1"),
  /** PostgreSQL connection string; when unset the embedded PGlite database is used. */
  DATABASE_URL: z.string().url().optional(),
  /**
   * PostgreSQL connection string of the role that owns the schema, used only to migrate (`npm run migrate`, and at
   * start when set); DATABASE_URL is then a role that owns nothing (docs/deploy.md, "Database roles").
   */
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  /** Folder of the embedded database (PGlite). */
  KC_DATA_DIR: z.string().default("./.data"),
  /** Folder `npm run backup` writes to (dump + manifest per backup). */
  KC_BACKUP_DIR: z.string().default("./backups"),
  /** How many backups `npm run backup` keeps in KC_BACKUP_DIR (older ones are deleted after a new one is written). */
  KC_BACKUP_KEEP: z.coerce.number().int().min(1).default(14),
  /** Folder of pg_dump and pg_restore when they are not on the PATH (their version must be ≥ the server's). */
  KC_PG_BIN_DIR: z.string().min(1).optional(),
  /** Set to 1 to load demo data on PostgreSQL too (never with NODE_ENV=production). */
  KC_DEMO: z.enum(["0", "1"]).optional(),
  /** Public origin the browser uses, e.g. https://khuyencong.example.vn. Defaults to http://localhost:PORT. */
  KC_PUBLIC_URL: z.string().url().optional(),
  /** Extra origins trusted for sign-in and CSRF checks (comma separated), e.g. the Vite dev server. */
  KC_TRUSTED_ORIGINS: z.string().default(""),
  /** Secret for signing session cookies; at least 32 characters. Generated per data folder when unset (dev only). */
  KC_AUTH_SECRET: z.string().min(32).optional(),
  /** Session idle timeout in minutes (sliding). */
  KC_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(8 * 60),
  /** Absolute session lifetime in hours, whatever the activity. */
  KC_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(24),
  /**
   * Seconds a resolved session is kept in memory (0: ask the database every time). On PostgreSQL another process's
   * write clears it through a notification (decision 0019); the TTL only bounds a notification that failed.
   */
  KC_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(5),
  /** Seconds reference-data answers are kept in memory (0: no cache). */
  KC_REFERENCE_CACHE_SECONDS: z.coerce.number().int().min(0).default(300),
  /**
   * Worker threads that read uploaded .xlsx/.csv files off the main thread (platform/office/office-workers.ts).
   * Unset: one fewer than the cores, at least 1, at most 4 (1 on a 2-core machine). 0 reads on the main thread.
   */
  KC_OFFICE_WORKERS: z.coerce.number().int().min(0).max(16).optional(),
  /** Heap limit of each office worker in MB: a file that needs more fails alone with FILE_TOO_DEMANDING. */
  KC_OFFICE_WORKER_MEMORY_MB: z.coerce.number().int().min(32).max(4096).default(256),
  /** Failed sign-ins allowed per account per window; one more and the account waits for the window to end. */
  KC_SIGN_IN_ACCOUNT_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  /**
   * Failed sign-ins allowed per client address per window. A whole office signs in from one NAT address, so this
   * is an order of magnitude above the per-account limit (correct sign-ins are never counted).
   */
  KC_SIGN_IN_ADDRESS_MAX_FAILURES: z.coerce.number().int().min(1).default(50),
  /** Window of the sign-in failure limits, in seconds (it starts at the first failure). */
  KC_SIGN_IN_WINDOW_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 3600)
    .default(15 * 60),
  /** SMTP server for e-mail (password reset links), e.g. smtps://user:pass@mail.example.vn:465. Wins over SMTP_HOST. */
  SMTP_URL: z.union([z.literal(""), z.string().url()]).optional(),
  /** SMTP host, when SMTP_URL is not used; port 465 is TLS from the start, others use STARTTLS. */
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASS: z.string().optional(),
  /** Sender of the application's e-mail. */
  MAIL_FROM: z.string().min(3).default('"Khuyến công" <no-reply@khuyencong.local>'),
  /** Minutes a password reset link stays valid (it works once). */
  KC_PASSWORD_RESET_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  /** The first due day of a periodic report the system counts as owed (earlier reports were sent on paper). */
  KC_REPORTS_COUNT_FROM: z.iso.date().default("2026-01-01"),
  /** Reminder days relative to a report's due day, negative before it ("-7,-1,1,7"; empty: no reminders). */
  KC_REPORT_REMINDER_DAYS: z
    .string()
    .default("-7,-1,1,7")
    .refine(
      (text) => parseReminderOffsets(text) !== null,
      "whole days from -60 to 60, not 0, comma-separated",
    ),
  /** Minutes between two reminder sweeps of a server process (0: this process does not sweep). */
  KC_REPORT_REMINDER_SWEEP_MINUTES: z.coerce.number().int().min(0).max(1440).default(60),
  /** Requests per minute and client address allowed on the public API. */
  KC_PUBLIC_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
  /** Bearer token that opens /metrics (at least 32 characters). Without it and KC_METRICS_ALLOW, /metrics is off. */
  KC_METRICS_TOKEN: z.string().min(32).optional(),
  /** Client addresses allowed to read /metrics without the token (comma separated, exact addresses). */
  KC_METRICS_ALLOW: z.string().default(""),
  /** Header set by a trusted reverse proxy with the client address (e.g. x-forwarded-for). Empty: use the socket. */
  KC_CLIENT_IP_HEADER: z.string().default(""),
  /** Largest JSON body accepted, in bytes. */
  KC_MAX_JSON_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  /** Largest uploaded file accepted, in bytes. */
  KC_MAX_UPLOAD_BYTES: z.coerce.number().int().min(1024).default(20_000_000),
  /**
   * Ed25519 private key (PKCS#8 PEM; "\n" escapes accepted) that signs certificate QR codes. Required in production;
   * without it demo and development generate one at first start and keep it in the database (decision 0016).
   */
  CERTIFICATE_SIGNING_KEY: z.string().min(1).optional(),
  /** The same key read from a file (a container secret); CERTIFICATE_SIGNING_KEY wins when both are set. */
  CERTIFICATE_SIGNING_KEY_FILE: z.string().min(1).optional(),
  /** Milliseconds between two looks at the job queue by an idle process (decision 0020). */
  KC_JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(500),
  /** Seconds between two heartbeats of a running job (PostgreSQL). */
  KC_JOB_HEARTBEAT_SECONDS: z.coerce.number().min(0.2).max(300).default(5),
  /**
   * Seconds without a heartbeat after which a running job's process is taken for dead and the job is retried or
   * failed (PostgreSQL). Several heartbeats: a busy process must not lose its job to one late beat.
   */
  KC_JOB_STALE_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  /** Runs a job may take (a crash or a dead process) before it is failed. */
  KC_JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(2),
  /** pino log level. */
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** Folder of the built SPA to serve; defaults to apps/web/dist. */
  KC_WEB_DIST: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return result.data;
}
