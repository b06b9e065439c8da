import { foldForSearch } from "@kc/domain";
import { bulkLoad } from "./bulk-load";
import type { SqlClient } from "./registry-data";

/**
 * Ten years of national trade promotion (issue 15): 20,000 fairs over 2017–2026 and 1,000,000 participations of
 * the register's establishments, written set-based (generate_series), not through the API. Runs after the
 * establishments register (participants are drawn from it); every row is marked created_by 'bench-seed'.
 *
 * Fairs: 5 % abroad, 5 % national (the central agency's, no province), 15 % regional, the rest provincial; the
 * venue and recording province is a province valid on the opening day (the 63 before July 2025, the 34 after),
 * so the region filter meets dated regions as in production. Participations per fair vary from 10 to 90.
 * Loaded as bulk-load.ts says (indexes rebuilt after, foreign keys and triggers skipped): the fairs' counters are
 * set from the rows after, and the figure summary is rebuilt from the records by the dashboard step that follows
 * (as `npm run summary:rebuild` does), since the counting triggers did not run.
 */
export const TRADE_SEED = {
  fairs: 20_000,
  participations: 1_000_000,
  firstYear: 2017,
  years: 10,
  createdBy: "bench-seed",
  /** The fair the booth-holder import goes into: the central agency's national fair, open for registration, empty. */
  importFairId: "bench-fair-import",
  importProvinceId: "P34-82",
} as const;

export type TradeSeedSummary = {
  fairs: number;
  participations: number;
  ms: number;
  /** Registered establishments with a tax code, for the booth-holder file the import bench uploads. */
  importRows: { name: string; taxCode: string }[];
};

