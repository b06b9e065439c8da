import pg from "pg";

/**
 * The rule "one connection runs one query at a time", enforced on the server suite (issue 13, item 9).
 *
 * node-postgres queues a query sent while its connection is still busy, prints a DeprecationWarning ("Calling
 * client.query() when the client is already executing a query … will be removed in pg@9.0") and goes on. Inside a
 * transaction that means a `Promise.all` of several queries on one `tx`: it works today, breaks with pg 9, and
 * gains nothing (one connection answers one query at a time anyway). We do not rely on that warning alone:
 * pg prints it only from the third query waiting on a connection (two concurrent queries stay silent) and only
 * once per process, so a second offender in the same worker would go unseen. Instead every `Client#query` of
 * the test process is watched, and a call made while the same connection is still busy is recorded with the
 * stack of the caller; `guard.ts` turns a record into a failed test. pg's own deprecation warnings (this one,
 * and its others, such as an invalid Date sent as a parameter) are recorded too, as a second net.
 *
 * Why not `node --throw-deprecation`: it would throw for every deprecation of every dependency (and of Vitest
 * itself) in the worker, not only ours, and it throws inside the query call, where the application turns the
 * error into a 500 and the reason is lost.
 */
export type ConcurrentQuery = { reason: string; stack: string };

type ClientInternals = {
  pipeline?: boolean;
  _queryQueue?: unknown[];
  _getActiveQuery?: () => unknown;
};

const RECORDS = Symbol.for("kc.test.pgConcurrentQueries");
const WATCHED = Symbol.for("kc.test.pgQueryWatched");

type GuardGlobal = typeof globalThis & { [RECORDS]?: ConcurrentQuery[] };
type WatchedPrototype = typeof pg.Client.prototype & { [WATCHED]?: true };

/** The records of this worker process, shared by every test file the process runs. */
function records(): ConcurrentQuery[] {
  const scope = globalThis as GuardGlobal;
  scope[RECORDS] ??= [];
  return scope[RECORDS];
}

/** Takes (and clears) what was recorded since the last call. */
export function takeConcurrentQueries(): ConcurrentQuery[] {
  return records().splice(0);
}

/** Is this client still running, or holding queued, an earlier query? */
function isBusy(client: ClientInternals): boolean {
  // Private fields of pg 8. Should an upgrade rename them, fail loudly: a guard that silently stops looking is a
  // test that cannot fail.
  if (!Array.isArray(client._queryQueue) || typeof client._getActiveQuery !== "function") {
    throw new Error("pg's Client internals changed: update apps/server/test/setup/pg-concurrent-queries.ts");
  }
  if (client.pipeline) return false; // a pipelined connection is meant to carry several queries at once
  return client._getActiveQuery() != null || client._queryQueue.length > 0;
}

function queryText(args: unknown[]): string {
  const [config] = args;
  const text = typeof config === "string" ? config : (config as { text?: unknown } | null)?.text;
  return typeof text === "string" ? text.replace(/\s+/g, " ").slice(0, 160) : "(query object)";
}

/**
 * Our frames of the current stack, when there are any: pg's and Drizzle's frames would otherwise fill the ten
 * that V8 keeps. A Drizzle query awaited through `Promise.all` runs from a microtask, so its stack usually has none
 * of ours; the query text then says which query it was.
 */
function callerStack(): string {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 60;
  const stack = new Error("concurrent query").stack ?? "";
  Error.stackTraceLimit = limit;
  return stack
    .split("\n")
    .slice(1)
    .filter((line) => !line.includes("node_modules") && !line.includes("pg-concurrent-queries"))
    .join("\n");
}

/** Wraps `Client#query` once per process (the pg module is shared by the test files a worker runs). */
export function watchPgQueries(): void {
  const prototype = pg.Client.prototype as WatchedPrototype;
  if (prototype[WATCHED]) return;
  const original = prototype.query as (...args: unknown[]) => unknown;
  prototype.query = function watchedQuery(this: ClientInternals, ...args: unknown[]) {
    if (isBusy(this)) {
      records().push({
        reason: `client.query() while the connection is still executing a query: ${queryText(args)}`,
        stack: callerStack(),
      });
    }
    return original.apply(this, args);
  } as typeof prototype.query;
  prototype[WATCHED] = true;

  process.on("warning", recordPgDeprecation);
}

/** Records a process warning when it is one of pg's deprecations (the listener of `watchPgQueries`). */
export function recordPgDeprecation(warning: Error): void {
  if (warning.name !== "DeprecationWarning") return;
  const fromPg = /pg@9|version of pg/.test(warning.message) || /node_modules\/pg\//.test(warning.stack ?? "");
  if (fromPg) records().push({ reason: `pg: ${warning.message}`, stack: warning.stack ?? "" });
}
