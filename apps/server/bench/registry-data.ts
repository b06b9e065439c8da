import { randomUUID } from "node:crypto";
import { foldForSearch, taxCodeCheckDigit, todayInVietnam, vietnameseSortKey } from "@kc/domain";
import { SEARCH_BLOCK_ROWS } from "../src/modules/establishments/search-blocks";
import { seededRandom } from "../src/seed/builders/establishment-builder";
import {
  benchCommuneNames,
  families,
  familyWeights,
  givens,
  hamlets,
  legalFormWeights,
  middles,
  trades,
} from "./registry-words";

/**
 * The national-scale establishments register of the benchmarks: 200,000 rows written straight into the database
 * (not through the API, which would take hours), spread over the 34 current provinces, with realistic Vietnamese
 * names so that searches such as "may tre" or "nong san" hit thousands of rows and rarer words ("kham trai") a
 * few hundred. Everything written here is bench data: establishments have created_by = 'bench-seed', the
 * synthetic communes have ids `XA-BENCH-<n>`, codes `B<n>` and source 'BENCH'.
 */

export const SEED = {
  establishments: 200_000,
  /** Thành phố Hồ Chí Minh holds exactly this many, so the export measures 50,000 rows. */
  exportProvinceId: "P34-79",
  exportProvinceRows: 50_000,
  /** Synthetic communes added to each province that has none (the demo has communes in 3 provinces only). */
  communesPerProvince: 8,
  batchRows: 10_000,
  createdBy: "bench-seed",
} as const;

