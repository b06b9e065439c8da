import { openPglite } from "../src/db/client";
import { benchDashboardPostgres, measureDashboard, prepareDashboard } from "./dashboard";
import { load } from "./load";
import type { EngineSetup } from "./measurements";
import { stepSelected } from "./only";
import { benchProjects } from "./projects";
import { seedRecords, selectionStep, tradePromotionStep, withDatabase } from "./records-bench";
import {
  atMost,
  describeError,
  getJson,
  IMPORT_ROWS,
  int,
  JOB_POLL_MS,
  LIST_LOAD,
  MEMORY_SAMPLE_MS,
  ms1,
  NATIONAL_SIGN_IN,
  PROVINCE_SIGN_IN,
  provinceIds,
  registryFacts,
  SEARCHES,
  type Sessions,
  targets,
} from "./registry-common";
import { SEED, type SeedSummary, type SqlClient, seedRegister } from "./registry-data";
import { measureExport, measureImport } from "./registry-files";
import type { Engine, Row } from "./report";
import { measureReports } from "./reports";
import { logFileIn, type RunningServer, signIn, startServer } from "./server-process";

/**
 * The establishments register at national scale (200,000 records): list pages with search and filters, a 50,000-row
 * import and a 50,000-row export, against the real server. The register is written straight into the database
 * while the server is stopped (PGlite allows one process per folder), then the server is started again on it.
 */

/**
 * Stops `server`, seeds the register, starts the server again and measures. Answers the rows and how many steps
 * could not be measured (each has a "not measured" row); the server it started is stopped before it returns.
 */
export async function benchRegistry(
  setup: EngineSetup,
  server: RunningServer,
): Promise<{ rows: Row[]; unmeasured: number }> {
  const { engine } = setup;
  const rows: Row[] = [];
  let unmeasured = 0;
  // Sessions live in the database, so cookies taken now stay valid after the restart; signing in here keeps the
  // count of sign-ins (rate limited per address, and counted in the database) low.
  const sessions: Sessions = {
    national: await signIn(server.baseUrl, NATIONAL_SIGN_IN.email, NATIONAL_SIGN_IN.password),
    province: await signIn(server.baseUrl, PROVINCE_SIGN_IN.email, PROVINCE_SIGN_IN.password),
  };
  await server.stop();

  console.log(`[${engine}] seeding ${int(SEED.establishments)} establishments…`);
  const seeded = await seed(setup);
  registryFacts.seeds[engine] = seeded;
  rows.push({
    engine,
    metric: `Bench set-up: ${int(seeded.establishments)} establishments written straight into the database (not a product figure)`,
    target: "—",
    measured: `${int(seeded.totalMs)} ms (rows ${int(seeded.insertMs)} ms, index rebuild ${int(seeded.indexMs)} ms, ${int(seeded.yearRows)} yearly figures ${int(seeded.yearsMs)} ms, ${int(seeded.blocks)} search blocks ${int(seeded.blocksMs)} ms, VACUUM ANALYZE ${int(seeded.vacuumMs)} ms)`,
    pass: null,
  });

  // PGlite's dashboard records go in while the server is stopped too (PostgreSQL's after the projects, below),
  // after the trade-promotion and selection records, so the summary rebuilt there counts them.
  if (engine === "PGlite") {
    try {
      rows.push(...(await seedRecords(setup)));
    } catch (error) {
      unmeasured++;
      console.error(`[PGlite] trade-promotion and selection records failed: ${describeError(error)}`);
    }
    try {
      if (stepSelected("dashboard")) await preparePgliteDashboard(setup);
    } catch (error) {
      // The dashboard step then reports "not measured"; the register's own figures still run.
      console.error(`[PGlite] dashboard records failed: ${error instanceof Error ? error.message : error}`);
    }
  }

  const restarted = await startServer({
    env: setup.env,
    logFile: logFileIn(setup.workDir, `${engine}-registry`),
    readyTimeoutMs: 120_000,
    logLevel: setup.logLevel,
  });
  try {
    rows.push({
      engine,
      metric: `Start to ready with ${int(SEED.establishments)} establishments`,
      target: "—",
      measured: `${int(restarted.readyMs)} ms`,
      pass: null,
    });
    type Step = [string, () => Promise<Row[]>];
    const records: Step[] = [
      ["trade promotion at national scale", () => tradePromotionStep(engine, restarted, sessions)],
      ["product selection at national scale", () => selectionStep(engine, restarted, sessions)],
    ];
    const steps: Step[] = [
      ["list pages", () => measureLists(engine, restarted, sessions)],
      // Export before import: it reads another province, and a stuck import would leave the server unable to answer.
      ["export of 50,000 rows", () => measureExport(engine, restarted, sessions)],
      ["import of 50,000 rows", () => measureImport(engine, restarted, sessions)],
      // Projects on the register just measured; the issue sets their targets on PostgreSQL.
      ...(engine === "PostgreSQL"
        ? [
            ["projects at national scale", () => benchProjects(setup, restarted, sessions)] as [
              string,
              () => Promise<Row[]>,
            ],
            ["trade promotion and selection records", () => seedRecords(setup)] as Step,
            ...records,
            ["dashboard", () => benchDashboardPostgres(setup, restarted, sessions)] as [
              string,
              () => Promise<Row[]>,
            ],
            ["periodic reports", () => measureReports(engine, restarted, sessions)] as Step,
          ]
        : [
            ...records,
            ["dashboard", () => measureDashboard(engine, restarted, sessions)] as [
              string,
              () => Promise<Row[]>,
            ],
            // After the dashboard step: the pre-fill reads its ten years of national figures.
            ["periodic reports", () => measureReports(engine, restarted, sessions)] as Step,
          ]),
    ];
    for (const [name, step] of steps) {
      if (!stepSelected(name)) continue;
      console.log(`[${engine}] ${name}…`);
      try {
        rows.push(...(await step()));
      } catch (error) {
        unmeasured++;
        const message = error instanceof Error ? error.message : String(error);
        console.error(`\n[${engine}] ${name} failed:\n${message}\n`);
        rows.push({
          engine,
          metric: `Establishments: ${name}`,
          target: "—",
          measured: `not measured: ${(message.split("\n")[0] ?? "").replaceAll("|", "\\|")}`,
          pass: false,
        });
      }
    }
  } finally {
    await restarted.stop();
  }
  return { rows, unmeasured };
}

