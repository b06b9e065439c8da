import { sql } from "drizzle-orm";
import { type Db, openPostgres } from "./client";

/**
 * Migrates with the owner's credentials (DATABASE_MIGRATION_URL), then grants the application's role (the user of
 * DATABASE_URL) what it needs to work and nothing more: reading and writing rows, never altering or dropping, and
 * on the audit log only reading and inserting. The application's credentials then cannot drop the audit log's
 * insert-only trigger (migration 0002), nor delete its rows, whatever runs in the process. The grants are
 * repeated after every migration, since a new table is granted to nobody (docs/deploy.md, "Database roles").
 */
export async function migrateAsOwner(
  migrationUrl: string,
  applicationUrl: string | undefined,
): Promise<void> {
  const owner = openPostgres(migrationUrl, { max: 1 });
  try {
    await owner.migrate();
    const applicationRole = applicationUrl ? decodeURIComponent(new URL(applicationUrl).username) : "";
    const ownerRole = decodeURIComponent(new URL(migrationUrl).username);
    if (applicationRole && applicationRole !== ownerRole) await grantToApplication(owner.db, applicationRole);
  } finally {
    await owner.close();
  }
}

export async function grantToApplication(db: Db, role: string): Promise<void> {
  const to = sql.identifier(role);
  await db.transaction(async (tx) => {
    await tx.execute(sql`GRANT USAGE ON SCHEMA public TO ${to}`);
    await tx.execute(sql`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${to}`);
    await tx.execute(sql`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO ${to}`);
    await tx.execute(sql`GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${to}`);
    await tx.execute(sql`REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM ${to}`);
    // The start reads which migrations ran (drizzle's journal) to find there is nothing to do.
    await tx.execute(sql`GRANT USAGE ON SCHEMA drizzle TO ${to}`);
    await tx.execute(sql`GRANT SELECT ON ALL TABLES IN SCHEMA drizzle TO ${to}`);
  });
}
