import { foldForSearch } from "@kc/domain";
import { bulkLoad } from "./bulk-load";
import type { SqlClient } from "./registry-data";

/**
 * Product selection at national scale (issue 16): 800 rounds of 2017–2026 with 250 entries each (200,000 entries)
 * and 50,000 certificates issued from them, plus one provincial round of 300 entries scored by a jury of 13 on 8
 * criteria (3,900 sheets, 31,200 scores) and closed, whose summary is measured. Set-based SQL, every row created_by
 * 'bench-seed'; runs after the establishments register (entrants are drawn from it). 1 % of the certificates are
 * revoked, and those of 2017–2023 have expired by date, so the validity filter has all three states to find.
 */
export const SELECTION_SEED = {
  rounds: 800,
  entriesPerRound: 250,
  certificates: 50_000,
  createdBy: "bench-seed",
  scoringRoundId: "bench-round-scoring",
  scoringEntries: 300,
  jurors: 13,
  criteria: 8,
} as const;

export type SelectionSeedSummary = {
  rounds: number;
  entries: number;
  certificates: number;
  sheets: number;
  ms: number;
};

const PRODUCTS = [
  "Giỏ mây tre đan",
  "Bình gốm men lam",
  "Nước mắm truyền thống",
  "Bánh tráng phơi sương",
  "Tranh thêu tay",
  "Hộp sơn mài khảm trai",
  "Chè búp khô",
  "Lục bình đan",
  "Tượng gỗ mỹ nghệ",
  "Khăn dệt thổ cẩm",
  "Đèn lồng lụa",
  "Nón lá bài thơ",
];

/** A SQL fold of Vietnamese letters to the server's folded form (foldForSearch), character by character. */
function sqlFold(column: string): string {
  const letters = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";
  const all = letters + letters.toUpperCase();
  const folded = [...all].map((ch) => foldForSearch(ch) || ch).join("");
  return `lower(translate(${column}, '${all}', '${folded}'))`;
}

