import { nationalSupportNormSets, type SupportNormSet } from "@kc/domain";
import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { supportNormSet } from "../../db/schema/index";
import { columnsOf } from "./support-norm-record";

const compared = [
  "version",
  "label_vi",
  "legal_document_key",
  "funding_level",
  "province_id",
  "valid_from",
  "valid_to",
  "confidence",
  "dates_confidence",
  "note_vi",
  "norms",
] as const;

const camel = (column: string) => column.replace(/_([a-z])/g, (_m, letter: string) => letter.toUpperCase());
const excluded = (column: string) => sql.raw(`excluded."${column}"`);
const current = (column: string) => sql.raw(`"support_norm_set"."${column}"`);

/**
 * Loads the norm sets shipped with the code (DOMAIN §3.5.1–3.5.2: the 2014 table and the empty 2018 set) as
 * rows of source SEED, upserted by id in one statement. Idempotent: a row equal to its seed is not rewritten
 * (jsonb compares by value), so a restart changes nothing. A row with source ADMIN — created or closed by an
 * administrator — is never touched, even when its id is a seed's. Answers the ids it inserted or updated.
 */
export async function loadSupportNormSeeds(
  db: Db,
  seeds: readonly SupportNormSet[] = nationalSupportNormSets,
): Promise<string[]> {
  if (seeds.length === 0) return [];
  const differs = sql.join(
    compared.map((column) => sql`${current(column)} is distinct from ${excluded(column)}`),
    sql` or `,
  );
  const written = await db
    .insert(supportNormSet)
    .values(seeds.map((set) => ({ ...columnsOf(set), source: "SEED", createdBy: null })))
    .onConflictDoUpdate({
      target: supportNormSet.id,
      set: Object.fromEntries(compared.map((column) => [camel(column), excluded(column)])),
      setWhere: sql`${current("source")} = 'SEED' and (${differs})`,
    })
    .returning({ id: supportNormSet.id });
  return written.map((row) => row.id);
}
