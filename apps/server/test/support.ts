import { readFileSync } from "node:fs";
import type { DataScope, RoleCode } from "@kc/domain";
import pg from "pg";
import pino from "pino";
import { inject } from "vitest";
import { createApp } from "../src/app";
import { type Database, openPglite, openPostgres, type QueryLogger } from "../src/db/client";
import { jobHandlers } from "../src/job-handlers";
import { createUser } from "../src/modules/users/create-user";
import { createAuth } from "../src/platform/auth";
import { createCaches } from "../src/platform/cache";
import type { AppDeps, SignInLimits } from "../src/platform/context";
import { createJobQueue } from "../src/platform/jobs/job-queue";
import { defaultJobQueueSettings, type JobQueueSettings } from "../src/platform/jobs/job-types";
import { createMailer, type MailMessage, type MailSettings } from "../src/platform/mail/mailer";
import { buildEstablishmentInput } from "../src/seed/builders/establishment-builder";

export type Engine = "pglite" | "postgres";
export const engines: Engine[] = ["pglite", "postgres"];

export const TEST_ORIGIN = "http://localhost:3000";
/** The client-address header the test applications trust (KC_CLIENT_IP_HEADER), set by TestClient. */
export const IP_HEADER = "x-test-client-ip";

/** A fresh database with migrations and reference data, cloned from the run's template. */
export async function openTestDatabase(engine: Engine, logger?: QueryLogger): Promise<Database> {
  if (engine === "pglite") {
    const dump = readFileSync(inject("pgliteTemplatePath"));
    return openPglite({ loadDataDir: new Blob([dump]), ...(logger ? { logger } : {}) });
  }
  const clone = await cloneTemplateDatabase();
  const database = openPostgres(clone.url, { max: 5, ...(logger ? { logger } : {}) });
  return {
    ...database,
    close: async () => {
      await database.close();
      await clone.drop();
    },
  };
}

/**
 * A fresh PostgreSQL database cloned from the run's template (migrated, reference data loaded), by its URL, for
 * tests that open it themselves (several applications on one database); `drop` removes it.
 */
