import { sql } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Logger } from "pino";
import type { Db, DbKind } from "./client";

/**
 * After a bulk write, PGlite needs what PostgreSQL's autovacuum does on its own: PGlite runs no autovacuum, so
 * without this the new rows' pages are never marked all-visible (index-only scans, on which the lists rely, would
 * read the table for every row) and the planner's statistics would stay those of before the import. Runs outside
 * any transaction; a failure is logged, never thrown, since the data is already committed.
 */
export async function settleAfterBulkWrite(
  db: Db,
  kind: DbKind,
  table: PgTable,
  logger: Pick<Logger, "warn">,
): Promise<void> {
  if (kind !== "pglite") return;
  try {
    await db.execute(sql`VACUUM (ANALYZE) ${table}`);
  } catch (error) {
    logger.warn({ err: error }, "VACUUM after a bulk write failed");
  }
}
