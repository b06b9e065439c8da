/**
 * What a backup must give back: the number of rows of every table (the application's and the migration
 * journal's) and the totals of the figure summary the dashboard reads, by indicator and origin. Taken in the same
 * snapshot as the dump, written into the manifest, and compared after a restore: equal facts mean the restored
 * database answers the same counts and the same dashboard figures.
 */
export type BackupFacts = {
  /** `schema.table` → rows. */
  rows: Record<string, number>;
  /** `indicator/origin` → the sum of the summary's values, as a decimal string. */
  figures: Record<string, string>;
};

/** Runs one SQL text and returns its rows; the same shape over PGlite, a pooled or a single pg client. */
export type RunSql = (text: string) => Promise<Record<string, unknown>[]>;

const TABLES_SQL = `
  SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
  WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'drizzle')
  ORDER BY 1, 2`;

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export async function readBackupFacts(run: RunSql): Promise<BackupFacts> {
  const tables = (await run(TABLES_SQL)) as { schema: string; name: string }[];
  const rows: Record<string, number> = {};
  if (tables.length > 0) {
    // One statement for every count: the same snapshot even outside an explicit transaction.
    const counts = tables
      .map(
        (table, index) =>
          `SELECT ${index} AS i, count(*)::bigint::text AS n FROM ${quoteIdent(table.schema)}.${quoteIdent(table.name)}`,
      )
      .join(" UNION ALL ");
    for (const row of (await run(counts)) as { i: number; n: string }[]) {
      const table = tables[Number(row.i)];
      if (table) rows[`${table.schema}.${table.name}`] = Number(row.n);
    }
  }
  const figures: Record<string, string> = {};
  if (rows["public.figure_summary"] !== undefined) {
    const sums = (await run(
      "SELECT indicator || '/' || origin AS key, sum(value)::text AS total FROM figure_summary GROUP BY 1 ORDER BY 1",
    )) as { key: string; total: string }[];
    for (const sum of sums) figures[sum.key] = sum.total;
  }
  return { rows, figures };
}

/** Lines naming every difference between the facts of a backup and of its restore; empty when they agree. */
export function diffBackupFacts(expected: BackupFacts, actual: BackupFacts): string[] {
  const lines: string[] = [];
  for (const kind of ["rows", "figures"] as const) {
    const keys = new Set([...Object.keys(expected[kind]), ...Object.keys(actual[kind])]);
    for (const key of [...keys].sort()) {
      const want = expected[kind][key];
      const got = actual[kind][key];
      if (want !== got) lines.push(`${kind} ${key}: sao lưu ${want ?? "—"}, khôi phục ${got ?? "—"}`);
    }
  }
  return lines;
}
