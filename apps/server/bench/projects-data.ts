import { foldForSearch, vietnameseSortKey } from "@kc/domain";
import type { SqlClient } from "./registry-data";

/**
 * The national-scale project register of the benchmarks (issue: support projects): 60,000 projects over the 34
 * current provinces and the plan years 2017–2026, in the states a ten-year programme leaves them, with their
 * estimate lines, beneficiaries, timeline steps and documents, and 600,000 disbursement rows on the contracted
 * ones. Written set-based in SQL (generate_series), not through the API; everything is marked created_by
 * 'bench-seed'. Runs after the establishments register (beneficiaries are drawn from it).
 */
export const PROJECT_SEED = {
  projects: 60_000,
  disbursements: 600_000,
  firstYear: 2017,
  years: 10,
  createdBy: "bench-seed",
} as const;

/** Status by share of projects: old plan years are mostly closed, recent ones spread along the path. */
const STATUSES = [
  ["CLOSED", 40],
  ["LIQUIDATED_SETTLED", 4],
  ["IN_PROGRESS", 20],
  ["CONTRACTED", 6],
  ["ADJUSTMENT_PENDING", 3],
  ["CARRIED_OVER", 2],
  ["STOPPED", 2],
  ["COMPLETED_PENDING_ACCEPTANCE", 5],
  ["ACCEPTED", 3],
  ["SETTLEMENT_FILED", 3],
  ["IN_APPROVED_PLAN", 3],
  ["SUBMITTED_CENTRAL", 3],
  ["SUBMITTED_BASE", 2],
  ["DRAFT", 4],
] as const;
const CONTRACTED = new Set<string>([
  "CLOSED",
  "LIQUIDATED_SETTLED",
  "IN_PROGRESS",
  "CONTRACTED",
  "ADJUSTMENT_PENDING",
  "CARRIED_OVER",
  "STOPPED",
  "COMPLETED_PENDING_ACCEPTANCE",
  "ACCEPTED",
  "SETTLEMENT_FILED",
]);

const TITLES = [
  "Hỗ trợ máy sấy nông sản cho cơ sở chế biến",
  "Hỗ trợ dây chuyền đan mây tre xuất khẩu",
  "Mô hình trình diễn kỹ thuật sản xuất gốm",
  "Hỗ trợ máy móc thiết bị cơ khí nông nghiệp",
  "Đào tạo nghề thêu ren truyền thống",
  "Hỗ trợ tham gia hội chợ hàng công nghiệp nông thôn",
  "Hỗ trợ ứng dụng sản xuất sạch hơn trong chế biến thủy sản",
  "Hỗ trợ máy ép viên phân hữu cơ",
  "Hỗ trợ xây dựng thương hiệu sản phẩm nước mắm",
  "Hỗ trợ thiết bị chế biến chè búp khô",
];

export type ProjectSeedSummary = {
  projects: number;
  disbursements: number;
  steps: number;
  documents: number;
  ms: number;
};

