import { sql } from "drizzle-orm";
import type { Db } from "../../src/db/client";

/**
 * A cheap fingerprint of everything a request may change: per table, the row count, plus sum(version) and
 * max(updated_at) where the table has them. Taken before and after each refused request (status ≥ 400):
 * bad input changes nothing (RELIABILITY.md, "never a partial write").
 *
 * What a refusal legitimately writes, and is therefore left out (read from platform/audit.ts, platform/policy.ts,
 * platform/middleware.ts, modules/auth/*, modules/projects/{take-step,record-disbursement,
 * record-progress-report}.ts):
 * - audit rows written by `logSecurityEvent` with outcome DENIED (ACCESS: `DENIED:<ability>`,
 *   `OUT_OF_SCOPE_ACCESS_DENIED`, a project step or payment by the wrong body; AUTH: a rate-limited sign-in) or
 *   FAILED (AUTH: a wrong password, a wrong TOTP code). Only audit rows with outcome SUCCESS are counted.
 * - the sign-in failure counters `sign_in_failure` (a wrong password is counted per account and per address:
 *   that is the refusal's purpose, decision 0012), better-auth's `rate_limit` counters and its `session` and
 *   `verification` rows (the session middleware slides or deletes an expired or disabled session on any request).
 * - `job` rows: an accepted import runs in the background and finishes during later requests.
 */
const SKIPPED_TABLES = new Set([
  "audit_log",
  "rate_limit",
  "sign_in_failure",
  "session",
  "verification",
  "job",
  "__drizzle_migrations",
]);

export type Fingerprinter = () => Promise<string>;

export async function createFingerprinter(db: Db): Promise<Fingerprinter> {
  const result = await db.execute(sql`
    select table_name, bool_or(column_name = 'version') as has_version,
           bool_or(column_name = 'updated_at') as has_updated
    from information_schema.columns
    where table_schema = 'public'
    group by table_name
    order by table_name`);
  const tables = rowsOf<{ table_name: string; has_version: boolean; has_updated: boolean }>(result).filter(
    (t) => !SKIPPED_TABLES.has(t.table_name),
  );
  const parts = tables.map((t) => {
    const name = `"${t.table_name.replaceAll('"', '""')}"`;
    const columns = [
      "count(*)::text",
      t.has_version ? "coalesce(sum(version), 0)::text" : "''",
      t.has_updated ? "coalesce(max(updated_at)::text, '')" : "''",
    ].join(" || ':' || ");
    return `(select '${t.table_name}=' || ${columns} from ${name})`;
  });
  parts.push(`(select 'audit_log.success=' || count(*)::text from audit_log where outcome = 'SUCCESS')`);
  const query = sql.raw(`select concat_ws(' | ', ${parts.join(", ")}) as fingerprint`);
  return async () => {
    const [row] = rowsOf<{ fingerprint: string }>(await db.execute(query));
    return row?.fingerprint ?? "";
  };
}

/** node-postgres answers `{ rows }`, PGlite through drizzle too; both shapes are accepted. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/** Which tables differ between two fingerprints, for the failure message. */
export function fingerprintDiff(before: string, after: string): string {
  const a = new Map(before.split(" | ").map((p) => p.split("=") as [string, string]));
  const changed: string[] = [];
  for (const part of after.split(" | ")) {
    const [table, value] = part.split("=") as [string, string];
    if (a.get(table) !== value) changed.push(`${table}: ${a.get(table)} → ${value}`);
  }
  return changed.join(", ");
}