export async function seedSelection(
  client: SqlClient,
  log: (line: string) => void,
): Promise<SelectionSeedSummary> {
  const started = performance.now();
  const seed = SELECTION_SEED;
  const already = await client.query("SELECT 1 FROM selection_round WHERE created_by = $1 LIMIT 1", [
    seed.createdBy,
  ]);
  if (already.rows.length > 0) throw new Error("the database already holds the bench rounds");
  const provinces = (
    await client.query("SELECT id FROM admin_unit WHERE level = 'TINH' AND valid_to IS NULL ORDER BY id")
  ).rows.map((r) => String(r.id));
  const regions = (await client.query("SELECT code FROM region ORDER BY code")).rows.map((r) =>
    String(r.code),
  );
  await client.query(
    `INSERT INTO selection_round (id, code, title, level, region_code, province_id, year, organiser_name, status,
       search_text, created_by)
     SELECT 'bench-round-' || r, 'BC-' || yr || '-' || lpad(r::text, 4, '0'), 'Bình chọn sản phẩm CNNT tiêu biểu ' || yr,
       lv, CASE WHEN lv = 'KHU_VUC' THEN ($4::text[])[1 + r % array_length($4::text[], 1)] END,
       CASE WHEN lv = 'TINH' THEN ($3::text[])[1 + r % array_length($3::text[], 1)] END,
       yr, 'Sở Công Thương', CASE WHEN yr < 2026 THEN 'CLOSED' ELSE 'RECOGNISED' END,
       'bc-' || yr || '-' || lpad(r::text, 4, '0') || ' binh chon san pham cnnt tieu bieu ' || yr, $2
     FROM generate_series(1, $1::int) AS r,
       LATERAL (SELECT 2017 + r % 10 AS yr,
         CASE WHEN r % 10 = 0 THEN 'KHU_VUC' WHEN r % 25 = 1 THEN 'QUOC_GIA' ELSE 'TINH' END AS lv) v`,
    [seed.rounds, seed.createdBy, provinces, regions],
  );
  await client.query(`CREATE TEMP TABLE bench_entrant AS
    SELECT id, province_id, name, (row_number() OVER (ORDER BY id) - 1)::int AS n FROM establishment WHERE status <> 'ARCHIVED'`);
  await client.query("CREATE INDEX ON bench_entrant (n)");
  const entrants = Number(
    (await client.query("SELECT count(*)::int AS n FROM bench_entrant")).rows[0]?.n ?? 0,
  );
  const products = PRODUCTS.map((p) => p);
  const folded = PRODUCTS.map((p) => foldForSearch(p));
  const indexMs = await bulkLoad(client, ["selection_entry", "selection_certificate"], async () => {
    // Entries k ≤ 63 of each round are recognised (and certified below), the others not.
    await client.query(
      `INSERT INTO selection_entry (id, round_id, establishment_id, province_id, product_name, product_name_folded,
         product_group, status, search_text, created_by)
       SELECT 'bench-entry-' || r || '-' || k, 'bench-round-' || r, e.id, e.province_id,
         ($4::text[])[1 + (r + k) % 12] || ' ' || k, ($5::text[])[1 + (r + k) % 12] || ' ' || k,
         'G' || (1 + (r + k) % 4), CASE WHEN k <= 63 THEN 'RECOGNISED' ELSE 'NOT_RECOGNISED' END,
         ($5::text[])[1 + (r + k) % 12] || ' ' || k || ' ' || ${sqlFold("e.name")}, $6
       FROM generate_series(1, $1::int) AS r, generate_series(1, $2::int) AS k, bench_entrant e
       WHERE e.n = (r * 131 + k * 7919) % $3::int`,
      [seed.rounds, seed.entriesPerRound, entrants, products, folded, seed.createdBy],
    );
    log(`  seeded ${(seed.rounds * seed.entriesPerRound).toLocaleString("en-US")} selection entries`);
    await client.query(
      `INSERT INTO selection_certificate (id, number, sequence, issuer_key, level, year, round_id, entry_id,
         establishment_id, establishment_name, product_name, product_group, issued_on, valid_until, decision_number,
         decision_on, decision_signer, status, revoked_on, revoking_decision_number, revoking_decision_on,
         revoked_reason, public_id, province_id, region_code, search_text, created_by)
       SELECT 'bench-cert-' || x.eid, x.seq || '/' || x.yr || '/CNNT-' || x.level || '-' || x.rid, x.seq, x.rid, x.level,
         x.yr, x.rid, x.eid, x.est, x.est_name, x.product, x.grp, make_date(x.yr, 11, 15), make_date(x.yr + 2, 12, 31),
         x.rid || '/QĐ', make_date(x.yr, 11, 15), 'Giám đốc Sở Công Thương',
         CASE WHEN x.revoked THEN 'REVOKED' ELSE 'VALID' END,
         CASE WHEN x.revoked THEN make_date(x.yr + 1, 3, 1) END, CASE WHEN x.revoked THEN 'TH-' || x.eid END,
         CASE WHEN x.revoked THEN make_date(x.yr + 1, 3, 1) END, CASE WHEN x.revoked THEN 'Vi phạm cam kết chất lượng' END,
         'b' || substr(md5(x.eid), 1, 20), x.province_id,
         coalesce(x.region_code, kc_region_at(x.province_id, make_date(x.yr, 11, 15))),
         x.search || ' ' || lower(x.seq || '/' || x.yr || '/cnnt-' || x.level || '-' || x.rid), $1
       FROM (SELECT e.id AS eid, e.round_id AS rid, r.level, r.year AS yr, r.region_code, e.province_id,
               e.establishment_id AS est, b.name AS est_name, e.product_name AS product, e.product_group AS grp,
               e.search_text AS search, substr(e.id, length(e.round_id) + 2)::int AS seq,
               abs(hashtext(e.id)) % 100 = 0 AS revoked
             FROM selection_entry e JOIN selection_round r ON r.id = e.round_id
             JOIN establishment b ON b.id = e.establishment_id
             WHERE e.created_by = $1 AND e.status = 'RECOGNISED'
             ORDER BY e.id LIMIT $2) x`,
      [seed.createdBy, seed.certificates],
    );
    log(`  seeded ${seed.certificates.toLocaleString("en-US")} certificates`);
  });
  log(`  rebuilt the entry and certificate indexes in ${Math.round(indexMs)} ms`);
  const sheets = await seedScoredRound(client, entrants);
  await client.query("DROP TABLE bench_entrant");
  for (const table of [
    "selection_round",
    "selection_entry",
    "selection_certificate",
    "selection_score_sheet",
    "selection_score",
  ]) {
    await client.query(`VACUUM (ANALYZE) ${table}`);
  }
  const count = async (sql: string) => Number((await client.query(sql, [seed.createdBy])).rows[0]?.n ?? 0);
  return {
    rounds: await count("SELECT count(*)::int AS n FROM selection_round WHERE created_by = $1"),
    entries: await count("SELECT count(*)::int AS n FROM selection_entry WHERE created_by = $1"),
    certificates: await count("SELECT count(*)::int AS n FROM selection_certificate WHERE created_by = $1"),
    sheets,
    ms: performance.now() - started,
  };
}