export async function seedTradePromotion(
  client: SqlClient,
  log: (line: string) => void,
): Promise<TradeSeedSummary> {
  const started = performance.now();
  const already = await client.query("SELECT 1 FROM fair WHERE created_by = $1 LIMIT 1", [
    TRADE_SEED.createdBy,
  ]);
  if (already.rows.length > 0) throw new Error("the database already holds the bench fairs");
  // Province names folded as the server folds them (no diacritics), for the fairs' search text.
  const units = (await client.query("SELECT id, name FROM admin_unit WHERE level = 'TINH'")).rows as {
    id: string;
    name: string;
  }[];
  const indexMs = await bulkLoad(client, ["fair", "fair_participation"], async () => {
    await client.query(
      `INSERT INTO fair (id, code, name, level, kind, host_name, organiser_name, venue_unit_id, venue_province_id,
         venue_country_code, venue_city, venue_text, start_date, end_date, year, planned_booths, actual_booths, booth_price, status,
         cancel_reason, province_id, search_text, sort_key, created_by)
       SELECT 'bench-fair-' || g, code, title || ' ' || yr, lv, kind, host, 'Trung tâm Khuyến công', CASE WHEN lv <> 'ABROAD' THEN u.id END,
         CASE WHEN lv <> 'ABROAD' THEN u.id END,
         CASE WHEN lv = 'ABROAD' THEN (ARRAY['TH','JP','DE','FR','US'])[1 + g % 5] END,
         CASE WHEN lv = 'ABROAD' THEN (ARRAY['Bangkok','Osaka','Frankfurt','Paris','Las Vegas'])[1 + g % 5] END,
         u.name, d, d + 3, yr, 50 + g % 300, CASE WHEN st IN ('HELD', 'REPORTED') THEN 50 + g % 300 END, 12000000, st,
         CASE WHEN st = 'CANCELLED' THEN 'Hoãn theo đề nghị của đơn vị chủ trì' END,
         CASE WHEN lv = 'NATIONAL' THEN NULL ELSE u.id END,
         lower(code) || ' ' || folded || ' ' || yr || ' ' || u.venue_folded, folded, $2
       FROM generate_series(1, $1::int) AS g,
         LATERAL (SELECT $3::int + g % $4::int AS yr,
           CASE WHEN g % 20 = 0 THEN 'ABROAD' WHEN g % 20 = 1 THEN 'NATIONAL' WHEN g % 20 < 5 THEN 'REGIONAL'
             ELSE 'PROVINCIAL' END AS lv,
           (ARRAY['CNNT','HANDICRAFT','OTHER'])[1 + g % 3] AS kind) a,
         LATERAL (SELECT make_date(yr, 1, 1) + (g * 37) % 350 AS d,
           'HCTL-' || yr || '-' || lpad(g::text, 5, '0') AS code,
           CASE WHEN yr < 2026 THEN CASE WHEN g % 50 = 7 THEN 'CANCELLED' ELSE 'REPORTED' END
             ELSE (ARRAY['PLANNED','REGISTRATION_OPEN','HELD'])[1 + g % 3] END AS st) b,
         LATERAL (SELECT (ARRAY['Hội chợ hàng công nghiệp nông thôn tiêu biểu', 'Hội chợ triển lãm thủ công mỹ nghệ',
             'Hội chợ xúc tiến thương mại sản phẩm làng nghề', 'Triển lãm sản phẩm OCOP và CNNT'])[1 + g % 4] AS title,
           (ARRAY['hoi cho hang cong nghiep nong thon tieu bieu', 'hoi cho trien lam thu cong my nghe',
             'hoi cho xuc tien thuong mai san pham lang nghe', 'trien lam san pham ocop va cnnt'])[1 + g % 4] AS folded,
           (ARRAY['Sở Công Thương', 'Cục Công Thương địa phương', 'Trung tâm Khuyến công'])[1 + g % 3] AS host) c,
         LATERAL (SELECT au.id, au.name, uf.folded AS venue_folded FROM admin_unit au
           JOIN unnest($5::text[], $6::text[]) AS uf(id, folded) ON uf.id = au.id
           WHERE au.level = 'TINH' AND au.valid_from <= d AND (au.valid_to IS NULL OR au.valid_to >= d)
           ORDER BY au.id OFFSET g % 34 LIMIT 1) u`,
      [
        TRADE_SEED.fairs,
        TRADE_SEED.createdBy,
        TRADE_SEED.firstYear,
        TRADE_SEED.years,
        units.map((u) => u.id),
        units.map((u) => foldForSearch(u.name)),
      ],
    );
    log(`  seeded ${TRADE_SEED.fairs.toLocaleString("en-US")} fairs`);

    // Participants: the register numbered once, each fair taking 10–90 establishments spread over the provinces,
    // written fair by fair as an import or a day's data entry writes them (the session triggers are off here, so the
    // venue's province above is written by the seed, as the fair_venue_province trigger would).
    await client.query(`CREATE TEMP TABLE bench_participant AS
      SELECT id, province_id, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM establishment WHERE status <> 'ARCHIVED'`);
    await client.query("CREATE INDEX ON bench_participant (n)");
    const counted = await client.query("SELECT count(*)::int AS n FROM bench_participant");
    const establishments = Number(counted.rows[0]?.n ?? 0);
    if (establishments < 100_000)
      throw new Error(`only ${establishments} establishments to draw participants from`);
    await client.query(
      `INSERT INTO fair_participation (id, fair_id, establishment_id, province_id, abroad, year, whole_booths,
           booth_rent, support_share_bps, support_amount, norm_code, products_shown, created_by)
         SELECT f.id || '-' || k, f.id, e.id, e.province_id, f.level = 'ABROAD', f.year, 1 + (k % 10 = 0)::int,
           12000000 * (1 + (k % 10 = 0)::int), 8000, 9600000 * (1 + (k % 10 = 0)::int),
           CASE WHEN f.level = 'ABROAD' THEN 'đ' ELSE 'd2' END, 'Sản phẩm thủ công mỹ nghệ', $1
         FROM (SELECT id, level, year, substr(id, 12)::int AS g FROM fair WHERE created_by = $1) f,
           generate_series(1, 90) AS k, bench_participant e
         WHERE k <= 10 + (f.g * 37) % 81 AND e.n = (f.g * 7 + k * 4001) % $2::int
         ORDER BY f.g, k
         LIMIT $3`,
      [TRADE_SEED.createdBy, establishments, TRADE_SEED.participations],
    );
    await client.query(
      `UPDATE fair f SET participation_count = p.n, booths_taken = p.booths, support_total = p.support
       FROM (SELECT fair_id, count(*)::int AS n, sum(whole_booths)::int AS booths, sum(support_amount) AS support
             FROM fair_participation GROUP BY fair_id) p
       WHERE p.fair_id = f.id AND f.created_by = $1`,
      [TRADE_SEED.createdBy],
    );
  });
  log(`  rebuilt the fair and participation indexes in ${Math.round(indexMs)} ms`);
  const participations = Number(
    (
      await client.query("SELECT count(*)::int AS n FROM fair_participation WHERE created_by = $1", [
        TRADE_SEED.createdBy,
      ])
    ).rows[0]?.n ?? 0,
  );
  log(`  seeded ${participations.toLocaleString("en-US")} participations`);
  // The empty fair the 5,000-row import fills (the central agency's, venue in Đồng Tháp). Dated 2018 because the
  // reference data's norm set from May 2018 (TT 28/2018) has no figures yet, and support is checked against d2.
  await client.query(
    `INSERT INTO fair (id, code, name, level, kind, host_name, organiser_name, venue_unit_id, venue_text, start_date,
       end_date, year, planned_booths, booth_price, status, province_id, search_text, sort_key, created_by)
     VALUES ($1, 'HCTL-BENCH-IMPORT', 'Hội chợ nhập danh sách gian hàng', 'NATIONAL', 'CNNT', 'Cục Công Thương địa phương',
       'Trung tâm Khuyến công', $2, 'Đồng Tháp', DATE '2018-03-10', DATE '2018-03-14', 2018, 6000, 12000000,
       'REGISTRATION_OPEN', NULL, 'hctl-bench-import hoi cho nhap danh sach gian hang', 'hoi cho nhap danh sach gian hang', $3)`,
    [TRADE_SEED.importFairId, TRADE_SEED.importProvinceId, TRADE_SEED.createdBy],
  );
  await client.query("DROP TABLE bench_participant");
  const importRows = (
    await client.query(
      `SELECT name, tax_code AS "taxCode" FROM establishment
       WHERE tax_code IS NOT NULL AND status <> 'ARCHIVED' ORDER BY id DESC LIMIT 5000`,
    )
  ).rows as { name: string; taxCode: string }[];
  for (const table of ["fair", "fair_participation"]) await client.query(`VACUUM (ANALYZE) ${table}`);
  return { fairs: TRADE_SEED.fairs, participations, ms: performance.now() - started, importRows };
}
