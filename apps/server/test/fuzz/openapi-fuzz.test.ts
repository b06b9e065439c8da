import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEMO_PASSWORD, demoAccounts, seedDemoAccounts } from "../../src/db/demo/demo-accounts";
import { seedDemoEstablishments } from "../../src/db/demo/demo-establishments";
import { seedDemoFigures } from "../../src/db/demo/demo-figures";
import { seedDemoProjects } from "../../src/db/demo/demo-projects";
import { buildEstablishmentInput } from "../../src/db/demo/establishment-builder";
import { renderError } from "../../src/platform/errors";
import { projectInput } from "../project-support";
import {
  COMMUNE_DONG_THAP,
  createTestContext,
  randomIp,
  seedSampleCommunes,
  TEST_ORIGIN,
  type TestContext,
} from "../support";
import { createFingerprinter, type Fingerprinter, fingerprintDiff } from "./fingerprint";
import { describe as describeRequest, type FuzzRequest, requestArb, toInit } from "./requests";
import { type Operation, ResponseChecker } from "./response-check";
import type { Schema, SchemaContext } from "./schema-arbitrary";

/**
 * OpenAPI-driven fuzzing (issue 12): every operation of the served document /api/openapi.json, as every demo role
 * and anonymously, with inputs derived from the documented schemas — real ids of the demo data mixed with edge
 * values and wrong content types. The run fails on any 5xx, any answer outside the documented contract (status,
 * content type, body schema), any stack trace or SQL in a body, and any write made by a refused request. Every
 * distinct failure of the run is collected and printed, grouped, with the smallest input that showed it.
 *
 * KC_FUZZ_RUNS sets the number of requests (default sized for CI: 2,000, about 80 s on a 2-core machine at a load of 10);
 * KC_FUZZ_SEED replays a run (the seed is printed with every failure); KC_FUZZ_ROUTE keeps only the operations
 * whose path contains the given text (a different sequence than the full run, for focusing on one area).
 *
 * PGlite only: it is the same SQL dialect as PostgreSQL (PostgreSQL 18 compiled to WebAssembly), the other API
 * tests run every behaviour on both engines, and the fuzz run's budget is better spent on more cases than on
 * running the same cases twice.
 */

const RUNS = Number(process.env.KC_FUZZ_RUNS ?? 2000);
const SEED = process.env.KC_FUZZ_SEED
  ? Number(process.env.KC_FUZZ_SEED)
  : Date.now() ^ (Math.random() * 2 ** 31);
const ROUTE_FILTER = process.env.KC_FUZZ_ROUTE ?? "";

/** The copy of support.ts's client-address header: each role has its own address (sign-in rate limits). */
const IP_HEADER = "x-test-client-ip";

type Role = { name: string; email: string | null; cookie: string; ip: string };

const ROLE_EMAILS: Record<string, string | null> = {
  admin: "admin@demo.khuyencong.vn",
  "central officer": "trunguong@demo.khuyencong.vn",
  "central leader": "lanhdao.trunguong@demo.khuyencong.vn",
  auditor: "kiemtra@demo.khuyencong.vn",
  "provincial officer": "dongthap@demo.khuyencong.vn",
  "provincial leader": "lanhdao.dongthap@demo.khuyencong.vn",
  anonymous: null,
};

type Failure = {
  key: string;
  status: number;
  reason: string;
  roles: Set<string>;
  count: number;
  example: string;
  /** The smallest request seen for it, and who sent it. */
  request: FuzzRequest;
  role: Role;
};

const MINIMISE_BUDGET = 400;
let lastError: unknown = null;
let fingerprintNow: Fingerprinter = async () => "";

