import { participantImportColumns } from "@kc/domain";
import { type LoadFigures, load } from "./load";
import {
  getJson,
  int,
  LIST_LOAD,
  ms1,
  NATIONAL_SIGN_IN,
  PROVINCE_SIGN_IN,
  provinceIds,
  type Sessions,
} from "./registry-common";
import type { Engine, Row } from "./report";
import type { RunningServer } from "./server-process";
import { sleep } from "./server-process";
import { TRADE_SEED, type TradeSeedSummary } from "./trade-promotion-data";

/**
 * Trade promotion at national scale (issue 15): the fair list with and without its filters, a fair's participant
 * page, and a 5,000-row booth-holder import (dry run, then commit), against the real server on the seeded data.
 */
export const tradeTargets = {
  p95Ms: { PGlite: 150, PostgreSQL: 50 } as Record<Engine, number>,
  importMs: 10_000,
};
export const IMPORT_PARTICIPANTS = 5_000;
const IMPORT_LIMIT_MS = 120_000;

export const tradeFacts: {
  seeds: Partial<Record<Engine, TradeSeedSummary>>;
  hits: Partial<Record<Engine, string>>;
} = { seeds: {}, hits: {} };

type Page = { items: { id: string; participationCount?: number }[]; total: number };

const fairs = (params: Record<string, string>) =>
  `/api/v1/fairs?${new URLSearchParams({ ...params, page: "1", pageSize: "50" })}`;

export function loadRow(engine: Engine, metric: string, figures: LoadFigures, target: number): Row {
  const problems = figures.problems ? ` — ${figures.problems}` : "";
  return {
    engine,
    metric: `${metric}: latency p95 (${LIST_LOAD.connections} connections, ${LIST_LOAD.durationSeconds} s)`,
    target: `≤ ${target} ms`,
    measured: `${ms1(figures.latency.p95Ms)} (p50 ${ms1(figures.latency.p50Ms)}, p99 ${ms1(figures.latency.p99Ms)}; ${int(figures.requestsPerSecond)} req/s, ${int(figures.total)} requests)${problems}`,
    pass: figures.problems === null && figures.latency.p95Ms <= target,
  };
}

