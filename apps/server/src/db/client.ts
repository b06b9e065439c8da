import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs";
import { join, resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { readMigrationFiles } from "drizzle-orm/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { migrationsFolder } from "../paths";
import { attachConnectionGate } from "./connection-gate";
import * as schema from "./schema/index";

/** One database type for both drivers (STACK.md gotcha 12): queries never branch on the driver. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type DbKind = "pglite" | "postgres";

export type Database = {
  db: Db;
  kind: DbKind;
  migrate: () => Promise<void>;
  close: () => Promise<void>;
};

export { migrationsFolder };

export const pgliteExtensions = { unaccent, pg_trgm };

/**
 * Opens the embedded database in `dataDir` (or in memory when `dataDir` is undefined). Takes an exclusive lock
 * file first: two processes on one PGlite folder would silently lose commits (DESIGN.md).
 */
/** Receives every statement Drizzle sends (tests count the queries of a request with it). */
export type QueryLogger = { logQuery(query: string, params: unknown[]): void };

export async function openPglite(
  options: { dataDir?: string; loadDataDir?: Blob; logger?: QueryLogger } = {},
): Promise<Database> {
  let releaseLock = () => {};
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true });
    releaseLock = acquireFolderLock(options.dataDir);
  }
  try {
    const client = await PGlite.create({
      dataDir: options.dataDir ? resolve(options.dataDir, "pgdata") : undefined,
      extensions: pgliteExtensions,
      loadDataDir: options.loadDataDir,
      relaxedDurability: false,
    });
    const db = drizzlePglite({
      client,
      schema,
      ...(options.logger ? { logger: options.logger } : {}),
    }) as unknown as Db;
    // One connection: a long import's transaction takes it alone through the gate (db/connection-gate.ts).
    attachConnectionGate(db);
    return {
      db,
      kind: "pglite",
      migrate: async () => {
        await migratePglite(drizzlePglite({ client, schema }), { migrationsFolder });
      },
      close: async () => {
        await client.close();
        releaseLock();
      },
    };
  } catch (error) {
    releaseLock();
    throw error;
  }
}

export function openPostgres(
  url: string,
  options: { max?: number; logger?: QueryLogger; onConnectionError?: (error: Error) => void } = {},
): Database {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // A connection the server terminates (restart, failover, an administrator, a dropped test database) must not
  // crash the process: the pool replaces it, and a query that was running on it fails on its own.
  const onError = options.onConnectionError ?? (() => {});
  pool.on("error", onError);
  pool.on("connect", (client) => client.on("error", onError));
  const db = drizzlePg({
    client: pool,
    schema,
    ...(options.logger ? { logger: options.logger } : {}),
  }) as unknown as Db;
  return {
    db,
    kind: "postgres",
    migrate: async () => {
      // A role that owns nothing (docs/deploy.md, "Database roles") cannot even create drizzle's journal schema:
      // with nothing to apply, it is not asked to.
      if (!(await hasPendingMigrations(pool))) return;
      try {
        await migratePg(drizzlePg({ client: pool, schema }), { migrationsFolder });
      } catch (error) {
        if (codeOf(error) !== "42501") throw error;
        throw new Error(
          "The database has migrations to apply and DATABASE_URL's role may not apply them: run `npm run migrate` with DATABASE_MIGRATION_URL set to the schema owner (docs/deploy.md).",
          { cause: error },
        );
      }
    },
    close: async () => {
      await pool.end();
    },
  };
}

/** Whether the newest migration of the code is newer than the newest drizzle has recorded in the database. */
async function hasPendingMigrations(pool: pg.Pool): Promise<boolean> {
  const newest = Math.max(...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
  try {
    const { rows } = await pool.query<{ at: string | null }>(
      "SELECT max(created_at)::text AS at FROM drizzle.__drizzle_migrations",
    );
    return rows[0]?.at == null || Number(rows[0].at) < newest;
  } catch {
    return true; // no journal yet (a new database), or not readable: let the migrator say what is wrong
  }
}

function codeOf(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string } }).cause;
  return (error as { code?: string }).code ?? cause?.code;
}

/** The PGlite client under a database opened by `openPglite`, or null on PostgreSQL. */
export function pgliteClientOf(db: Db): PGlite | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof PGlite ? client : null;
}

/** The live process that holds an embedded data folder (a running server), if any. */
export function folderOwner(dataDir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dataDir, "server.lock"), "utf8").trim());
    return Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid) ? pid : null;
  } catch {
    return null;
  }
}

/**
 * Lock file holding the owner's pid. A lock left by a dead process (kill -9) is taken over; a live owner
 * makes this process refuse to start.
 */
function acquireFolderLock(dataDir: string): () => void {
  const lockPath = join(dataDir, "server.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, "wx");
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const ownerPid = Number(readFileSync(lockPath, "utf8").trim());
      if (Number.isInteger(ownerPid) && ownerPid > 0 && ownerPid !== process.pid && isAlive(ownerPid)) {
        throw new Error(
          `The data folder ${dataDir} is in use by process ${ownerPid}; PGlite allows one process per folder.`,
        );
      }
      rmSync(lockPath, { force: true });
    }
  }
  throw new Error(`Could not lock the data folder ${dataDir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Connection counts of the PostgreSQL pool under a database opened by `openPostgres`, or null on PGlite. */
export function poolUsageOf(db: Db): { total: number; idle: number; waiting: number } | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (!(client instanceof pg.Pool)) return null;
  return { total: client.totalCount, idle: client.idleCount, waiting: client.waitingCount };
}
