import { existsSync } from "node:fs";
import { inflateRawSync } from "node:zlib";
import { importColumns } from "@kc/domain";
import pg from "pg";
import { openPglite } from "../src/db/client";
import { load } from "./load";
import type { EngineSetup } from "./measurements";
import { benchTaxCode, SEED, type SeedSummary, type SqlClient, seedRegister } from "./registry-data";
import type { Engine, Row } from "./report";
import { logFileIn, memoryOf, type RunningServer, signIn, sleep, startServer } from "./server-process";

/**
 * The establishments register at national scale (200,000 records): list pages with search and filters, a 50,000-row
 * import and a 50,000-row export, against the real server. The register is written straight into the database
 * while the server is stopped (PGlite allows one process per folder), then the server is started again on it.
 */

export const NATIONAL_SIGN_IN = { email: "trunguong@demo.khuyencong.vn", password: "khuyencong-demo" };
export const PROVINCE_SIGN_IN = {
  email: "dongthap@demo.khuyencong.vn",
  password: "khuyencong-demo",
  provinceId: "P34-82",
  provinceCode: "82",
};
/** Modest concurrency for the list (an office's worth of officers at once), after a warm-up. */
export const LIST_LOAD = { connections: 4, durationSeconds: 10, warmupSeconds: 2 };
export const IMPORT_ROWS = 50_000;
const MEMORY_SAMPLE_MS = 200;
const JOB_POLL_MS = 200;
/** Give up waiting for the import after this long (the run must stay bounded): 4× the target on PostgreSQL. */
const IMPORT_LIMIT_MS: Record<Engine, number> = { PostgreSQL: 120_000, PGlite: 300_000 };

/**
 * Diacritics-free searches, taken in turn: common trades hit thousands of rows nationally (hundreds in one
 * province), rare ones ("kham trai", "duc dong") a few hundred, names and places in between.
 */
export const SEARCHES = [
  "may tre",
  "gom su",
  "nong san",
  "co khi",
  "det may",
  "do go",
  "nuoc mam",
  "banh trang",
  "theu",
  "son mai",
  "kham trai",
  "duc dong",
  "tran van",
  "phu vinh",
  "gach khong nung",
  "xay xat gao",
];

const targets = {
  listP95Ms: { PGlite: 150, PostgreSQL: 50 },
  importMs: { PGlite: null, PostgreSQL: 30_000 },
  importRssMb: { PGlite: null, PostgreSQL: 500 },
  exportMs: { PGlite: 15_000, PostgreSQL: 15_000 },
} satisfies Record<string, Record<Engine, number | null>>;

const int = (value: number) => Math.round(value).toLocaleString("en-US");
const ms1 = (value: number) => `${value.toFixed(1)} ms`;

function atMost(engine: Engine, target: Record<Engine, number | null>, value: number, unit: string) {
  const limit = target[engine];
  return {
    target: limit === null ? "— (none set)" : `≤ ${int(limit)} ${unit}`,
    pass: limit === null ? null : value <= limit,
  };
}

type Sessions = { national: string; province: string };

/** Facts gathered along the way, for the notes of the report. */
export const registryFacts: {
  seeds: Partial<Record<Engine, SeedSummary & { totalMs: number }>>;
  hits: Partial<Record<Engine, Record<string, { national: number; province: number }>>>;
  importFile: { bytes: number; generateMs: number; communes: number } | null;
} = { seeds: {}, hits: {}, importFile: null };

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
    measured: `${int(seeded.totalMs)} ms (rows ${int(seeded.insertMs)} ms, index rebuild ${int(seeded.indexMs)} ms, ${int(seeded.yearRows)} yearly figures ${int(seeded.yearsMs)} ms, VACUUM ANALYZE ${int(seeded.vacuumMs)} ms)`,
    pass: null,
  });

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
    const steps: [string, () => Promise<Row[]>][] = [
      ["list pages", () => measureLists(engine, restarted, sessions)],
      // Export before import: it reads another province, and a stuck import would leave the server unable to answer.
      ["export of 50,000 rows", () => measureExport(engine, restarted, sessions)],
      ["import of 50,000 rows", () => measureImport(engine, restarted, sessions)],
    ];
    for (const [name, step] of steps) {
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
  const log = (line: string) => console.log(line);
  if (setup.engine === "PostgreSQL") {
    const url = setup.env.DATABASE_URL;
    if (!url) throw new Error("no DATABASE_URL for PostgreSQL");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const summary = await seedRegister({ query: (text, params) => client.query(text, params) }, log);
      return { ...summary, totalMs: performance.now() - started };
    } finally {
      await client.end();
    }
  }
  const dataDir = setup.env.KC_DATA_DIR;
  if (!dataDir) throw new Error("no KC_DATA_DIR for PGlite");
  // Same opening as the server (extensions, folder lock): the server must be stopped first.
  const database = await openPglite({ dataDir });
  try {
    const client = (database.db as unknown as { $client: SqlClient }).$client;
    const summary = await seedRegister({ query: (text, params) => client.query(text, params) }, log);
    return { ...summary, totalMs: performance.now() - started };
  } finally {
    await database.close();
  }
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? `${error.message} (${cause.message})` : error.message;
}