/** The driver-neutral part of pg.Client and PGlite that seeding needs. */
export type SqlClient = {
  query: (text: string, params?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
};

function weighted<T>(items: readonly T[], weights: readonly number[], random: () => number): T {
  const total = weights.reduce((sum, w) => sum + w, 0);
  let roll = random() * total;
  for (let i = 0; i < items.length; i++) {
    roll -= weights[i] ?? 0;
    if (roll < 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;

/**
 * A valid 10-digit tax code (check digit per taxCodeCheckDigit), unique per (lead, serial < 1,000,000). Leads
 * "31" (seeded register) and "87" (import file) never meet the demo's codes (010…, 820…, 910…) or each other.
 */
export function benchTaxCode(lead: string, serial: number): string {
  if (!/^\d\d$/.test(lead) || serial >= 1_000_000) throw new Error(`no tax code for ${lead}/${serial}`);
  for (let bump = 0; bump < 10; bump++) {
    const firstNine = `${lead}${bump}${String(serial).padStart(6, "0")}`;
    const check = taxCodeCheckDigit(firstNine);
    if (check !== null) return `${firstNine}${check}`;
  }
  throw new Error(`no tax code for ${lead}/${serial}`);
}

type Unit = { id: string; code: string; name: string };
type Commune = Unit & { provinceId: string };

export type SeedSummary = {
  establishments: number;
  benchCommunes: number;
  provinces: number;
  /** Generating rows in JS and the INSERT statements (secondary indexes dropped). */
  insertMs: number;
  /** Of which waiting for the INSERT statements. */
  statementsMs: number;
  indexMs: number;
  yearRows: number;
  yearsMs: number;
  /** Search blocks rebuilt from the rows, and how long that took. */
  blocks: number;
  blocksMs: number;
  vacuumMs: number;
  /** Size of the establishment table: heap only, and with indexes and TOAST. */
  heapMb: number;
  totalMb: number;
};

/** Names, owners and places repeat a lot: fold and sort-key each distinct text once. */
function memoized(compute: (text: string) => string): (text: string) => string {
  const memo = new Map<string, string>();
  return (text) => {
    let value = memo.get(text);
    if (value === undefined) {
      value = compute(text);
      memo.set(text, value);
    }
    return value;
  };
}
const sortKeyOf = memoized(vietnameseSortKey);
/** foldForSearch of parts joined by spaces equals the parts folded one by one and joined by spaces. */
const foldOf = memoized(foldForSearch);
/** Stored text is NFC (a CHECK constraint says so). */
const nfc = memoized((text) => text.normalize("NFC"));

const COLUMNS = [
  ["id", "text"],
  ["province_id", "text"],
  ["commune_id", "text"],
  ["address_text", "text"],
  ["name", "text"],
  ["legal_form", "text"],
  ["subject_class", "text"],
  ["tax_code", "text"],
  ["owner_name", "text"],
  ["industries", "text"],
  ["vsic_codes", "text"],
  ["main_products", "text"],
  ["phone", "text"],
  ["search_text", "text"],
  ["sort_key", "text"],
  ["eligibility_at", "int4"],
  ["has_support", "bool"],
  ["status", "text"],
  ["updated_at", "text"],
] as const;
type Column = (typeof COLUMNS)[number][0];

/**
 * One INSERT … SELECT FROM unnest(arrays) per batch and table: a single statement and round trip for 10,000 rows on
 * both drivers. The eligibility documents (copied from demo records, so their size is that of real ones) are
 * joined by ordinal, not sent once per row; they go to their own table, as the server writes them.
 */
const insertSql = `
  INSERT INTO establishment (id, province_id, commune_id, address_text, name, legal_form, subject_class, tax_code,
    owner_name, industries, vsic_codes, main_products, phone, search_text, sort_key, eligibility_verdict,
    eligibility_evaluated_on, has_support, status, created_at, updated_at, created_by)
  SELECT r.id, r.province_id, r.commune_id, r.address_text, r.name, r.legal_form, r.subject_class, r.tax_code,
    r.owner_name, r.industries::text[], r.vsic_codes::text[], r.main_products, r.phone, r.search_text, r.sort_key,
    e.verdict, $${COLUMNS.length + 3}::date, r.has_support, r.status, r.updated_at::timestamptz,
    r.updated_at::timestamptz, '${SEED.createdBy}'
  FROM unnest(${COLUMNS.map(([, type], i) => `$${i + 1}::${type}[]`).join(", ")})
    AS r(${COLUMNS.map(([name]) => name).join(", ")})
  JOIN unnest($${COLUMNS.length + 1}::text[], $${COLUMNS.length + 2}::jsonb[]) WITH ORDINALITY AS e(verdict, doc, n)
    ON e.n = r.eligibility_at`;
const insertEligibilitySql = `
  INSERT INTO establishment_eligibility (establishment_id, document)
  SELECT r.id, e.doc FROM unnest($1::text[], $2::int4[]) AS r(id, eligibility_at)
  JOIN unnest($3::jsonb[]) WITH ORDINALITY AS e(doc, n) ON e.n = r.eligibility_at`;

/**
 * Writes the bench register. Expects the migrated database with reference and demo data (one server start).
 * `vacuum` runs VACUUM (ANALYZE) at the end: PGlite has no autovacuum, and on PostgreSQL it stands for what
 * autovacuum would do shortly after a bulk load.
 */
export async function seedRegister(client: SqlClient, log: (line: string) => void): Promise<SeedSummary> {
  const started = performance.now();
  const random = seededRandom(20_260_701);
  const provinces = (
    await client.query(
      "SELECT id, code, name FROM admin_unit WHERE level = 'TINH' AND valid_to IS NULL ORDER BY code",
    )
  ).rows as Unit[];
  if (provinces.length !== 34)
    throw new Error(`expected the 34 current provinces, found ${provinces.length}`);
  const existing = (
    await client.query(
      `SELECT id, code, name, parent_id AS "provinceId" FROM admin_unit
       WHERE level = 'XA' AND valid_to IS NULL AND parent_id LIKE 'P34-%'`,
    )
  ).rows as Commune[];
  const already = await client.query("SELECT 1 FROM establishment WHERE created_by = $1 LIMIT 1", [
    SEED.createdBy,
  ]);
  if (already.rows.length > 0) throw new Error("the database already holds the bench register");

  // Synthetic communes for the provinces without any.
  const communes = new Map<string, Commune[]>(provinces.map((p) => [p.id, []]));
  for (const commune of existing) communes.get(commune.provinceId)?.push(commune);
  const fresh: Commune[] = [];
  let serial = 0;
  for (const province of provinces) {
    const list = communes.get(province.id) ?? [];
    if (list.length > 0) continue;
    for (let i = 0; i < SEED.communesPerProvince; i++) {
      serial++;
      const commune = {
        id: `XA-BENCH-${serial}`,
        code: `B${serial}`,
        name: benchCommuneNames[(serial + i) % benchCommuneNames.length] as string,
        provinceId: province.id,
      };
      list.push(commune);
      fresh.push(commune);
    }
    communes.set(province.id, list);
  }
  if (fresh.length > 0) {
    await client.query(
      `INSERT INTO admin_unit (id, code, name, level, kind, parent_id, valid_from, search_text, sort_key, source)
       SELECT id, code, name, 'XA', 'XA', parent_id, '2025-07-01', search_text, sort_key, 'BENCH'
       FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS u(id, code, name, parent_id, search_text, sort_key)`,
      [
        fresh.map((c) => c.id),
        fresh.map((c) => c.code),
        fresh.map((c) => c.name),
        fresh.map((c) => c.provinceId),
        fresh.map((c) => foldForSearch(`${c.name} ${c.code}`)),
        fresh.map((c) => vietnameseSortKey(c.name)),
      ],
    );
  }

  // Eligibility documents of real (demo) records, reused so stored rows have their real size.
  const samples = (
    await client.query(
      `SELECT e.eligibility_verdict AS verdict, d.document::text AS doc FROM establishment e
       JOIN establishment_eligibility d ON d.establishment_id = e.id ORDER BY e.id LIMIT 24`,
    )
  ).rows as { verdict: string; doc: string }[];
  if (samples.length === 0) samples.push({ verdict: "UNKNOWN", doc: "{}" });
  const verdicts = samples.map((s) => s.verdict);
  const docs = samples.map((s) => s.doc);

  const provinceName = new Map(provinces.map((p) => [p.id, p.name]));
  const others = provinces.filter((p) => p.id !== SEED.exportProvinceId);
  if (others.length === provinces.length)
    throw new Error(`${SEED.exportProvinceId} is not a current province`);
  const tradeWeights = trades.map((t) => t.weight);
  const formNames = legalFormWeights.map(([form]) => form);
  const formWeights = legalFormWeights.map(([, w]) => w);
  const today = todayInVietnam();
  const now = Date.now();

  // Bulk-load pattern: the secondary indexes (two GIN among them) are dropped and rebuilt once at the end, which
  // is several times faster than maintaining them row by row. Their definitions come from the catalogue, so the
  // rebuilt indexes are exactly the migration's.
  const indexes = (
    await client.query(
      `SELECT indexname AS name, indexdef AS definition FROM pg_indexes
       WHERE schemaname = 'public' AND tablename = 'establishment' AND indexname <> 'establishment_pkey'`,
    )
  ).rows as { name: string; definition: string }[];
  for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
  // Likewise the search blocks: their triggers are off during the load and the blocks are rebuilt from the rows
  // after it (kc_search_blocks_rebuild, what the migration does for an existing register).
  await client.query("ALTER TABLE establishment DISABLE TRIGGER establishment_search_blocks_insert");

  let statementsMs = 0;
  let insertMs = 0;
  let indexMs = 0;
  let written = 0;
  let batch = new Map<Column, unknown[]>();
  const flush = async () => {
    const count = batch.get("id")?.length ?? 0;
    if (count === 0) return;
    const t0 = performance.now();
    await client.query(insertSql, [...COLUMNS.map(([name]) => batch.get(name)), verdicts, docs, today]);
    await client.query(insertEligibilitySql, [batch.get("id"), batch.get("eligibility_at"), docs]);
    statementsMs += performance.now() - t0;
    written += count;
    batch = new Map();
  };
  const push = (column: Column, value: unknown) => {
    let values = batch.get(column);
    if (!values) {
      values = [];
      batch.set(column, values);
    }
    values.push(value);
  };

  try {
    for (let i = 0; i < SEED.establishments; i++) {
      const province =
        i < SEED.exportProvinceRows
          ? (provinces.find((p) => p.id === SEED.exportProvinceId) as Unit)
          : (others[(i - SEED.exportProvinceRows) % others.length] as Unit);
      const commune = pick(communes.get(province.id) ?? [], random);
      const trade = weighted(trades, tradeWeights, random);
      const prefix = pick(trade.names, random);
      const owner = `${weighted(families, familyWeights, random)} ${pick(middles, random)} ${pick(givens, random)}`;
      const place = commune.name.replace(/^(Phường|Xã|Đặc khu) /u, "");
      const legalForm = prefix.startsWith("Hợp tác xã")
        ? "HTX"
        : prefix.startsWith("Công ty")
          ? "DNNVV"
          : prefix.startsWith("Hộ kinh doanh")
            ? "HKD"
            : weighted(formNames, formWeights, random);
      const roll = random();
      const name =
        roll < 0.45
          ? `${prefix} ${owner.split(" ").slice(-2).join(" ")}`
          : roll < 0.9
            ? `${prefix} ${place}`
            : `${prefix} ${owner.split(" ")[0]} ${place} ${1 + Math.floor(random() * 9)}`;
      const taxCode = legalForm === "HKD" && random() < 0.5 ? null : benchTaxCode("31", i);
      const address = pick(hamlets, random);
      const products = pick(trade.products, random);
      const phone = random() < 0.7 ? `09${String(Math.floor(random() * 1e8)).padStart(8, "0")}` : null;
      push("id", randomUUID());
      push("province_id", province.id);
      push("commune_id", commune.id);
      push("address_text", address);
      push("name", nfc(name));
      push("legal_form", legalForm);
      push("subject_class", random() < 0.95 ? "CNNT" : "SXSH");
      push("tax_code", taxCode);
      push("owner_name", owner);
      push("industries", `{${trade.industries.join(",")}}`);
      push("vsic_codes", `{${pick(trade.vsic, random)}}`);
      push("main_products", products);
      push("phone", phone);
      // The server's searchTextFor: name, codes, owner, products, address, commune and province, folded.
      push(
        "search_text",
        [name, taxCode, owner, products, address, commune.name, provinceName.get(province.id)]
          .filter((part): part is string => !!part)
          .map(foldOf)
          .join(" "),
      );
      push("sort_key", sortKeyOf(name));
      push("eligibility_at", 1 + Math.floor(random() * samples.length));
      push("has_support", random() < 0.12);
      // The export province keeps every row active, so its export is exactly SEED.exportProvinceRows rows.
      push("status", i < SEED.exportProvinceRows || random() < 0.97 ? "ACTIVE" : "ARCHIVED");
      push("updated_at", new Date(now - Math.floor(random() * 3 * 365 * 86_400_000)).toISOString());
      if ((i + 1) % SEED.batchRows === 0) {
        await flush();
        if (written % 50_000 === 0) log(`  seeded ${written.toLocaleString("en-US")} establishments`);
      }
    }
    await flush();
  } finally {
    await client.query("SET maintenance_work_mem = '128MB'");
    insertMs = performance.now() - started;
    const indexStarted = performance.now();
    for (const index of indexes) await client.query(index.definition);
    indexMs = performance.now() - indexStarted;
    await client.query("ALTER TABLE establishment ENABLE TRIGGER establishment_search_blocks_insert");
  }
  const blocksStarted = performance.now();
  const blocks = await client.query("SELECT kc_search_blocks_rebuild($1) AS n", [SEARCH_BLOCK_ROWS]);
  const blocksMs = performance.now() - blocksStarted;

  // Figures by year for the exported province (the export reads them for every row; lists never do): 2024 for
  // every establishment there, 2023 as well for about half of them. Other provinces get none, to keep the set-up
  // short. Values spread like the demo's.
  const yearsStarted = performance.now();
  const years = await client.query(
    `WITH inserted AS (
       INSERT INTO establishment_year_data (establishment_id, year, employees, total_capital, revenue,
         local_material_share_pct, has_export_contract, cnht_product)
       SELECT e.id, y.year, 3 + floor(random() * 60)::int, (200 + floor(random() * 20000)::bigint) * 500000,
         (200 + floor(random() * 20000)::bigint) * 1000000, round((random() * 100)::numeric, 2), random() < 0.25,
         random() < 0.05
       FROM establishment e CROSS JOIN (VALUES (2024), (2023)) AS y(year)
       WHERE e.created_by = $1 AND e.province_id = $2 AND (y.year = 2024 OR hashtext(e.id) % 2 = 0)
       RETURNING 1)
     SELECT count(*)::int AS n FROM inserted`,
    [SEED.createdBy, SEED.exportProvinceId],
  );
  const yearsMs = performance.now() - yearsStarted;

  const vacuumStarted = performance.now();
  await client.query("VACUUM (ANALYZE) establishment");
  await client.query("VACUUM (ANALYZE) establishment_year_data");
  await client.query("VACUUM (ANALYZE) establishment_eligibility");
  await client.query("VACUUM (ANALYZE) admin_unit");
  await client.query("VACUUM (ANALYZE) establishment_search_block");
  const vacuumMs = performance.now() - vacuumStarted;
  const size = await client.query(
    "SELECT (pg_relation_size('establishment') / 1048576)::int AS heap, (pg_total_relation_size('establishment') / 1048576)::int AS total",
  );
  return {
    establishments: written,
    benchCommunes: fresh.length,
    provinces: provinces.length,
    insertMs,
    statementsMs,
    indexMs,
    yearRows: Number(years.rows[0]?.n ?? 0),
    yearsMs,
    blocks: Number(blocks.rows[0]?.n ?? 0),
    blocksMs,
    vacuumMs,
    heapMb: Number(size.rows[0]?.heap ?? 0),
    totalMb: Number(size.rows[0]?.total ?? 0),
  };
}
