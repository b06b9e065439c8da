/**
 * `npm run migrate`: the separate migration step of a PostgreSQL deployment. Migrates with the owner's
 * credentials (DATABASE_MIGRATION_URL) and grants the application's role (the user of DATABASE_URL) only what it
 * needs (db/migrate-as-owner.ts, docs/deploy.md "Database roles"). Without DATABASE_MIGRATION_URL it migrates with
 * DATABASE_URL, the single-role set-up.
 */
import { openPostgres } from "../src/db/client";
import { migrateAsOwner } from "../src/db/migrate-as-owner";
import { readEnv } from "../src/env";

const env = readEnv();
try {
  if (env.DATABASE_MIGRATION_URL) {
    await migrateAsOwner(env.DATABASE_MIGRATION_URL, env.DATABASE_URL);
  } else if (env.DATABASE_URL) {
    const database = openPostgres(env.DATABASE_URL, { max: 1 });
    try {
      await database.migrate();
    } finally {
      await database.close();
    }
  } else {
    throw new Error(
      "DATABASE_MIGRATION_URL or DATABASE_URL must be set (the embedded engine migrates at start)",
    );
  }
  process.stdout.write("Đã cập nhật cấu trúc cơ sở dữ liệu.\n");
} catch (error) {
  process.stderr.write(`Không cập nhật được cấu trúc cơ sở dữ liệu: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