/** The round whose summary is timed: Đồng Tháp's 2026 round, 300 entries, 13 jurors, scoring closed. */
async function seedScoredRound(client: SqlClient, entrants: number): Promise<number> {
  const seed = SELECTION_SEED;
  const id = seed.scoringRoundId;
  await client.query(
    `INSERT INTO selection_round (id, code, title, level, province_id, year, organiser_name, status, search_text, created_by)
     VALUES ($1, 'BC-BENCH-CHAM-DIEM', 'Bình chọn sản phẩm CNNT tiêu biểu tỉnh Đồng Tháp 2026', 'TINH', 'P34-82', 2026,
       'Sở Công Thương Đồng Tháp', 'JUDGING', 'bc-bench-cham-diem binh chon san pham cnnt tieu bieu tinh dong thap 2026', $2)`,
    [id, seed.createdBy],
  );
  await client.query(
    `INSERT INTO selection_member (id, round_id, body, role, full_name)
     SELECT $1 || '-chair', $1, 'COUNCIL', 'CHAIR', 'Chủ tịch Hội đồng'
     UNION ALL
     SELECT $1 || '-juror-' || j, $1, 'JURY', CASE j WHEN 1 THEN 'JURY_HEAD' WHEN 2 THEN 'JURY_DEPUTY' ELSE 'JUROR' END,
       'Giám khảo ' || j
     FROM generate_series(1, $2::int) AS j`,
    [id, seed.jurors],
  );
  await client.query(
    `INSERT INTO selection_criterion (id, round_id, criterion_group, position, label, max_points)
     SELECT $1 || '-c' || c, $1, 'C' || (1 + (c - 1) / 2), c, 'Tiêu chí ' || c, 12.5
     FROM generate_series(1, $2::int) AS c`,
    [id, seed.criteria],
  );
  await client.query(
    `UPDATE selection_round SET frame_approved_by_member_id = $1 || '-chair', frame_approved_at = now() WHERE id = $1`,
    [id],
  );
  await client.query(
    `INSERT INTO selection_entry (id, round_id, establishment_id, province_id, product_name, product_name_folded,
       product_group, status, search_text, created_by)
     SELECT $1 || '-' || k, $1, e.id, e.province_id, 'Sản phẩm dự thi ' || k, 'san pham du thi ' || k,
       'G' || (1 + k % 4), 'ELIGIBLE', 'san pham du thi ' || k, $4
     FROM generate_series(1, $2::int) AS k JOIN bench_entrant e ON e.n = (k * 613) % $3::int`,
    [id, seed.scoringEntries, entrants, seed.createdBy],
  );
  await client.query(
    `INSERT INTO selection_score_sheet (id, round_id, entry_id, member_id, total)
     SELECT e.id || '-' || m.id, $1, e.id, m.id, 0
     FROM selection_entry e, selection_member m
     WHERE e.round_id = $1 AND m.round_id = $1 AND m.body = 'JURY'`,
    [id],
  );
  await client.query(
    `INSERT INTO selection_score (sheet_id, criterion_id, points)
     SELECT s.id, c.id, (abs(hashtext(s.id || c.id)) % 26) * 0.5
     FROM selection_score_sheet s JOIN selection_criterion c ON c.round_id = s.round_id WHERE s.round_id = $1`,
    [id],
  );
  await client.query(
    `UPDATE selection_score_sheet s SET total = t.total
     FROM (SELECT sheet_id, sum(points) AS total FROM selection_score GROUP BY sheet_id) t
     WHERE t.sheet_id = s.id AND s.round_id = $1`,
    [id],
  );
  await client.query(
    `UPDATE selection_round SET scoring_closed_by_member_id = $1 || '-juror-1', scoring_closed_at = now() WHERE id = $1`,
    [id],
  );
  const sheets = await client.query(
    "SELECT count(*)::int AS n FROM selection_score_sheet WHERE round_id = $1",
    [id],
  );
  return Number(sheets.rows[0]?.n ?? 0);
}