async function seed(setup: EngineSetup): Promise<SeedSummary & { totalMs: number }> {
  const started = performance.now();
  // Same opening as the server on PGlite (extensions, folder lock): the server must be stopped first.
  const summary = await withDatabase(setup, (client) => seedRegister(client, (line) => console.log(line)));
  return { ...summary, totalMs: performance.now() - started };
}

async function preparePgliteDashboard(setup: EngineSetup) {
  const dataDir = setup.env.KC_DATA_DIR;
  if (!dataDir) throw new Error("no KC_DATA_DIR for PGlite");
  const database = await openPglite({ dataDir });
  try {
    const client = (database.db as unknown as { $client: SqlClient }).$client;
    await prepareDashboard("PGlite", database.db, { query: (text, params) => client.query(text, params) });
  } finally {
    await database.close();
  }
}

type Page = { items: { id: string }[]; total: number };

function listPath(params: Record<string, string>): string {
  return `/api/v1/establishments?${new URLSearchParams({ ...params, page: "1", pageSize: "50" })}`;
}

async function measureLists(engine: Engine, server: RunningServer, sessions: Sessions): Promise<Row[]> {
  // Hit counts of each search (national and in Đồng Tháp), which also checks every variant answers a page.
  const hits: Record<string, { national: number; province: number }> = {};
  for (const q of SEARCHES) {
    const national = await getJson<Page>(
      server.baseUrl,
      listPath({ q, legalForm: "HKD" }),
      sessions.national,
    );
    const province = await getJson<Page>(
      server.baseUrl,
      listPath({ q, legalForm: "HKD" }),
      sessions.province,
    );
    hits[q] = { national: national.total, province: province.total };
  }
  registryFacts.hits[engine] = hits;
  if ((hits["may tre"]?.national ?? 0) < 1_000) {
    throw new Error(`"may tre" found ${hits["may tre"]?.national} HKD rows; the register was not seeded?`);
  }
  const provinces = await provinceIds(server.baseUrl, sessions.national);

  const variants: { name: string; cookie: string; paths: string[] }[] = [
    {
      name: `national officer, q=<${SEARCHES.length} searches in turn>&legalForm=HKD`,
      cookie: sessions.national,
      paths: SEARCHES.map((q) => listPath({ q, legalForm: "HKD" })),
    },
    {
      name: `provincial officer (${PROVINCE_SIGN_IN.provinceId}), q=<${SEARCHES.length} searches in turn>&legalForm=HKD`,
      cookie: sessions.province,
      paths: SEARCHES.map((q) => listPath({ q, legalForm: "HKD" })),
    },
    {
      name: `national officer, provinceId=<${provinces.length} provinces in turn>&legalForm=HKD, no q`,
      cookie: sessions.national,
      paths: provinces.map((provinceId) => listPath({ provinceId, legalForm: "HKD" })),
    },
  ];
  const rows: Row[] = [];
  for (const variant of variants) {
    const figures = await load({
      url: `${server.baseUrl}${variant.paths[0]}`,
      headers: { cookie: variant.cookie },
      paths: variant.paths,
      ...LIST_LOAD,
    });
    const problems = figures.problems ? ` — ${figures.problems}` : "";
    const verdict = atMost(engine, targets.listP95Ms, figures.latency.p95Ms, "ms");
    rows.push({
      engine,
      metric: `Establishments list (200k), ${variant.name}, page of 50: latency p95 (${LIST_LOAD.connections} connections, ${LIST_LOAD.durationSeconds} s)`,
      target: verdict.target,
      measured: `${ms1(figures.latency.p95Ms)} (p50 ${ms1(figures.latency.p50Ms)}, p99 ${ms1(figures.latency.p99Ms)}; ${int(figures.requestsPerSecond)} req/s, ${int(figures.total)} requests)${problems}`,
      pass: figures.problems === null ? verdict.pass : false,
    });
  }
  return rows;
}

