import type { SqlClient } from "./registry-data";

/**
 * The bulk-load pattern of the bench seeds, for tables of hundreds of thousands of generated rows: the tables'
 * secondary indexes are dropped and rebuilt once at the end from their catalogue definitions (so they are exactly
 * the migration's), and the load runs with `session_replication_role = replica`, which skips foreign-key checks and
 * triggers (the rows are generated from ids read from the same database, and the counting triggers are replaced by
 * the summary rebuild of the dashboard step). Returns the milliseconds spent rebuilding indexes.
 */
export async function bulkLoad(
  client: SqlClient,
  tables: string[],
  load: () => Promise<void>,
): Promise<number> {
  const indexes = (
    await client.query(
      `SELECT i.indexname AS name, i.indexdef AS definition FROM pg_indexes i
       WHERE i.schemaname = 'public' AND i.tablename = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
      [tables],
    )
  ).rows as { name: string; definition: string }[];
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  await client.query("SET session_replication_role = replica");
  let rebuildMs = 0;
  try {
    await load();
  } finally {
    // Also after a failed load, so the database keeps the migration's indexes.
    await client.query("SET session_replication_role = DEFAULT");
    const started = performance.now();
    for (const index of indexes) await client.query(index.definition);
    rebuildMs = performance.now() - started;
  }
  return rebuildMs;
}