async function getJson<T>(baseUrl: string, path: string, cookie: string): Promise<T> {
  const response = await fetch(`${baseUrl}${path}`, {
    headers: { cookie },
    signal: AbortSignal.timeout(60_000),
  });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text) as T;
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
  const provinces = (
    await getJson<{ items: { id: string }[] }>(
      server.baseUrl,
      "/api/v1/admin-units?level=TINH&pageSize=50",
      sessions.national,
    )
  ).items.map((p) => p.id);

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

/** Samples VmRSS every 200 ms until stopped; answers the peak and the first sample. */
function sampleMemory(pid: number) {
  const first = memoryOf(pid).rssMb;
  let peak = first;
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, memoryOf(pid).rssMb);
    } catch {
      // The process is gone; the failure shows elsewhere.
    }
  }, MEMORY_SAMPLE_MS);
  return {
    peek: () => peak,
    stop: () => {
      clearInterval(timer);
      try {
        peak = Math.max(peak, memoryOf(pid).rssMb);
      } catch {
        // As above.
      }
      return { beforeMb: first, peakMb: peak };
    },
  };
}

const importNames = [
  "Cơ sở mây tre đan",
  "Hộ kinh doanh đan lục bình",
  "Cơ sở đan cói",
  "Cơ sở gốm",
  "Cơ sở thêu ren",
  "Hộ kinh doanh đan giỏ nhựa",
];
const importProducts = [
  "Giỏ mây, khay tre, đèn tre",
  "Túi, thảm lục bình xuất khẩu",
  "Chiếu cói, hộp cói",
  "Gốm đỏ, chậu cảnh",
  "Khăn, áo thêu tay",
];
const importOwners = ["Nguyễn Văn", "Trần Thị", "Lê Hữu", "Phạm Minh", "Huỳnh Ngọc", "Võ Thanh"];
const importGivens = ["An", "Bình", "Cường", "Hạnh", "Lan", "Nam", "Phúc", "Tâm", "Yến"];

let importFile: { key: string; bytes: Uint8Array } | null = null;

/** The 50,000-row template file (columns and headers of `importColumns`), built once per commune list. */
async function buildImportFile(communeCodes: string[]): Promise<Uint8Array> {
  const key = communeCodes.join(",");
  if (importFile?.key === key) return importFile.bytes;
  const started = performance.now();
  const { default: Excel } = await import("exceljs");
  const workbook = new Excel.Workbook();
  const sheet = workbook.addWorksheet("Cơ sở CNNT");
  sheet.addRow(importColumns.map((column) => column.headerVi));
  for (let i = 0; i < IMPORT_ROWS; i++) {
    const owner = `${importOwners[i % importOwners.length]} ${importGivens[(i * 7) % importGivens.length]}`;
    const values: Record<string, string | number> = {
      name: `${importNames[i % importNames.length]} ${owner.split(" ").slice(-2).join(" ")} ${i + 1}`,
      legalForm: "HKD",
      subjectClass: "CNNT",
      taxCode: benchTaxCode("87", i),
      ownerName: owner,
      provinceCode: PROVINCE_SIGN_IN.provinceCode,
      communeCode: communeCodes[i % communeCodes.length] as string,
      addressText: `Ấp ${1 + (i % 9)}`,
      industries: "N_DD",
      mainProducts: importProducts[i % importProducts.length] as string,
      year: 2024,
      employees: 3 + (i % 40),
      revenue: (200 + (i % 5_000)) * 1_000_000,
    };
    sheet.addRow(importColumns.map((column) => values[column.key] ?? null));
  }
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  registryFacts.importFile = {
    bytes: bytes.byteLength,
    generateMs: performance.now() - started,
    communes: communeCodes.length,
  };
  importFile = { key, bytes };
  return bytes;
}

