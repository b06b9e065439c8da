import { afterAll, afterEach } from "vitest";
import { takeConcurrentQueries, watchPgQueries } from "./pg-concurrent-queries";

/**
 * Setup file of the server project (vitest.config.ts): a test during which a PostgreSQL connection was sent a
 * query while still busy with another, or pg printed a deprecation, fails with the offending call sites. What a
 * `beforeAll`/`afterAll` hook did is reported by the file's last check.
 */
watchPgQueries();

function failOnConcurrentQueries(when: string): void {
  const found = takeConcurrentQueries();
  if (found.length === 0) return;
  const details = found.map(({ reason, stack }) => `${reason}\n${stack}`).join("\n\n");
  throw new Error(
    `${found.length} concurrent quer${found.length === 1 ? "y" : "ies"} on one PostgreSQL connection ${when}. ` +
      `Run the queries of one transaction one after another (no Promise.all on a tx).\n\n${details}`,
  );
}

afterEach(() => failOnConcurrentQueries("during this test"));
afterAll(() => failOnConcurrentQueries("in this file's hooks"));