export async function cloneTemplateDatabase(): Promise<{
  url: string;
  adminUrl: string;
  drop: () => Promise<void>;
}> {
  const templateUrl = new URL(inject("pgTemplateUrl"));
  const name = `t_${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const adminUrl = new URL(templateUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE kc_template`);
  await admin.end();
  const url = new URL(templateUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    adminUrl: adminUrl.toString(),
    drop: async () => {
      const dropper = new pg.Client({ connectionString: adminUrl.toString() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export type TestContext = Awaited<ReturnType<typeof createTestContext>>;

/** The whole application over a fresh database, with a clock the test can move. */
export async function createTestContext(
  engine: Engine,
  options: {
    /** Sign-in failure limits; the defaults are those of `.env.example`. */
    signInLimits?: Partial<SignInLimits>;
    sessionCacheSeconds?: number;
    referenceCacheSeconds?: number;
    /** Sees every statement the application sends (to count the queries of a request). */
    queryLogger?: QueryLogger;
    /** Sends e-mail through this SMTP server; without it, messages are only kept in `sentMail`. */
    smtp?: MailSettings;
    /** Serves this database instead of a fresh clone of the template (a restored backup). */
    database?: Database;
    /** Who may read /metrics; without it /metrics is off. */
    metrics?: AppDeps["config"]["metrics"];
    /** Bounds of the job queue (by default no poll: see below). */
    jobs?: Partial<JobQueueSettings>;
  } = {},
) {
  const sentMail: MailMessage[] = [];
  const database = options.database ?? (await openTestDatabase(engine, options.queryLogger));
  let offsetMs = 0;
  const signInLimits: SignInLimits = {
    accountMaxFailures: 5,
    addressMaxFailures: 50,
    windowSeconds: 900,
    ...options.signInLimits,
  };
  const logger = pino({ level: process.env.KC_TEST_LOG ?? "silent" });
  const jobs = createJobQueue({
    db: database.db,
    dbKind: database.kind,
    logger,
    handlers: jobHandlers,
    // One app per test context: its queue is told of every job it enqueues and every retry it schedules, so it
    // needs no poll, and a poll would put its statements among those the statement-count tests count.
    settings: { ...defaultJobQueueSettings, pollMs: 3_600_000, ...options.jobs },
  });
  const deps: AppDeps = {
    db: database.db,
    dbKind: database.kind,
    jobs,
    auth: createAuth(database.db, {
      baseURL: TEST_ORIGIN,
      secret: "test-secret-that-is-long-enough-0123456789",
      trustedOrigins: [TEST_ORIGIN],
      secureCookies: false,
      sessionIdleMinutes: 60,
      signInLimits,
    }),
    caches: createCaches({
      sessionSeconds: options.sessionCacheSeconds ?? 0,
      referenceSeconds: options.referenceCacheSeconds ?? 0,
    }),
    logger,
    mailer: options.smtp
      ? createMailer(options.smtp, { logger: pino({ level: "silent" }), printWhenUnconfigured: false })
      : {
          kind: "console",
          send: async (message) => {
            sentMail.push(message);
          },
        },
    config: {
      publicUrl: TEST_ORIGIN,
      trustedOrigins: [],
      secureCookies: false,
      clientIpHeader: IP_HEADER,
      maxJsonBytes: 100_000,
      maxUploadBytes: 6_000_000,
      sessionMaxHours: 24,
      signInLimits,
      passwordResetMinutes: 30,
      publicRateLimitPerMinute: 20,
      webDist: null,
      ...(options.metrics ? { metrics: options.metrics } : {}),
    },
    now: () => new Date(Date.now() + offsetMs),
    isReady: () => true,
  };
  const app = createApp(deps);
  jobs.start();
  return {
    app,
    db: database.db,
    engine,
    jobs,
    close: async () => {
      await jobs.stop();
      await database.close();
    },
    /** E-mail the application sent, when no SMTP server was given. */
    sentMail,
    /** Moves the application's clock forward (sessions' absolute lifetime). */
    advanceClock: (ms: number) => {
      offsetMs += ms;
    },
    client: (ip = randomIp()) => new TestClient(app, ip),
  };
}

export function randomIp(): string {
  const b = crypto.getRandomValues(new Uint8Array(3));
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

type AppLike = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

/** A browser-like client: keeps the session cookie, sends the CSRF header on unsafe methods. */
export class TestClient {
  cookies = new Map<string, string>();
  constructor(
    private readonly app: AppLike,
    readonly ip: string,
  ) {}

  get cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Response> {
    const init: RequestInit = { method, headers: { [IP_HEADER]: this.ip, ...headers } };
    const h = init.headers as Record<string, string>;
    if (this.cookies.size > 0) h.cookie = this.cookieHeader;
    if (method !== "GET" && method !== "HEAD") h["x-requested-with"] = "khuyencong";
    if (body instanceof FormData) init.body = body;
    else if (body !== undefined) {
      h["content-type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    const response = await this.app.request(path, init);
    for (const cookie of response.headers.getSetCookie()) {
      const [pair] = cookie.split(";");
      const [name, ...value] = (pair ?? "").split("=");
      if (!name) continue;
      const text = value.join("=");
      if (text === "" || /max-age=0/i.test(cookie)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), text);
    }
    return response;
  }

  get(path: string) {
    return this.request("GET", path);
  }
  post(path: string, body?: unknown) {
    return this.request("POST", path, body ?? {});
  }
  patch(path: string, body: unknown) {
    return this.request("PATCH", path, body);
  }

  async signIn(email: string, password: string): Promise<Response> {
    return this.post("/api/v1/auth/sign-in", { email, password });
  }
}

export type BuiltUser = { id: string; email: string; password: string; role: RoleCode; scope: DataScope };

/** Factory: an account of any role and scope, created through the same use case as the admin screen. */
export async function buildUser(
  ctx: { db: Database["db"] },
  options: { role: RoleCode; scope?: DataScope; organisationId?: string | null; name?: string },
): Promise<BuiltUser> {
  const scope = options.scope ?? defaultScope(options.role);
  const email = `${options.role.toLowerCase().replaceAll("_", "-")}-${crypto.randomUUID().slice(0, 8)}@test.khuyencong.vn`;
  const password = `mat-khau-${crypto.randomUUID().slice(0, 8)}`;
  const row = await createUser({
    db: ctx.db,
    actor: null,
    meta: { requestId: "factory", ip: null, userAgent: null },
    input: {
      email,
      name: options.name ?? "Người Kiểm Thử",
      role: options.role,
      scope,
      organisationId: options.organisationId ?? null,
      password,
    },
  });
  return { id: row.id, email, password, role: options.role, scope };
}

export const DONG_THAP = "P34-82";
export const HA_NOI = "P34-01";

function defaultScope(role: RoleCode): DataScope {
  switch (role) {
    case "PROVINCIAL_LEADER":
    case "PROVINCIAL_OFFICER":
      return { kind: "PROVINCE", provinceId: DONG_THAP };
    case "IMPLEMENTER":
      return { kind: "ORGANISATION", organisationId: "ORG-TTKC-P34-82" };
    case "JUROR":
    case "COUNCIL_SECRETARY":
      return { kind: "SELECTION_MEMBER" };
    default:
      return { kind: "NATIONAL" };
  }
}

/** Signs a new user of the role in and answers its client. */
export async function signedIn(ctx: TestContext, options: Parameters<typeof buildUser>[1]) {
  const user = await buildUser(ctx, options);
  const client = ctx.client();
  const response = await client.signIn(user.email, user.password);
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
  return { user, client };
}

// biome-ignore lint/suspicious/noExplicitAny: tests inspect arbitrary JSON bodies with expect().
export type Json = any;

/** The JSON body of a response, typed loosely for assertions. */
export async function json(response: Response): Promise<Json> {
  return response.json();
}

/** The committed sample commune list (Hà Nội, Đồng Tháp), imported through the same use case as the demo. */
export async function seedSampleCommunes(ctx: { db: Database["db"] }): Promise<void> {
  const { seedDemoCommunes } = await import("../src/seed/demo/demo-communes");
  await seedDemoCommunes(ctx.db);
}

/** Communes of the sample file used by the establishment tests. */
export const COMMUNE_DONG_THAP = "XA-28249-2025-07-01"; // Phường Mỹ Tho
export const COMMUNE_HA_NOI = "XA-00004-2025-07-01"; // Phường Ba Đình

/** A valid establishment input (the demo seed's builder); override what the test is about. */
export function establishmentInput(overrides: Record<string, unknown> = {}) {
  return { ...buildEstablishmentInput(), ...overrides };
}
