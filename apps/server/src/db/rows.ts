/**
 * The rows of a raw `db.execute(sql…)`: both drivers (node-postgres and PGlite) answer `{ rows }`, but drizzle's
 * shared `PgDatabase` type does not say so. The caller names the shape its SELECT produces.
 */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
