import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderError } from "../../src/platform/errors";
import { seedDemoAccounts } from "../../src/seed/demo/demo-accounts";
import { seedDemoEstablishments } from "../../src/seed/demo/demo-establishments";
import { seedDemoFigures } from "../../src/seed/demo/demo-figures";
import { seedDemoProjects } from "../../src/seed/demo/demo-projects";
import { createTestContext, randomIp, seedSampleCommunes, TEST_ORIGIN, type TestContext } from "../support";
import { type Failure, MINIMISE_BUDGET, minimise, record, summarise } from "./failures";
import { createFingerprinter, type Fingerprinter, fingerprintDiff } from "./fingerprint";
import { describe as describeRequest, type FuzzRequest, requestArb, toInit } from "./requests";
import { type Operation, ResponseChecker } from "./response-check";
import { gatherPools, IP_HEADER, ROLE_EMAILS, type Role, resolveRef, signIn } from "./roles";
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
      const replay = `KC_FUZZ_SEED=${SEED} KC_FUZZ_RUNS=${RUNS}${ROUTE_FILTER ? ` KC_FUZZ_ROUTE=${ROUTE_FILTER}` : ""}`;
      const summary = summarise(failures, { sent, seconds, replay });
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
