import { is, sql } from "drizzle-orm";
import { getTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { rowsOf } from "../src/db/rows";
import * as schema from "../src/db/schema/index";
import { engines, openTestDatabase } from "./support";

/**
 * The CHECK constraints declared with the tables in `src/db/schema` are the ones the migrations leave in the
 * database, by name and by definition, so the schema in code cannot drift from the database: a constraint added
 * by hand in SQL without its `check()`, or a `check()` (a new domain code in an `inList`) without its migration,
 * fails here. Definitions are compared as PostgreSQL itself prints them (`pg_get_constraintdef`): each declared
 * one is added under a probe name, unvalidated, in a transaction that is rolled back.
 */

type Constraint = { table: string; name: string; definition: string };

const dialect = new PgDialect();

function declaredChecks(): { table: string; name: string; sql: string }[] {
  return (Object.values(schema) as unknown[])
    .filter((value): value is PgTable => is(value, PgTable))
    .flatMap((table) => {
      const config = getTableConfig(table);
      return config.checks.map((check) => {
        const query = dialect.sqlToQuery(check.value);
        // A constraint's definition cannot hold bound parameters: values must be written into the SQL.
        expect(query.params, check.name).toEqual([]);
        return { table: config.name, name: check.name, sql: query.sql };
      });
    });
}

const byName = (a: Constraint, b: Constraint) => `${a.table}.${a.name}`.localeCompare(`${b.table}.${b.name}`);

async function checksInDatabase(db: Pick<Database["db"], "execute">, namePrefix = ""): Promise<Constraint[]> {
  const result = await db.execute(sql`
    SELECT c.relname AS "table", k.conname AS "name", pg_get_constraintdef(k.oid) AS "definition"
    FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid
    WHERE k.contype = 'c' AND k.connamespace = 'public'::regnamespace AND k.conname LIKE ${`${namePrefix}%`}`);
  return rowsOf<Constraint>(result).sort(byName);
}

class Rollback extends Error {}

describe.each(engines)("CHECK constraints of the schema and of the migrated database on %s", (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => database?.close());

  it("are the same constraints, by table and name", async () => {
    const declared = declaredChecks()
      .map(({ table, name }) => `${table}.${name}`)
      .sort();
    const existing = (await checksInDatabase(database.db))
      .map(({ table, name }) => `${table}.${name}`)
      .sort();
    expect(declared).toEqual(existing);
    // The 21 of today at least, so that losing them on both sides at once (a squashed migration) is noticed too.
    expect(declared.length).toBeGreaterThanOrEqual(21);
  });

  it("have the same definitions", async () => {
    const declared = declaredChecks();
    const existing = await checksInDatabase(database.db);
    let probed: Constraint[] = [];
    await database.db
      .transaction(async (tx) => {
        for (const [i, check] of declared.entries()) {
          await tx.execute(
            sql.raw(
              `ALTER TABLE "${check.table}" ADD CONSTRAINT "kc_probe_${i}" CHECK (${check.sql}) NOT VALID`,
            ),
          );
        }
        probed = (await checksInDatabase(tx, "kc_probe_")).map((probe) => {
          const check = declared[Number(probe.name.slice("kc_probe_".length))];
          return {
            table: probe.table,
            name: check?.name ?? probe.name,
            definition: probe.definition.replace(/ NOT VALID$/, ""),
          };
        });
        throw new Rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof Rollback)) throw error;
      });
    expect(probed.sort(byName)).toEqual(existing);
  });
});