export async function measureTradePromotion(
  engine: Engine,
  server: RunningServer,
  sessions: Sessions,
  importRows: { name: string; taxCode: string }[],
): Promise<Row[]> {
  const target = tradeTargets.p95Ms[engine];
  const regions = ["BAC", "TRUNG_TAY_NGUYEN", "NAM"];
  const provinces = await provinceIds(server.baseUrl, sessions.national);
  const searches = ["hoi cho", "thu cong my nghe", "lang nghe", "ocop", "dong thap", "ha noi", "hctl-2021"];
  const lists: { name: string; cookie: string; paths: string[] }[] = [
    {
      name: "national officer, no filter, then each year 2017–2026 in turn",
      cookie: sessions.national,
      paths: [fairs({}), ...Array.from({ length: 10 }, (_, i) => fairs({ year: `${2017 + i}` }))],
    },
    {
      name: "national officer, region (3 in turn), region + year, level, level + year",
      cookie: sessions.national,
      paths: [
        ...regions.map((regionCode) => fairs({ regionCode })),
        ...regions.map((regionCode, i) => fairs({ regionCode, year: `${2019 + i * 3}` })),
        fairs({ level: "ABROAD" }),
        fairs({ level: "REGIONAL", year: "2024" }),
      ],
    },
    {
      name: `national officer, recording province (${provinces.length} in turn), with and without year`,
      cookie: sessions.national,
      paths: provinces.flatMap((provinceId) => [fairs({ provinceId }), fairs({ provinceId, year: "2026" })]),
    },
    {
      name: `national officer, text search (${searches.length} in turn), alone and with a year`,
      cookie: sessions.national,
      paths: searches.flatMap((q) => [fairs({ q }), fairs({ q, year: "2022" })]),
    },
    {
      name: `provincial officer (${PROVINCE_SIGN_IN.provinceId}), no filter, year, text`,
      cookie: sessions.province,
      paths: [fairs({}), fairs({ year: "2025" }), fairs({ q: "hoi cho" }), fairs({ level: "PROVINCIAL" })],
    },
  ];
  const hits: string[] = [];
  for (const list of lists) {
    for (const path of list.paths.slice(0, 3)) {
      const page = await getJson<Page>(server.baseUrl, path, list.cookie);
      hits.push(
        `${decodeURIComponent(path.slice(14)).replace("&page=1&pageSize=50", "")} ${int(page.total)}`,
      );
    }
  }
  tradeFacts.hits[engine] = hits.join("; ");
  const rows: Row[] = [];
  for (const list of lists) {
    const figures = await load({
      url: `${server.baseUrl}${list.paths[0]}`,
      headers: { cookie: list.cookie },
      paths: list.paths,
      ...LIST_LOAD,
    });
    rows.push(loadRow(engine, `Fair list (20k), ${list.name}, page of 50`, figures, target));
  }
  // Participant pages of 200 fairs (10 to 90 participants each), the first page and the second.
  const sample = await getJson<Page>(
    server.baseUrl,
    fairs({ year: "2023" }).replace("pageSize=50", "pageSize=100"),
    sessions.national,
  );
  const pages = sample.items.flatMap((f) => [
    `/api/v1/fairs/${f.id}/participants?page=1&pageSize=50`,
    `/api/v1/fairs/${f.id}/participants?page=2&pageSize=20`,
  ]);
  const figures = await load({
    url: `${server.baseUrl}${pages[0]}`,
    headers: { cookie: sessions.national },
    paths: pages,
    ...LIST_LOAD,
  });
  rows.push(
    loadRow(
      engine,
      `A fair's participant page (1M participations), ${sample.items.length} fairs in turn, pages 1 and 2`,
      figures,
      target,
    ),
  );
  rows.push(...(await measureParticipantImport(engine, server, sessions, importRows)));
  return rows;
}

