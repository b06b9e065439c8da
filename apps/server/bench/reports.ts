import { annualReportTemplate, reportColumns, reportTemplateId, templateRows } from "@kc/domain";
import { int, ms1, type Sessions } from "./registry-common";
import type { SqlClient } from "./registry-data";
import type { Engine, Row } from "./report";
import type { RunningServer } from "./server-process";

/**
 * Periodic reports at national scale (issue 17, performance section): the national aggregate of 34 approved
 * annual reports (≤ 200 ms) and pre-filling a province's annual report on the ten years of national data the
 * dashboard step wrote (≤ 300 ms), against the real server, on both engines.
 *
 * The 34 reports are written straight into the database with the other national-scale records (`seedReports`,
 * called by `seedRecords`: on PGlite while the server is stopped); each carries every amount cell of the annual
 * template, so the aggregate reads and sums what a full year of reports would give it.
 */
export const REPORTS_BENCH = {
  /** The year of the seeded reports: the 34 provinces existed at its end. */
  aggregateYear: 2025,
  samples: 20,
  warmup: 3,
  /**
   * Periods the pre-fill opens as the Đồng Tháp officer, one report each (a report exists once per province and
   * period): the former Đồng Tháp and Tiền Giang, in years of the template's validity (from 2018).
   */
  prefill: [
    ...[2018, 2019, 2020, 2021, 2022, 2023, 2024].map((year) => ({ provinceId: "P63-87", year })),
    ...[2022, 2023, 2024].map((year) => ({ provinceId: "P63-82", year })),
  ],
};

const targets: Record<"aggregateP95Ms" | "prefillP95Ms", number> = { aggregateP95Ms: 200, prefillP95Ms: 300 };

/** The 34 provinces' approved and locked annual reports of the year, every amount cell filled. */
export async function seedReports(client: SqlClient, log: (line: string) => void) {
  const started = performance.now();
  const templateId = reportTemplateId(annualReportTemplate);
  const year = REPORTS_BENCH.aggregateYear;
  const cells = templateRows(annualReportTemplate).flatMap((row) =>
    row.columns
      .filter((column) => reportColumns[column].kind === "AMOUNT")
      .map((column) => ({ row: row.code, column, kind: column.includes("PLAN") ? "PLAN" : "ACTUAL" })),
  );
  const inserted = await client.query(
    `INSERT INTO periodic_report (id, template_id, province_id, year, period_index, window_from, window_to, due_on,
       state, first_submitted_at, last_submitted_at, version)
     SELECT 'bench-report-' || u.id, $1, u.id, $2, 1, make_date($2, 1, 1), make_date($2, 12, 31),
       make_date($2 + 1, 1, 15), 'LOCKED', now(), now(), 4
     FROM admin_unit u WHERE u.level = 'TINH' AND u.valid_to IS NULL
     ON CONFLICT DO NOTHING RETURNING id`,
    [templateId, year],
  );
  await client.query(
    `INSERT INTO report_cell (report_id, row_code, column_code, value_kind, value, source)
     SELECT r.id, c.row_code, c.column_code, c.value_kind,
       (1000000 + abs(hashtext(r.id || c.row_code || c.column_code)) % 900000000)::text, 'MANUAL'
     FROM periodic_report r CROSS JOIN jsonb_to_recordset($1::jsonb)
       AS c(row_code text, column_code text, value_kind text)
     WHERE r.id LIKE 'bench-report-%' ON CONFLICT DO NOTHING`,
    [JSON.stringify(cells.map((c) => ({ row_code: c.row, column_code: c.column, value_kind: c.kind })))],
  );
  const ms = performance.now() - started;
  log(
    `  ${inserted.rows.length} approved annual reports of ${year}, ${cells.length} cells each, in ${int(ms)} ms`,
  );
  return { reports: inserted.rows.length, cellsPerReport: cells.length, ms };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

async function timed(
  request: () => Promise<Response>,
): Promise<{ ms: number; status: number; body: string }> {
  const started = performance.now();
  const response = await request();
  const body = await response.text();
  return { ms: performance.now() - started, status: response.status, body };
}

export async function measureReports(
  engine: Engine,
  server: RunningServer,
  sessions: Sessions,
): Promise<Row[]> {
  const year = REPORTS_BENCH.aggregateYear;
  const path = `/api/v1/reports/aggregate?templateCode=BC_NAM&year=${year}&periodIndex=1&scope=national`;
  const get = () =>
    fetch(`${server.baseUrl}${path}`, {
      headers: { cookie: sessions.national },
      signal: AbortSignal.timeout(30_000),
    });
  const aggregate: number[] = [];
  let included = 0;
  for (let i = 0; i < REPORTS_BENCH.warmup + REPORTS_BENCH.samples; i++) {
    const answer = await timed(get);
    if (answer.status !== 200)
      throw new Error(`${path} answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    if (i >= REPORTS_BENCH.warmup) aggregate.push(answer.ms);
    included = (JSON.parse(answer.body) as { included: unknown[] }).included.length;
  }
  if (included < 34) throw new Error(`the national aggregate counted ${included} approved reports, not 34`);

  const prefill: number[] = [];
  for (const period of REPORTS_BENCH.prefill) {
    const answer = await timed(() =>
      fetch(`${server.baseUrl}/api/v1/reports`, {
        method: "POST",
        headers: {
          cookie: sessions.province,
          "content-type": "application/json",
          "x-requested-with": "khuyencong",
        },
        body: JSON.stringify({ templateId: reportTemplateId(annualReportTemplate), index: 1, ...period }),
        signal: AbortSignal.timeout(30_000),
      }),
    );
    // A period the demo already reported is skipped: the report exists once per province and period.
    if (answer.status === 409) continue;
    if (answer.status !== 201)
      throw new Error(`opening a report answered ${answer.status}: ${answer.body.slice(0, 300)}`);
    prefill.push(answer.ms);
  }
  if (prefill.length === 0) throw new Error("every pre-fill period already had a report");

  const row = (metric: string, values: number[], target: number): Row => {
    const p95 = percentile(values, 95);
    return {
      engine,
      metric,
      target: `p95 ≤ ${int(target)} ms`,
      measured: `median ${ms1(percentile(values, 50))}, p95 ${ms1(p95)} (${values.length} requests)`,
      pass: p95 <= target,
    };
  };
  return [
    row(
      `Reports: national aggregate of ${included} approved annual reports (GET /reports/aggregate)`,
      aggregate,
      targets.aggregateP95Ms,
    ),
    row(
      "Reports: pre-filling a province's annual report from 10 years of national data (POST /reports)",
      prefill,
      targets.prefillP95Ms,
    ),
  ];
}
