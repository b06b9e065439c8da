/**
 * `npm run summary:rebuild`: recounts the dashboard's summary table from the records (plans, payments, reported
 * figures), prints how many cells had drifted, replaces the table in one transaction and checks that it now
 * equals a recount. Needed after editing region memberships or successions, which the stored rows resolved when
 * they were written. Uses DATABASE_URL when set, else the embedded database in KC_DATA_DIR (the server must be
 * stopped: PGlite has one writer).
 */
import { openPglite, openPostgres } from "../src/db/client";
import { readEnv } from "../src/env";
import { rebuildSummary, summaryDrift } from "../src/modules/figures/figure-summary";

const env = readEnv();
const database = env.DATABASE_URL
  ? openPostgres(env.DATABASE_URL)
  : await openPglite({ dataDir: env.KC_DATA_DIR });
try {
  await database.migrate();
  const drifted = await summaryDrift(database.db, 1_000_000);
  process.stdout.write(`Ô lệch trước khi dựng lại: ${drifted.length}\n`);
  const started = performance.now();
  const { cells } = await rebuildSummary(database.db);
  const after = await summaryDrift(database.db, 10);
  process.stdout.write(
    `Đã dựng lại ${cells} ô trong ${Math.round(performance.now() - started)} ms; ô lệch sau: ${after.length}\n`,
  );
  process.exitCode = after.length === 0 ? 0 : 1;
} finally {
  await database.close();
}