async function participantFile(rows: { name: string; taxCode: string }[]): Promise<Uint8Array> {
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Danh sách gian hàng");
  sheet.addRow(participantImportColumns.map((column) => column.headerVi));
  rows.forEach((row, i) => {
    const values: Record<string, string> = {
      stt: `${i + 1}`,
      name: row.name,
      taxCode: row.taxCode,
      wholeBooths: "1",
      boothRent: "12.000.000",
      supportPct: "80",
      productsShown: "Sản phẩm thủ công mỹ nghệ",
    };
    sheet.addRow(participantImportColumns.map((column) => values[column.key] ?? ""));
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

type Job = {
  status: string;
  result: { created: number; validRows: number; errors: unknown[] } | null;
  error?: unknown;
};

async function runImport(server: RunningServer, cookie: string, bytes: Uint8Array, dryRun: boolean) {
  const started = performance.now();
  const form = new FormData();
  form.append("file", new Blob([bytes]), "danh-sach-gian-hang.xlsx");
  const upload = await fetch(
    `${server.baseUrl}/api/v1/fairs/${TRADE_SEED.importFairId}/participant-imports?dryRun=${dryRun}`,
    { method: "POST", headers: { cookie, "x-requested-with": "khuyencong" }, body: form },
  );
  const accepted = (await upload.json()) as { jobId?: string };
  if (upload.status !== 202 || !accepted.jobId)
    throw new Error(`import upload answered ${upload.status}: ${JSON.stringify(accepted).slice(0, 300)}`);
  while (performance.now() - started < IMPORT_LIMIT_MS) {
    await sleep(100);
    const response = await fetch(`${server.baseUrl}/api/v1/fair-participant-imports/${accepted.jobId}`, {
      headers: { cookie },
    }).catch(() => null);
    if (response?.status !== 200) continue;
    const job = (await response.json()) as Job;
    if (job.status === "SUCCEEDED" || job.status === "FAILED")
      return { ms: performance.now() - started, job };
  }
  throw new Error(`the participant import did not finish in ${IMPORT_LIMIT_MS / 1000} s`);
}

async function measureParticipantImport(
  engine: Engine,
  server: RunningServer,
  sessions: Sessions,
  importRows: { name: string; taxCode: string }[],
): Promise<Row[]> {
  if (importRows.length < IMPORT_PARTICIPANTS) throw new Error(`only ${importRows.length} rows to import`);
  const bytes = await participantFile(importRows.slice(0, IMPORT_PARTICIPANTS));
  const dry = await runImport(server, sessions.national, bytes, true);
  const commit = await runImport(server, sessions.national, bytes, false);
  const result = commit.job.result;
  const ok =
    dry.job.status === "SUCCEEDED" &&
    commit.job.status === "SUCCEEDED" &&
    result?.created === IMPORT_PARTICIPANTS &&
    result.errors.length === 0;
  const detail = ok
    ? `${int(result?.created ?? 0)} created, 0 errors`
    : `dry run ${dry.job.status}, commit ${commit.job.status}: ${JSON.stringify(commit.job.result ?? commit.job.error).slice(0, 200)}`;
  const total = dry.ms + commit.ms;
  return [
    {
      engine,
      metric: `Import of a ${int(IMPORT_PARTICIPANTS)}-row booth-holder list (.xlsx, ${(bytes.length / 1e6).toFixed(2)} MB) into one national fair as ${NATIONAL_SIGN_IN.email}: dry run + commit, upload to SUCCEEDED`,
      target: `≤ ${int(tradeTargets.importMs)} ms`,
      measured: `${int(total)} ms (dry run ${int(dry.ms)} ms, commit ${int(commit.ms)} ms; ${detail})`,
      pass: ok && total <= tradeTargets.importMs,
    },
  ];
}

export function tradeNotes(): string[] {
  const seeded = (engine: Engine) => {
    const s = tradeFacts.seeds[engine];
    return s
      ? `${engine} ${int(s.fairs)} fairs and ${int(s.participations)} participations in ${int(s.ms)} ms`
      : `${engine} not seeded`;
  };
  return [
    `Trade promotion (issue 15): after the register rows, ${int(TRADE_SEED.fairs)} fairs of ${TRADE_SEED.firstYear}–${TRADE_SEED.firstYear + TRADE_SEED.years - 1} and ${int(TRADE_SEED.participations)} participations of the register's establishments (apps/server/bench/trade-promotion-data.ts: set-based SQL, created_by 'bench-seed'; 5 % abroad, 5 % national, 15 % regional, the rest provincial; venue and recording province valid on the opening day; 10–90 participants a fair). Seeded: ${seeded("PostgreSQL")}; ${seeded("PGlite")} (PGlite while its server is stopped, PostgreSQL while it runs). They are in the figure summary the dashboard rows above read (the dashboard step rebuilds it from the records after this seed).`,
    `Fair list and participant page: \`GET /api/v1/fairs?…&page=1&pageSize=50\` and \`GET /api/v1/fairs/{id}/participants\`, autocannon ${LIST_LOAD.connections} connections for ${LIST_LOAD.durationSeconds} s after ${LIST_LOAD.warmupSeconds} s warm-up, each request the next path of its list (the server does not cache these). Totals of the first paths of each list, PostgreSQL: ${tradeFacts.hits.PostgreSQL ?? "not measured"}. PGlite: ${tradeFacts.hits.PGlite ?? "not measured"}.`,
    `Booth-holder import: an .xlsx in the template's columns (\`participantImportColumns\`) of ${int(IMPORT_PARTICIPANTS)} registered establishments of every province found by tax code, 1 booth each at 12.000.000 đ, 80 %, into an empty national fair open for registration, by the central officer (a provincial officer matches only its province's establishments, fewer than 5,000 here); uploaded with \`dryRun=true\`, then again with \`dryRun=false\`, each timed from the POST to the job's SUCCEEDED (polled every 100 ms); the target is for the two together.`,
  ];
}