type JobView = {
  status: "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
  progress: { done: number; total: number };
  result: { created?: number; updated?: number; errors?: unknown[]; warnings?: unknown[] } | null;
  error: { code: string; detail: string } | null;
};

async function measureImport(engine: Engine, server: RunningServer, sessions: Sessions): Promise<Row[]> {
  const communes = await getJson<{ items: { code: string }[] }>(
    server.baseUrl,
    `/api/v1/admin-units?level=XA&parentId=${PROVINCE_SIGN_IN.provinceId}&pageSize=200`,
    sessions.province,
  );
  if (communes.items.length === 0) throw new Error(`no communes in ${PROVINCE_SIGN_IN.provinceId}`);
  const bytes = await buildImportFile(communes.items.map((c) => c.code));
  const form = new FormData();
  form.append("file", new Blob([bytes]), "bench-50000.xlsx");

  const memory = sampleMemory(server.pid);
  let sampled = { beforeMb: Number.NaN, peakMb: Number.NaN };
  const started = performance.now();
  let job: JobView | null = null;
  let elapsed = 0;
  try {
    const upload = await fetch(`${server.baseUrl}/api/v1/establishments/imports`, {
      method: "POST",
      headers: { cookie: sessions.province, "x-requested-with": "khuyencong" },
      body: form,
      signal: AbortSignal.timeout(120_000),
    });
    const answer = await upload.text();
    if (upload.status !== 202)
      throw new Error(`the upload answered ${upload.status}: ${answer.slice(0, 300)}`);
    const { jobId } = JSON.parse(answer) as { jobId: string };
    const deadline = started + IMPORT_LIMIT_MS[engine];
    let lastPollError = "";
    const path = `/api/v1/establishments/imports/${jobId}`;
    for (;;) {
      // On PGlite a poll waits behind the import's transaction (one connection) and may be dropped by the server
      // after it: any failed poll is retried until the deadline, and only the job's own answer ends the wait.
      const response = await fetch(`${server.baseUrl}${path}`, {
        headers: { cookie: sessions.province },
        signal: AbortSignal.timeout(Math.max(1_000, Math.round(deadline - performance.now()))),
      }).catch((error: unknown) => {
        lastPollError = describeError(error);
        if (!existsSync(`/proc/${server.pid}`))
          throw new Error(`the server exited during the import (${lastPollError})`);
        return null;
      });
      elapsed = performance.now() - started;
      if (response) {
        const text = await response.text();
        if (response.status !== 200)
          throw new Error(`${path} answered ${response.status}: ${text.slice(0, 300)}`);
        job = JSON.parse(text) as JobView;
        if (job.status === "SUCCEEDED" || job.status === "FAILED") break;
      }
      if (performance.now() >= deadline) {
        const last = job
          ? `${job.status}, progress ${int(job.progress.done)}/${int(job.progress.total)} at the last answer`
          : "no answer";
        throw new Error(
          `the import did not finish within ${int(IMPORT_LIMIT_MS[engine] / 1000)} s (${last}${response ? "" : `; the last poll failed: ${lastPollError}`}); peak VmRSS so far ${int(memory.peek())} MB`,
        );
      }
      await sleep(JOB_POLL_MS);
    }
  } finally {
    sampled = memory.stop();
  }
  const { beforeMb, peakMb } = sampled;
  if (job.status !== "SUCCEEDED") {
    throw new Error(
      `the import job FAILED: ${JSON.stringify(job.error)} ${JSON.stringify(job.result).slice(0, 300)}`,
    );
  }
  const created = job.result?.created ?? 0;
  const errors = job.result?.errors?.length ?? 0;
  const warnings = job.result?.warnings?.length ?? 0;
  const complete = created === IMPORT_ROWS && errors === 0;
  const detail = `${int(created)} created, ${int(errors)} errors, ${int(warnings)} warnings`;
  const time = atMost(engine, targets.importMs, elapsed, "ms");
  const rss = atMost(engine, targets.importRssMb, peakMb, "MB");
  return [
    {
      engine,
      metric: `Import of a ${int(IMPORT_ROWS)}-row .xlsx as ${PROVINCE_SIGN_IN.email}: upload to SUCCEEDED`,
      target: time.target,
      measured: `${int(elapsed)} ms (${detail})`,
      pass: complete ? time.pass : false,
    },
    {
      engine,
      metric: `Import of ${int(IMPORT_ROWS)} rows: server memory, peak of VmRSS sampled every ${MEMORY_SAMPLE_MS} ms${engine === "PGlite" ? " (server + embedded database)" : ""}`,
      target: rss.target,
      measured: `${int(peakMb)} MB (${int(beforeMb)} MB before the upload)`,
      pass: complete ? rss.pass : false,
    },
  ];
}