describe("OpenAPI fuzzing on pglite", () => {
  let ctx: TestContext;
  let document: Schema;
  const roles: Role[] = [];
  const pools = new Map<string, unknown[]>();

  beforeAll(async () => {
    ctx = await createTestContext("pglite");
    await seedSampleCommunes(ctx);
    await seedDemoAccounts(ctx.db);
    await seedDemoEstablishments(ctx.db, 120);
    await seedDemoProjects(ctx.db);
    await seedDemoFigures(ctx.db);
    for (const [name, email] of Object.entries(ROLE_EMAILS)) {
      const role: Role = { name, email, cookie: "", ip: randomIp() };
      if (email) await signIn(ctx, role);
      roles.push(role);
    }
    document = (await (await ctx.app.request("/api/openapi.json")).json()) as Schema;
    const responseChecker = new ResponseChecker(document);
    checker = (...args) => responseChecker.check(...args);
    fingerprintNow = await createFingerprinter(ctx.db);
    await gatherPools(ctx, roles, pools);
    // The cause of a 500 goes into the failure summary; the answer itself stays the application's.
    ctx.app.onError((error, c) => {
      lastError = error;
      return renderError(error, c);
    });
  }, 180_000);
  afterAll(async () => ctx?.close());

  it(
    "answers every generated request within the documented contract, without 500s, leaks or refused writes",
    async () => {
      const operations: Operation[] = [];
      for (const [path, methods] of Object.entries(
        document.paths as Record<string, Record<string, Schema>>,
      )) {
        for (const [method, operation] of Object.entries(methods)) {
          if (path.includes(ROUTE_FILTER)) operations.push({ path, method, operation });
        }
      }
      expect(operations.length).toBeGreaterThan(0);
      const schemaCtx: SchemaContext = {
        resolve: (schema) => resolveRef(document, schema),
        pool: (name) => pools.get(name),
      };
      const caseArb = fc.tuple(
        fc.oneof(...operations.map((op) => requestArb(op, schemaCtx))),
        // Anonymous requests mostly end at 401: fewer of them.
        fc.oneof(
          { weight: 6, arbitrary: fc.constantFrom(...roles.filter((r) => r.email)) },
          { weight: 1, arbitrary: fc.constantFrom(...roles.filter((r) => !r.email)) },
        ),
      );
      const failures = new Map<string, Failure>();
      const opsByKey = new Map(operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, op]));
      const run = (request: FuzzRequest, role: Role) =>
        evaluate(ctx, opsByKey.get(`${request.method} ${request.route}`) as Operation, request, role);
      let sent = 0;
      const succeeded = new Map<string, number>(
        operations.map((op) => [`${op.method.toUpperCase()} ${op.path}`, 0]),
      );
      const spent = new Map<string, number>();
      const started = performance.now();

      await fc.assert(
        fc.asyncProperty(caseArb, async ([request, role]) => {
          sent += 1;
          const t0 = performance.now();
          const { status, reasons } = await run(request, role);
          const routeKey = `${request.method} ${request.route}`;
          if (status < 300) succeeded.set(routeKey, (succeeded.get(routeKey) ?? 0) + 1);
          spent.set(routeKey, (spent.get(routeKey) ?? 0) + performance.now() - t0);
          for (const reason of reasons) record(failures, { status, reason, role, request });
          return true;
        }),
        { numRuns: RUNS, seed: SEED, endOnFailure: true },
      );
      // The smallest example of each failure is then cut down further: drop query parameters, body fields and
      // multipart parts one at a time while the same failure still happens.
      let budget = MINIMISE_BUDGET;
      for (const failure of failures.values()) {
        const reduced = await minimise(failure, run, () => budget-- > 0);
        failure.example = describeRequest(reduced.request, failure.role.name);
        failure.reason = reduced.reason;
      }

      const seconds = Math.round((performance.now() - started) / 1000);
      const summary = summarise(failures, { sent, seconds });
      // Coverage: the operations no generated request got through to a success (KC_FUZZ_VERBOSE=1 prints it).
      const neverSucceeded = [...succeeded].filter(([, n]) => n === 0).map(([key]) => key);
      if (process.env.KC_FUZZ_VERBOSE) {
        const slowest = [...spent]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([key, ms]) => `${key} ${Math.round(ms / 1000)} s`);
        console.info(
          `${sent} requests in ${seconds} s; never answered 2xx: ${neverSucceeded.join(", ") || "none"}`,
        );
        console.info(`most time: ${slowest.join(", ")}`);
      }
      expect(failures.size, summary).toBe(0);
    },
    Math.max(600_000, RUNS * 300),
  );
});