export async function seedProjects(
  client: SqlClient,
  log: (line: string) => void,
): Promise<ProjectSeedSummary> {
  const started = performance.now();
  const already = await client.query("SELECT 1 FROM project WHERE created_by = $1 LIMIT 1", [
    PROJECT_SEED.createdBy,
  ]);
  if (already.rows.length > 0) throw new Error("the database already holds the bench projects");
  const provinces = (
    await client.query(
      "SELECT id, code, name FROM admin_unit WHERE level = 'TINH' AND valid_to IS NULL ORDER BY code",
    )
  ).rows as { id: string; code: string; name: string }[];
  const statuses = STATUSES.flatMap(([status, share]) => Array<string>(share).fill(status));
  const titles = TITLES.map((title, i) => ({ title, sort: vietnameseSortKey(title), i }));
  // Each project's folded search text: code, title, implementer and province, as the server composes it.
  await client.query(
    `INSERT INTO project (id, code, title, kind, funding_level, local_level, plan_year, province_id, implementer_org_id,
       implementer_name, activities, industries, selection_method, start_date, end_date, status, status_changed_at,
       kc_total, counterpart_total, contract_support, contract_signed_on, last_report_period, search_text, sort_key,
       version, created_at, updated_at, created_by)
     SELECT 'bench-p-' || g, fl || '-' || yr || '-' || pc || '-' || lpad(g::text, 5, '0'), tt[1 + (g / 10) % $4::int],
       'DE_AN_DON_LE', fl, CASE WHEN fl = 'KCDP' THEN 'TINH' END, yr, pid, 'ORG-TTKC-' || pid,
       'Trung tâm Khuyến công ' || pn, ARRAY['MAY_MOC_THIET_BI'], ARRAY['N_A'], 'XET_CHON',
       make_date(yr, 2, 1), make_date(yr, 12, 31), st, now(), 200000000, 200000000,
       CASE WHEN st = ANY($5::text[]) THEN 200000000 END,
       CASE WHEN st = ANY($5::text[]) THEN make_date(yr, 2, 1) END,
       CASE WHEN st = ANY($5::text[]) THEN yr || '-0' || (2 + g % 7) END,
       lower(fl || ' ' || yr || ' ' || pc || ' ' || lpad(g::text, 5, '0')) || ' ' || tf[1 + (g / 10) % $4::int] || ' trung tam khuyen cong ' || pf,
       ts[1 + (g / 10) % $4::int], 1, now(), now(), $6
     FROM generate_series(1, $1::int) AS g,
       LATERAL (SELECT $7::int + g % $8::int AS yr, CASE WHEN g % 5 = 0 THEN 'KCDP' ELSE 'KCQG' END AS fl,
         ($2::text[])[1 + g % array_length($2::text[], 1)] AS pid, ($3::text[])[1 + g % array_length($3::text[], 1)] AS pc,
         ($9::text[])[1 + g % array_length($9::text[], 1)] AS pn, ($10::text[])[1 + g % array_length($10::text[], 1)] AS pf,
         ($11::text[])[1 + (g * 7919) % array_length($11::text[], 1)] AS st) v,
       LATERAL (SELECT $12::text[] AS tt, $13::text[] AS tf, $14::text[] AS ts) w`,
    [
      PROJECT_SEED.projects,
      provinces.map((p) => p.id),
      provinces.map((p) => p.code),
      titles.length,
      [...CONTRACTED],
      PROJECT_SEED.createdBy,
      PROJECT_SEED.firstYear,
      PROJECT_SEED.years,
      provinces.map((p) => p.name),
      provinces.map((p) => foldForSearch(p.name)),
      statuses,
      titles.map((t) => t.title),
      titles.map((t) => foldForSearch(t.title)),
      titles.map((t) => t.sort),
    ],
  );
  log(`  seeded ${PROJECT_SEED.projects.toLocaleString("en-US")} projects`);
  await client.query(
    `INSERT INTO project_estimate_line (project_id, position, item, spending_category, norm_code, cap_units, quantity,
       unit_price, kc_amount, counterpart_amount, other_amount)
     SELECT id, 0, 'Máy móc thiết bị chế biến', 'MO_HINH_CONG_NGHE', 'c', 1, 1, 400000000, 200000000, 200000000, 0
     FROM project WHERE created_by = $1`,
    [PROJECT_SEED.createdBy],
  );
  await client.query(
    `INSERT INTO project_beneficiary (project_id, establishment_id, position, share_bps)
     SELECT p.id, e.id, 0, 10000 FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM project WHERE created_by = $1) p
     JOIN (SELECT id, row_number() OVER (ORDER BY id) AS n FROM establishment LIMIT $2) e ON e.n = p.n`,
    [PROJECT_SEED.createdBy, PROJECT_SEED.projects],
  );
  // Six timeline steps per project, each with a document (the decision or minute behind it).
  await client.query(
    `WITH inserted AS (
       INSERT INTO project_step (project_id, code, from_status, to_status, effective_on, actor_name, actor_role)
       SELECT p.id, (ARRAY['CREATE','SUBMIT_BASE','APPRAISE_BASE','REGISTER_CENTRAL','APPRAISE_CENTRAL','APPROVE_INTO_PLAN'])[s],
         NULL, p.status, make_date(p.plan_year - 1, 5, s), 'Cán bộ mẫu', 'PROVINCIAL_OFFICER'
       FROM project p, generate_series(1, 6) AS s WHERE p.created_by = $1
       RETURNING id, project_id, effective_on)
     INSERT INTO project_document (id, project_id, step_id, kind, number, issued_on, signer, created_by)
     SELECT 'bench-d-' || i.id, i.project_id, i.id, 'CONG_VAN_DE_NGHI', i.id || '/VB', i.effective_on, 'Cán bộ mẫu', $1
     FROM inserted i`,
    [PROJECT_SEED.createdBy],
  );
  const counted = await client.query(
    "SELECT count(*)::int AS n FROM project_step s JOIN project p ON p.id = s.project_id WHERE p.created_by = $1",
    [PROJECT_SEED.createdBy],
  );
  const steps = Number(counted.rows[0]?.n ?? 0);
  log("  seeded steps and documents");
  const contracted = await client.query(
    "SELECT count(*)::int AS n FROM project WHERE created_by = $1 AND contract_support IS NOT NULL",
    [PROJECT_SEED.createdBy],
  );
  const perProject = Math.ceil(PROJECT_SEED.disbursements / Number(contracted.rows[0]?.n ?? 1));
  await client.query(
    `INSERT INTO project_disbursement (project_id, kind, amount, paid_on, created_by)
     SELECT id, 'ADVANCE', 1000000, make_date(plan_year, 3, 1) + k, $1
     FROM project, generate_series(1, $2::int) AS k
     WHERE created_by = $1 AND contract_support IS NOT NULL
     LIMIT $3`,
    [PROJECT_SEED.createdBy, perProject, PROJECT_SEED.disbursements],
  );
  await client.query(
    `UPDATE project p SET disbursed_total = d.total FROM
       (SELECT project_id, sum(amount) AS total FROM project_disbursement GROUP BY project_id) d
     WHERE d.project_id = p.id AND p.created_by = $1`,
    [PROJECT_SEED.createdBy],
  );
  log(`  seeded ${PROJECT_SEED.disbursements.toLocaleString("en-US")} disbursements`);
  for (const table of [
    "project",
    "project_step",
    "project_document",
    "project_disbursement",
    "project_beneficiary",
    "project_estimate_line",
  ]) {
    await client.query(`VACUUM (ANALYZE) ${table}`);
  }
  return {
    projects: PROJECT_SEED.projects,
    disbursements: PROJECT_SEED.disbursements,
    steps,
    documents: steps,
    ms: performance.now() - started,
  };
}