function hitSummary(engine: Engine): string {
  const hits = registryFacts.hits[engine];
  if (!hits) return "not measured";
  return Object.entries(hits)
    .map(([q, h]) => `"${q}" ${int(h.national)}/${int(h.province)}`)
    .join(", ");
}

/** The "How it was measured" lines of the register rows. */
export function registryNotes(): string[] {
  const seeded = (engine: Engine) => {
    const s = registryFacts.seeds[engine];
    return s
      ? `${engine} ${int(s.totalMs / 1000)} s (table ${int(s.heapMb)} MB, ${int(s.totalMb)} MB with indexes)`
      : `${engine} not seeded`;
  };
  const file = registryFacts.importFile;
  return [
    `Establishments register: after the rows above, the server is stopped and ${int(SEED.establishments)} establishments are written straight into its database (apps/server/bench/registry-data.ts; PostgreSQL through \`pg\`, PGlite through \`openPglite()\` of apps/server/src/db/client.ts, which takes the same folder lock), then the server is started again on it. ${int(SEED.exportProvinceRows)} rows are in ${SEED.exportProvinceId} (Thành phố Hồ Chí Minh, the one exported) and the rest spread evenly over the other 33 current provinces; provinces without communes in the demo get ${SEED.communesPerProvince} synthetic communes each (ids \`XA-BENCH-<n>\`, codes \`B<n>\`, source 'BENCH'); every seeded row has created_by 'bench-seed'.`,
    'Seeded rows are like the server\'s own: NFC names from word lists ("Cơ sở mây tre đan", "Hợp tác xã gốm", "Hộ kinh doanh chế biến nông sản", "Cơ khí" … + a person\'s or a place\'s name), search_text folded as the server does (name, tax code, owner, products, address, commune, province), sort_key from `vietnameseSortKey`, ≈57 % HKD, unique valid tax codes on ≈70 %, 3 % archived outside the exported province, and eligibility documents copied from demo records (≈1.8 kB of JSON each, ≈1.1 kB stored, in establishment_eligibility as the server keeps them), so the data has its real size; the exported province also gets yearly figures (2024 for every establishment, 2023 for about half). Loaded with one `INSERT … SELECT FROM unnest(…)` per 10,000 rows, the secondary indexes dropped before and rebuilt from their catalogue definitions after, the search-block insert trigger disabled during the load and the blocks rebuilt from the rows after it (`kc_search_blocks_rebuild(512)`, docs/decisions/0008-search-blocks.md), then `VACUUM (ANALYZE)` (PGlite has no autovacuum; on PostgreSQL it stands for the autovacuum that follows a bulk load).',
    `Seeding took ${seeded("PostgreSQL")}, ${seeded("PGlite")} (bench set-up, reported for the run-time budget only). The throw-away PostgreSQL cluster keeps the default shared_buffers (128 MB), smaller than the table, so pages come from the OS cache.`,
    `List: \`GET /api/v1/establishments?…&page=1&pageSize=50\` (sort by name, the default), autocannon ${LIST_LOAD.connections} connections for ${LIST_LOAD.durationSeconds} s after ${LIST_LOAD.warmupSeconds} s of warm-up; each request takes the next query of a list (setupRequest), since the server does not cache establishment lists. The search queries are ${SEARCHES.map((q) => `"${q}"`).join(", ")}. The p95/p50/p99 are exact percentiles of the 2xx latencies of the measured run, as seen by the client on the same machine. Sessions: ${NATIONAL_SIGN_IN.email} (national) and ${PROVINCE_SIGN_IN.email} (province ${PROVINCE_SIGN_IN.provinceId}).`,
    `Rows found with legalForm=HKD (national / ${PROVINCE_SIGN_IN.provinceId}), PostgreSQL: ${hitSummary("PostgreSQL")}. PGlite: ${hitSummary("PGlite")}.`,
    `Import: one .xlsx of ${int(IMPORT_ROWS)} rows in the template's columns (headers of \`importColumns\`; name, HKD, CNNT, a unique valid 10-digit tax code, owner, province code ${PROVINCE_SIGN_IN.provinceCode}, commune codes of the ${file ? int(file.communes) : "?"} communes of ${PROVINCE_SIGN_IN.provinceId} read from the API, address, N_DD, main products, year 2024 with employees and revenue), ${file ? `${(file.bytes / 1e6).toFixed(1)} MB, generated with ExcelJS in ${int(file.generateMs)} ms before the clock starts` : "not generated"}. Timed from the POST \`/api/v1/establishment-imports\` (multipart \`file\`, \`x-requested-with\`, session of ${PROVINCE_SIGN_IN.email}) until \`GET /api/v1/establishment-imports/{jobId}\`, polled every ${JOB_POLL_MS} ms, answers SUCCEEDED; it must report ${int(IMPORT_ROWS)} created and no errors. On PGlite a poll waits behind the import's transaction. The import targets (≤ 30 s, < 500 MB) are set for PostgreSQL only; PGlite's figures are reported without a target.`,
    `Memory during import and export: VmRSS of the server process from /proc/<pid>/status every ${MEMORY_SAMPLE_MS} ms, from just before the request until the end; the peak is reported.`,
    `Export: \`GET /api/v1/establishments/export?provinceId=${SEED.exportProvinceId}\` as ${NATIONAL_SIGN_IN.email}, timed to the last byte of the streamed body; the file is checked in the bench process without a spreadsheet library: "PK" header, zip end-of-directory record, and the \`<row\` elements of xl/worksheets/sheet1.xml (inflated alone) counted: it must hold ${int(SEED.exportProvinceRows)} data rows. The 15 s target is applied to both engines (the issue names no engine).`,
  ];
}