/** Signs the role in through the real sign-in route and keeps its session cookie. */
async function signIn(ctx: TestContext, role: Role): Promise<void> {
  const response = await ctx.app.request("/api/v1/auth/sign-in", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-requested-with": "khuyencong",
      origin: TEST_ORIGIN,
      [IP_HEADER]: role.ip,
    },
    body: JSON.stringify({ email: role.email, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${role.name} failed: ${response.status}`);
  role.cookie = cookiesOf(response, "");
}

function cookiesOf(response: Response, previous: string): string {
  const jar = new Map(
    previous
      .split("; ")
      .filter(Boolean)
      .map((pair) => pair.split("=") as [string, string]),
  );
  for (const cookie of response.headers.getSetCookie()) {
    const [pair] = cookie.split(";");
    const [name, ...value] = (pair ?? "").split("=");
    if (!name) continue;
    const text = value.join("=");
    if (text === "" || /max-age=0/i.test(cookie)) jar.delete(name.trim());
    else jar.set(name.trim(), text);
  }
  return [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
}

/** Sends one request and lists every way its answer breaks the contract. */
async function evaluate(
  ctx: TestContext,
  op: Operation,
  request: FuzzRequest,
  role: Role,
): Promise<{ status: number; reasons: string[] }> {
  // Requests run one after another, so the state after one request is the state before the next: one fingerprint
  // per request. A re-sign-in (afterRequest) writes, so it forgets the chained value.
  const before = chained ?? (await fingerprintNow());
  lastError = null;
  const response = await send(ctx, request, role);
  const contentType = response.headers.get("content-type") ?? "";
  const binary = /openxmlformats|octet-stream|pdf|image\//.test(contentType);
  const text = binary ? "" : await response.text();
  if (binary) await response.arrayBuffer();
  const reasons = checker(op, response.status, contentType, text);
  if (response.status >= 500) reasons[0] = `${reasons[0]}: ${errorSummary(lastError)}`;
  const after = await fingerprintNow();
  chained = after;
  if (response.status >= 400 && after !== before) {
    reasons.push(`refused request wrote: ${fingerprintDiff(before, after)}`);
  }
  if (await afterRequest(ctx, request, role, response.status)) chained = null;
  return { status: response.status, reasons };
}

let checker: ResponseChecker["check"] = () => [];
let chained: string | null = null;

/** The thrown error's class and message, with quoted values and numbers masked so causes group together. */
function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Drizzle wraps the driver's error ("Failed query: <the SQL>"); the cause says what the database refused.
  const cause = error.cause instanceof Error ? error.cause : null;
  const message = `${cause ? "database: " : ""}${(cause ?? error).message.split("\n")[0]?.slice(0, 160) ?? ""}`;
  const frame =
    error.stack?.split("\n").find((line) => /\/(?:apps\/server|packages\/domain)\/src\//.test(line)) ?? "";
  const where = /((?:server|domain)\/src\/[^:)]+):(\d+)/.exec(frame);
  return `${error.name}: ${message}${where ? ` (at ${where[1]}:${where[2]})` : ""}`;
}

async function send(ctx: TestContext, request: FuzzRequest, role: Role): Promise<Response> {
  const { body, contentType } = toInit(request);
  const headers: Record<string, string> = { [IP_HEADER]: role.ip, origin: TEST_ORIGIN };
  if (role.cookie) headers.cookie = role.cookie;
  if (request.method !== "GET") headers["x-requested-with"] = "khuyencong";
  if (contentType) headers["content-type"] = contentType;
  return ctx.app.request(request.url, {
    method: request.method,
    headers,
    ...(body === null ? {} : { body }),
  });
}

/**
 * Keeps each role signed in as itself. A sign-in or TOTP step may set another account's cookie: ignored. After a
 * sign-out (or anything that ended the session), the role signs in again, from a new address so the sign-in rate
 * limit does not end the run.
 */
async function afterRequest(
  ctx: TestContext,
  request: FuzzRequest,
  role: Role,
  status: number,
): Promise<boolean> {
  if (!role.email) return false;
  if (request.route === "/api/v1/auth/sign-out" && status < 400) {
    role.ip = randomIp();
    await signIn(ctx, role);
    return true;
  }
  if (status === 401) {
    const me = await ctx.app.request("/api/v1/me", {
      headers: { cookie: role.cookie, [IP_HEADER]: role.ip },
    });
    await me.arrayBuffer();
    if (me.status === 401) {
      role.ip = randomIp();
      await signIn(ctx, role);
      return true;
    }
  }
  return false;
}

/**
 * The part of a reason that names the fault: values after a colon in quotes, and table figures, vary; a 500 is
 * known by its error class and source line when it has one (messages carry the input).
 */
function faultOf(reason: string): string {
  const located = /^(server error \d+: \w+).*(\(at [^)]+\))$/.exec(reason);
  if (located) return `${located[1]} ${located[2]}`;
  if (reason.startsWith("server error")) return reason.slice(0, 60).replace(/\d+/g, "N");
  return reason
    .replace(/: "[\s\S]*$/, "")
    .replace(/: [^→,]*→ [^,]*/g, "")
    .replace(/\d+/g, "N");
}

function record(
  failures: Map<string, Failure>,
  found: { status: number; reason: string; role: Role; request: FuzzRequest },
): void {
  const key = `${found.request.method} ${found.request.route} ${found.status} ${faultOf(found.reason)}`;
  const example = describeRequest(found.request, found.role.name);
  const existing = failures.get(key);
  if (!existing) {
    failures.set(key, { ...found, key, roles: new Set([found.role.name]), count: 1, example });
    return;
  }
  existing.count += 1;
  existing.roles.add(found.role.name);
  if (example.length < existing.example.length) {
    Object.assign(existing, { example, reason: found.reason, request: found.request, role: found.role });
  }
}

/** Greedy reduction of a failing request: keep any smaller variant that fails the same way. */
async function minimise(
  failure: Failure,
  run: (request: FuzzRequest, role: Role) => Promise<{ status: number; reasons: string[] }>,
  spend: () => boolean,
): Promise<{ request: FuzzRequest; reason: string }> {
  let best = { request: failure.request, reason: failure.reason };
  let improved = true;
  while (improved) {
    improved = false;
    for (const candidate of smaller(best.request)) {
      if (!spend()) return best;
      const { status, reasons } = await run(candidate, failure.role);
      const same = reasons.find((r) => status === failure.status && faultOf(r) === faultOf(failure.reason));
      if (same) {
        best = { request: candidate, reason: same };
        improved = true;
        break;
      }
    }
  }
  return best;
}

/** One-step-smaller variants: a query parameter less, a body field or array item less, a multipart part less. */
function* smaller(request: FuzzRequest): Generator<FuzzRequest> {
  const [path, query] = request.url.split("?", 2) as [string, string | undefined];
  const pairs = query ? query.split("&") : [];
  for (let i = 0; i < pairs.length; i++) {
    const rest = pairs.filter((_, j) => j !== i);
    yield { ...request, url: rest.length > 0 ? `${path}?${rest.join("&")}` : path };
  }
  const body = request.body;
  if (body && typeof body === "object") {
    for (let i = 0; i < body.multipart.length; i++) {
      yield { ...request, body: { multipart: body.multipart.filter((_, j) => j !== i) } };
    }
    return;
  }
  if (typeof body !== "string") return;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return;
  }
  for (const reduced of smallerJson(value)) yield { ...request, body: JSON.stringify(reduced) };
}

function* smallerJson(value: unknown): Generator<unknown> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield value.filter((_, j) => j !== i);
    for (let i = 0; i < value.length; i++) {
      for (const item of smallerJson(value[i])) yield value.map((v, j) => (j === i ? item : v));
    }
  } else if (value && typeof value === "object") {
    const entries = Object.entries(value);
    for (const [key] of entries) yield Object.fromEntries(entries.filter(([k]) => k !== key));
    for (const [key, child] of entries) {
      for (const item of smallerJson(child)) yield { ...(value as object), [key]: item };
    }
  }
}

function summarise(failures: Map<string, Failure>, run: { sent: number; seconds: number }): string {
  const lines = [
    `OpenAPI fuzzing: ${run.sent} requests in ${run.seconds} s, ${failures.size} distinct failures.`,
    `Replay with KC_FUZZ_SEED=${SEED} KC_FUZZ_RUNS=${RUNS}${ROUTE_FILTER ? ` KC_FUZZ_ROUTE=${ROUTE_FILTER}` : ""}`,
  ];
  const routeOf = (f: Failure) => `${f.request.method} ${f.request.route}`;
  const sorted = [...failures.values()].sort(
    (a, b) => routeOf(a).localeCompare(routeOf(b)) || a.status - b.status,
  );
  let route = "";
  for (const f of sorted) {
    if (routeOf(f) !== route) {
      route = routeOf(f);
      lines.push("", route);
    }
    lines.push(`  ${f.status} ${f.reason}  (×${f.count}; ${[...f.roles].join(", ")})`);
    lines.push(`      smallest: ${f.example}`);
  }
  return lines.join("\n");
}

function resolveRef(document: Schema, schema: Schema): Schema {
  let current = schema;
  for (let i = 0; i < 10 && typeof current?.$ref === "string"; i++) {
    const path = (current.$ref as string).replace(/^#\//, "").split("/");
    let target: Schema = document;
    for (const part of path) target = target?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
    current = target ?? {};
  }
  return current ?? {};
}

/** Real ids of the demo data, read once through the API, by the role that can see them. */
async function gatherPools(ctx: TestContext, roles: Role[], pools: Map<string, unknown[]>): Promise<void> {
  const as = (name: string) => roles.find((r) => r.name === name) as Role;
  const get = async (role: Role, url: string): Promise<Schema> => {
    const response = await ctx.app.request(url, { headers: { cookie: role.cookie, [IP_HEADER]: role.ip } });
    if (response.status !== 200) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    return (await response.json()) as Schema;
  };
  const central = as("central officer");
  const ids = (body: Schema, field = "id") => ((body.items ?? []) as Schema[]).map((item) => item[field]);
  const put = (keys: string[], values: unknown[]) => {
    for (const key of keys) pools.set(key, [...(pools.get(key) ?? []), ...values.filter((v) => v != null)]);
  };

  const establishments = await get(central, "/api/v1/establishments?pageSize=200");
  put(["establishments:id", "establishmentId"], ids(establishments).slice(0, 40));
  const projects = await get(central, "/api/v1/projects?pageSize=200");
  const projectIds = ids(projects);
  put(["projects:id"], projectIds);
  for (const id of projectIds.slice(0, 8)) {
    const detail = await get(central, `/api/v1/projects/${id}`);
    put(
      ["documents:documentId", "documentId"],
      ((detail.documents ?? []) as Schema[]).map((d) => d.id),
    );
  }
  put(["annual-plans:id"], ids(await get(central, "/api/v1/annual-plans?pageSize=200")));
  const norms = ids(await get(central, "/api/v1/support-norm-sets?pageSize=200"));
  put(["support-norm-sets:id", "id"], norms);
  put(["programmeId"], ids(await get(central, "/api/v1/programmes")));
  const provinces = ids(await get(central, "/api/v1/admin-units?level=TINH&pageSize=200"));
  put(["admin-units:id", "provinceId", "parentId"], provinces);
  const communes = ids(await get(central, "/api/v1/admin-units?level=XA&pageSize=200")).slice(0, 40);
  put(["admin-units:id", "communeId"], communes);
  const organisations = ids(await get(central, "/api/v1/organisations?pageSize=200")).slice(0, 40);
  put(["organisationId", "implementerOrgId", "coordinatingOrgId"], organisations);
  put(
    ["legalDocumentKey"],
    ids(await get(central, "/api/v1/legal-documents?pageSize=200"), "key").slice(0, 40),
  );
  put(["unitId", "unit"], ids(await get(central, "/api/v1/plan-units?year=2025")));
  const users = ((await get(as("admin"), "/api/v1/users?pageSize=200")).items ?? []) as Schema[];
  put(
    ["users:id"],
    users.map((u) => u.id),
  );
  // Writes to accounts leave the fuzzing accounts alone: disabling or re-scoping them would end the run's roles.
  const fuzzing = new Set(Object.values(ROLE_EMAILS).filter(Boolean));
  put(
    ["users:id:write"],
    users.filter((u) => !fuzzing.has(u.email)).map((u) => u.id),
  );
  put(
    ["email"],
    demoAccounts.map((a) => a.email),
  );
  // Only the sign-in route gets the real password: it may then succeed (and its answer be checked); the
  // two-factor routes never do, so no fuzzing account turns on TOTP.
  put(["post /api/v1/auth/sign-in:password"], [DEMO_PASSWORD]);
  put(
    ["post /api/v1/establishments:__body"],
    [
      buildEstablishmentInput(),
      buildEstablishmentInput({
        name: "Hợp tác xã gốm Tân Phú",
        legalForm: "HTX",
        communeId: COMMUNE_DONG_THAP,
      }),
    ],
  );
  // A project of the provincial officer's province, as the project tests build it.
  const own = ids(await get(as("provincial officer"), "/api/v1/establishments?pageSize=5"));
  put(
    ["post /api/v1/projects:__body"],
    own.map((id) => projectInput(String(id))),
  );
  put(
    ["fields"],
    [
      JSON.stringify({ kind: "CONG_VAN_DE_NGHI", number: "12/CV", date: "2025-03-01", title: "Công văn" }),
      JSON.stringify({ kind: "QUYET_DINH_PHE_DUYET", date: "0000-01-01" }),
    ],
  );
}