async function measureExport(engine: Engine, server: RunningServer, sessions: Sessions): Promise<Row[]> {
  const path = `/api/v1/establishments/export?provinceId=${SEED.exportProvinceId}`;
  const memory = sampleMemory(server.pid);
  let sampled = { beforeMb: Number.NaN, peakMb: Number.NaN };
  const started = performance.now();
  let firstByteMs = Number.NaN;
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    const response = await fetch(`${server.baseUrl}${path}`, {
      headers: { cookie: sessions.national },
      signal: AbortSignal.timeout(5 * 60_000),
    });
    if (response.status !== 200 || !response.body) {
      throw new Error(`${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    }
    for await (const chunk of response.body) {
      if (Number.isNaN(firstByteMs)) firstByteMs = performance.now() - started;
      chunks.push(chunk);
      size += chunk.byteLength;
    }
  } finally {
    sampled = memory.stop();
  }
  const { beforeMb, peakMb } = sampled;
  const elapsed = performance.now() - started;
  const rowsInFile = xlsxDataRows(Buffer.concat(chunks));
  const complete = rowsInFile === SEED.exportProvinceRows;
  const time = atMost(engine, targets.exportMs, elapsed, "ms");
  return [
    {
      engine,
      metric: `Export of ${SEED.exportProvinceId} (${int(SEED.exportProvinceRows)} rows) as .xlsx, national officer: time to the last byte`,
      target: time.target,
      measured: `${int(elapsed)} ms (first byte ${int(firstByteMs)} ms; ${(size / 1e6).toFixed(1)} MB, valid zip, ${int(rowsInFile)} data rows)`,
      pass: complete ? time.pass : false,
    },
    {
      engine,
      metric: "Export: server memory, peak of VmRSS sampled every 200 ms",
      target: "—",
      measured: `${int(peakMb)} MB (${int(beforeMb)} MB before the request)`,
      pass: null,
    },
  ];
}

/**
 * Checks the bytes are an .xlsx (a zip starting with "PK", with its end-of-directory record) and counts the data
 * rows of its first worksheet, by inflating that one entry: no spreadsheet library, no 50,000 rows of objects.
 */
export function xlsxDataRows(file: Buffer): number {
  if (file.length < 22 || file[0] !== 0x50 || file[1] !== 0x4b) throw new Error("the export is not a zip");
  let end = -1;
  for (let at = file.length - 22; at >= Math.max(0, file.length - 65_557); at--) {
    if (file.readUInt32LE(at) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Error("the export has no zip end-of-directory record (truncated?)");
  const entries = file.readUInt16LE(end + 10);
  let at = file.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (file.readUInt32LE(at) !== 0x02014b50) throw new Error("bad zip central directory");
    const method = file.readUInt16LE(at + 10);
    const compressedSize = file.readUInt32LE(at + 20);
    const nameLength = file.readUInt16LE(at + 28);
    const extraLength = file.readUInt16LE(at + 30);
    const commentLength = file.readUInt16LE(at + 32);
    const localOffset = file.readUInt32LE(at + 42);
    const name = file.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (name !== "xl/worksheets/sheet1.xml") continue;
    const dataStart =
      localOffset + 30 + file.readUInt16LE(localOffset + 26) + file.readUInt16LE(localOffset + 28);
    const data = file.subarray(dataStart, dataStart + compressedSize);
    const xml = (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    let rows = 0;
    for (let found = xml.indexOf("<row "); found >= 0; found = xml.indexOf("<row ", found + 5)) rows++;
    return rows - 1;
  }
  throw new Error("the export has no xl/worksheets/sheet1.xml");
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
    'Seeded rows are like the server\'s own: NFC names from word lists ("Cơ sở mây tre đan", "Hợp tác xã gốm", "Hộ kinh doanh chế biến nông sản", "Cơ khí" … + a person\'s or a place\'s name), search_text folded as the server does (name, tax code, owner, products, address, commune, province), sort_key from `vietnameseSortKey`, ≈57 % HKD, unique valid tax codes on ≈70 %, 3 % archived outside the exported province, and eligibility documents copied from demo records (≈1.8 kB of JSON each, ≈1.1 kB stored), so rows have their real width; the exported province also gets yearly figures (2024 for every establishment, 2023 for about half). Loaded with one `INSERT … SELECT FROM unnest(…)` per 10,000 rows, the secondary indexes dropped before and rebuilt from their catalogue definitions after, then `VACUUM (ANALYZE)` (PGlite has no autovacuum; on PostgreSQL it stands for the autovacuum that follows a bulk load).',
    `Seeding took ${seeded("PostgreSQL")}, ${seeded("PGlite")} (bench set-up, reported for the run-time budget only). The throw-away PostgreSQL cluster keeps the default shared_buffers (128 MB), smaller than the table, so pages come from the OS cache.`,
    `List: \`GET /api/v1/establishments?…&page=1&pageSize=50\` (sort by name, the default), autocannon ${LIST_LOAD.connections} connections for ${LIST_LOAD.durationSeconds} s after ${LIST_LOAD.warmupSeconds} s of warm-up; each request takes the next query of a list (setupRequest), since the server does not cache establishment lists. The search queries are ${SEARCHES.map((q) => `"${q}"`).join(", ")}. The p95/p50/p99 are exact percentiles of the 2xx latencies of the measured run, as seen by the client on the same machine. Sessions: ${NATIONAL_SIGN_IN.email} (national) and ${PROVINCE_SIGN_IN.email} (province ${PROVINCE_SIGN_IN.provinceId}).`,
    `Rows found with legalForm=HKD (national / ${PROVINCE_SIGN_IN.provinceId}), PostgreSQL: ${hitSummary("PostgreSQL")}. PGlite: ${hitSummary("PGlite")}.`,
    `Import: one .xlsx of ${int(IMPORT_ROWS)} rows in the template's columns (headers of \`importColumns\`; name, HKD, CNNT, a unique valid 10-digit tax code, owner, province code ${PROVINCE_SIGN_IN.provinceCode}, commune codes of the ${file ? int(file.communes) : "?"} communes of ${PROVINCE_SIGN_IN.provinceId} read from the API, address, N_DD, main products, year 2024 with employees and revenue), ${file ? `${(file.bytes / 1e6).toFixed(1)} MB, generated with ExcelJS in ${int(file.generateMs)} ms before the clock starts` : "not generated"}. Timed from the POST \`/api/v1/establishments/imports\` (multipart \`file\`, \`x-requested-with\`, session of ${PROVINCE_SIGN_IN.email}) until \`GET /api/v1/establishments/imports/{jobId}\`, polled every ${JOB_POLL_MS} ms, answers SUCCEEDED; it must report ${int(IMPORT_ROWS)} created and no errors. On PGlite a poll waits behind the import's transaction. The import targets (≤ 30 s, < 500 MB) are set for PostgreSQL only; PGlite's figures are reported without a target.`,
    `Memory during import and export: VmRSS of the server process from /proc/<pid>/status every ${MEMORY_SAMPLE_MS} ms, from just before the request until the end; the peak is reported.`,
    `Export: \`GET /api/v1/establishments/export?provinceId=${SEED.exportProvinceId}\` as ${NATIONAL_SIGN_IN.email}, timed to the last byte of the streamed body; the file is checked in the bench process without a spreadsheet library: "PK" header, zip end-of-directory record, and the \`<row\` elements of xl/worksheets/sheet1.xml (inflated alone) counted: it must hold ${int(SEED.exportProvinceRows)} data rows. The 15 s target is applied to both engines (the issue names no engine).`,
  ];
}
