import type { SqlClient } from "./registry-data";

/**
 * National-scale plans and execution for the dashboard benchmark (issue: plans and dashboard): an annual plan for
 * every provincial unit valid in each of the ten years 2017–2026 and for the centre, with 18 lines (KCQG and KCĐP
 * × the nine activity contents) and its first revision. On PostgreSQL the execution is the 600,000 bench
 * disbursements of the projects benchmark; on PGlite, which does not hold that project register, it is the
 * cumulative reported figures of every plan line at each month's end (the other kind of execution record).
 * Written set-based in SQL, every row created_by 'bench-seed', beside the demo's own plans and figures (a unit and
 * year the demo already planned keeps the demo's plan); the summary is then rebuilt from all the records.
 */
export const DASHBOARD_SEED = { firstYear: 2017, lastYear: 2026, createdBy: "bench-seed" } as const;

const CONTENTS = [
  "A1_DAO_TAO_NGHE",
  "A2_NANG_LUC_QUAN_LY",
  "A3_MO_HINH_CONG_NGHE",
  "A4_SAN_PHAM_THI_TRUONG",
  "A5_TU_VAN",
  "A6_THONG_TIN",
  "A7_LIEN_KET_CCN_MOI_TRUONG",
  "A8_HOP_TAC_QUOC_TE",
  "A9_NANG_LUC_KHUYEN_CONG",
];
const OUTPUTS = [
  "ESTAB_SUPPORTED",
  "TRAINEES",
  "BOOTHS",
  "FAIR_PARTICIPATIONS",
  "PRODUCTS_CERTIFIED",
  "BRANDS",
];

export type DashboardSeedSummary = { plans: number; lines: number; reported: number; ms: number };

export async function seedDashboardRecords(
  client: SqlClient,
  options: { reportedExecution: boolean },
): Promise<DashboardSeedSummary> {
  const started = performance.now();
  const by = DASHBOARD_SEED.createdBy;
  await client.query(
    `INSERT INTO annual_plan (id, unit_id, year, programme_id, decision_number, decision_date, total, created_by)
     SELECT 'bench-plan-' || u.id || '-' || y, u.id, y,
       CASE WHEN y <= 2020 THEN 'CT-KCQG-2014-2020' WHEN y <= 2025 THEN 'CT-KCQG-2021-2025' ELSE 'CT-KCQG-2026-2030' END,
       y || '/QĐ-UBND', make_date(y, 1, 15), 0, $1
     FROM generate_series($2::int, $3::int) AS y
     JOIN (SELECT id, valid_from, valid_to FROM admin_unit WHERE level = 'TINH'
           UNION ALL SELECT 'TW', DATE '2000-01-01', NULL) u
       ON u.valid_from <= make_date(y, 1, 1) AND (u.valid_to IS NULL OR u.valid_to >= make_date(y, 1, 1))
     ON CONFLICT DO NOTHING`,
    [by, DASHBOARD_SEED.firstYear, DASHBOARD_SEED.lastYear],
  );
  await client.query(
    `INSERT INTO annual_plan_line (plan_id, source, content, amount)
     SELECT p.id, s, c, (200 + abs(hashtext(p.id || s || c)) % 1800)::bigint * 1000000
     FROM annual_plan p, unnest(ARRAY['KCQG', 'KCDP_TINH']) AS s, unnest($2::text[]) AS c
     WHERE p.created_by = $1`,
    [by, CONTENTS],
  );
  await client.query(
    `WITH totals AS (
       SELECT plan_id, sum(amount) AS total,
         jsonb_agg(jsonb_build_object('source', source, 'content', content, 'amount', amount::text)) AS lines
       FROM annual_plan_line GROUP BY plan_id)
     , updated AS (
       UPDATE annual_plan p SET total = t.total FROM totals t WHERE t.plan_id = p.id AND p.created_by = $1
       RETURNING p.id, p.decision_number, p.decision_date, t.total, t.lines)
     INSERT INTO annual_plan_revision (plan_id, revision, decision_number, decision_date, lines, total, created_by)
     SELECT id, 1, decision_number, decision_date, lines, total, $1 FROM updated`,
    [by],
  );
  if (options.reportedExecution) {
    // Cumulative to each month's end, reaching about 85 % of the line by December.
    await client.query(
      `INSERT INTO reported_figure (id, unit_id, year, cutoff_month, indicator, source, content, value, value_kind, created_by)
       SELECT 'bench-rf-' || p.id || '-' || l.source || '-' || l.content || '-' || m, p.unit_id, p.year, m,
         'BUDGET_EXEC', l.source, l.content, l.amount * m * 85 / 1200, 'ACTUAL', $1
       FROM annual_plan p JOIN annual_plan_line l ON l.plan_id = p.id, generate_series(1, 12) AS m
       WHERE p.created_by = $1
       ON CONFLICT DO NOTHING`,
      [by],
    );
  }
  await client.query(
    `INSERT INTO reported_figure (id, unit_id, year, cutoff_month, indicator, value, value_kind, created_by)
     SELECT 'bench-out-' || p.id || '-' || o, p.unit_id, p.year, 12, o, 10 + abs(hashtext(p.id || o)) % 200, 'ACTUAL', $1
     FROM annual_plan p, unnest($2::text[]) AS o WHERE p.created_by = $1
     ON CONFLICT DO NOTHING`,
    [by, OUTPUTS],
  );
  const counted = await client.query(
    `SELECT (SELECT count(*) FROM annual_plan WHERE created_by = $1)::int AS plans,
       (SELECT count(*) FROM annual_plan_line l JOIN annual_plan p ON p.id = l.plan_id WHERE p.created_by = $1)::int AS lines,
       (SELECT count(*) FROM reported_figure WHERE created_by = $1)::int AS reported`,
    [by],
  );
  for (const table of ["annual_plan", "annual_plan_line", "annual_plan_revision", "reported_figure"]) {
    await client.query(`VACUUM (ANALYZE) ${table}`);
  }
  const row = counted.rows[0] ?? {};
  return {
    plans: Number(row.plans),
    lines: Number(row.lines),
    reported: Number(row.reported),
    ms: performance.now() - started,
  };
}
