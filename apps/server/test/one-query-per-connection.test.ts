import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { recordPgDeprecation, takeConcurrentQueries } from "./setup/pg-concurrent-queries";
import { openTestDatabase } from "./support";

/**
 * The rule of `setup/one-query-per-connection.ts`, checked against a real PostgreSQL connection. Each test takes
 * what the rule recorded, so the deliberate violation below is asserted here instead of failing this test (which
 * is what the same code fails with anywhere else in the server suite).
 */
describe("one query at a time on a PostgreSQL connection", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase("postgres");
  });
  afterAll(() => database.close());

  it("catches two concurrent queries on one transaction, naming the query sent while the first ran", async () => {
    await database.db.transaction(async (tx) => {
      await Promise.all([tx.execute(sql`select pg_sleep(0.05)`), tx.execute(sql`select 1`)]);
    });
    const found = takeConcurrentQueries();
    expect(found).toHaveLength(1);
    expect(found[0]?.reason).toBe("client.query() while the connection is still executing a query: select 1");
  });

  it("lets the same queries run one after another in the transaction", async () => {
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_sleep(0.05)`);
      await tx.execute(sql`select 1`);
    });
    expect(takeConcurrentQueries()).toEqual([]);
  });

  it("lets concurrent queries outside a transaction run, each on its own connection of the pool", async () => {
    await Promise.all([database.db.execute(sql`select pg_sleep(0.05)`), database.db.execute(sql`select 1`)]);
    expect(takeConcurrentQueries()).toEqual([]);
  });

  it("records pg's own deprecation warnings, and no one else's", () => {
    // The warning objects Node hands to process.on("warning"); emitting real ones would print them in the log.
    const warning = (message: string) => Object.assign(new Error(message), { name: "DeprecationWarning" });
    const pgText =
      "Calling client.query() when the client is already executing a query is deprecated and will be removed in pg@9.0.";
    recordPgDeprecation(warning(pgText));
    recordPgDeprecation(warning("Buffer() is deprecated due to security and usability issues."));
    recordPgDeprecation(Object.assign(new Error(pgText), { name: "ExperimentalWarning" }));
    expect(takeConcurrentQueries().map(({ reason }) => reason)).toEqual([`pg: ${pgText}`]);
  });
});
