import { type AnyColumn, type SQL, sql } from "drizzle-orm";

/**
 * Building blocks of the CHECK constraints declared with the tables, so the schema in code states every integrity
 * rule the database enforces (test/schema-checks.test.ts compares the two) and drizzle-kit can generate them.
 */

/**
 * `column IN ('A', 'B')` from a code list of the domain: a code added to the domain becomes a schema change that
 * drizzle-kit turns into a migration, instead of an insert the database refuses. The codes are written as SQL
 * literals, not bound parameters, because a constraint's definition cannot hold parameters.
 */
export function inList(column: AnyColumn, codes: readonly string[]): SQL {
  const literals = codes.map((code) => `'${code.replaceAll("'", "''")}'`).join(", ");
  return sql`${column} IN (${sql.raw(literals)})`;
}

/** Stored names and titles are NFC (RELIABILITY §5.3): one spelling of "Đồng Tháp" for search and uniqueness. */
export function isNfc(column: AnyColumn): SQL {
  return sql`${column} IS NFC NORMALIZED`;
}
