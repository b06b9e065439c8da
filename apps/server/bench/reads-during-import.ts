import pg from "pg";
import { percentile } from "./load";
import type { EngineSetup } from "./measurements";
import { CATALOGUE_PATH } from "./measurements";
import { IMPORT_ROWS, int, NATIONAL_SIGN_IN, PROVINCE_SIGN_IN } from "./registry-common";
import { buildImportFile } from "./registry-files";
import type { Row } from "./report";
import { logFileIn, type RunningServer, signIn, sleep, startServer } from "./server-process";

/**
 * Issue 18, item 2: the p99 of signed-in reads on a process while a 50,000-row establishment import runs on it,
 * with the uploaded workbook read on the main thread (KC_OFFICE_WORKERS=0, how every import ran before) and in an
 * office worker thread (the default). Each mode gets a server of its own on a fresh database of the same cluster,
 * so both import the same file into the same demo data.
 *
 * PostgreSQL only: on the embedded engine the import's transaction holds the one connection, so a read that needs
 * the database waits for the import whatever thread reads the file (decision 0015); the thread only shows where
 * reads do not queue behind the database.
 */

const MODES = [
  { name: "main thread (KC_OFFICE_WORKERS=0, before)", env: { KC_OFFICE_WORKERS: "0" } },
  { name: "office worker (default, after)", env: {} },
] as const;

/** Two readers per path, each asking again 20 ms after its answer: a steady trickle of officers' reads. */
const READERS_PER_PATH = 2;
const READER_PAUSE_MS = 20;
const IDLE_WINDOW_MS = 10_000;
const JOB_POLL_MS = 100;
const IMPORT_LIMIT_MS = 300_000;
const LIST_PATH = "/api/v1/establishments?pageSize=20";

type Sample = { at: number; ms: number; ok: boolean };

/** Readers asking `paths` in a loop until stopped; every answer's latency with its start time. */
function readContinuously(baseUrl: string, cookie: string, paths: string[]) {
  let stopped = false;
  const samples: Sample[] = [];
  const loops = paths.flatMap((path) =>
    Array.from({ length: READERS_PER_PATH }, async () => {
      while (!stopped) {
        const at = performance.now();
        let ok = false;
        try {
          const response = await fetch(`${baseUrl}${path}`, {
            headers: { cookie },
            signal: AbortSignal.timeout(60_000),
          });
          await response.arrayBuffer();
          ok = response.status === 200;
        } catch {
          ok = false;
        }
        samples.push({ at, ms: performance.now() - at, ok });
        await sleep(READER_PAUSE_MS);
      }
    }),
  );
  return {
    stop: async () => {
      stopped = true;
      await Promise.all(loops);
      return samples;
    },
  };
}

function describeWindow(samples: Sample[], from: number, to: number): string {
  const inside = samples.filter((s) => s.at >= from && s.at < to);
  const sorted = inside.map((s) => s.ms).sort((a, b) => a - b);
  const failed = inside.filter((s) => !s.ok).length;
  if (sorted.length === 0) return "no reads";
  return `p99 ${int(percentile(sorted, 0.99))} ms (p50 ${int(percentile(sorted, 0.5))} ms, max ${int(sorted[sorted.length - 1] ?? 0)} ms; ${int(sorted.length)} reads${failed ? `, ${failed} not 200` : ""})`;
}

async function freshDatabase(clusterUrl: string, name: string): Promise<string> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${name}`);
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function measureMode(server: RunningServer, mode: (typeof MODES)[number]): Promise<Row[]> {
  const national = await signIn(server.baseUrl, NATIONAL_SIGN_IN.email, NATIONAL_SIGN_IN.password);
  const province = await signIn(server.baseUrl, PROVINCE_SIGN_IN.email, PROVINCE_SIGN_IN.password);
  const communes = (await (
    await fetch(
      `${server.baseUrl}/api/v1/admin-units?level=XA&parentId=${PROVINCE_SIGN_IN.provinceId}&pageSize=200`,
      { headers: { cookie: province } },
    )
  ).json()) as { items: { code: string }[] };
  const bytes = await buildImportFile(communes.items.map((c) => c.code));

  const readers = readContinuously(server.baseUrl, national, [CATALOGUE_PATH, LIST_PATH]);
  const idleFrom = performance.now();
  await sleep(IDLE_WINDOW_MS);
  const uploadAt = performance.now();
  let parsedAt = Number.NaN;
  let finishedAt = Number.NaN;
  let outcome = "";
  let samples: Sample[] = [];
  try {
    const form = new FormData();
    form.append("file", new Blob([bytes]), "bench-50000.xlsx");
    const upload = await fetch(`${server.baseUrl}/api/v1/establishment-imports`, {
      method: "POST",
      headers: { cookie: province, "x-requested-with": "khuyencong" },
      body: form,
    });
    const answer = await upload.text();
    if (upload.status !== 202)
      throw new Error(`the upload answered ${upload.status}: ${answer.slice(0, 300)}`);
    const { jobId } = JSON.parse(answer) as { jobId: string };
    for (;;) {
      if (performance.now() - uploadAt > IMPORT_LIMIT_MS)
        throw new Error("the import did not finish in 5 minutes");
      // A poll may be dropped on a loaded machine (a reset keep-alive connection): ask again, the job's own
      // answer alone ends the wait.
      const job = await fetch(`${server.baseUrl}/api/v1/establishment-imports/${jobId}`, {
        headers: { cookie: province },
      })
        .then(
          (response) =>
            response.json() as Promise<{
              status: string;
              progress: { total: number };
              result: { created?: number } | null;
              error: unknown;
            }>,
        )
        .catch(() => null);
      if (!job) {
        await sleep(JOB_POLL_MS);
        continue;
      }
      // The total is reported right after the workbook has been read: the end of the parsing phase.
      if (Number.isNaN(parsedAt) && (job.progress.total > 0 || job.status !== "RUNNING"))
        parsedAt = performance.now();
      if (job.status === "SUCCEEDED" || job.status === "FAILED") {
        finishedAt = performance.now();
        outcome =
          job.status === "SUCCEEDED"
            ? `${int(job.result?.created ?? 0)} created`
            : `FAILED ${JSON.stringify(job.error)}`;
        break;
      }
      await sleep(JOB_POLL_MS);
    }
  } finally {
    samples = await readers.stop();
  }
  const engine = "PostgreSQL" as const;
  const paths = `GET ${CATALOGUE_PATH} and GET ${LIST_PATH}, national officer, ${READERS_PER_PATH} readers each`;
  return [
    {
      engine,
      metric: `Signed-in reads with no import (${paths}), ${mode.name}`,
      target: "—",
      measured: describeWindow(samples, idleFrom, uploadAt),
      pass: null,
    },
    {
      engine,
      metric: `Signed-in reads while the ${int(IMPORT_ROWS)}-row .xlsx is uploaded and read (upload to the job's row count, ${int(parsedAt - uploadAt)} ms), ${mode.name}`,
      target: "—",
      measured: describeWindow(samples, uploadAt, parsedAt),
      pass: null,
    },
    {
      engine,
      metric: `Signed-in reads during the whole ${int(IMPORT_ROWS)}-row import (upload to SUCCEEDED, ${int(finishedAt - uploadAt)} ms: ${outcome}), ${mode.name}`,
      target: "—",
      measured: describeWindow(samples, uploadAt, finishedAt),
      pass: null,
    },
  ];
}

/** Both modes, one server each on its own fresh database of the cluster `setup.env.DATABASE_URL` points at. */
export async function measureReadsDuringImport(setup: EngineSetup): Promise<Row[]> {
  const clusterUrl = setup.env.DATABASE_URL;
  if (!clusterUrl) throw new Error("reads during an import are measured on PostgreSQL only");
  const rows: Row[] = [];
  for (const [index, mode] of MODES.entries()) {
    const databaseUrl = await freshDatabase(clusterUrl, `kc_reads_during_import_${index}`);
    const server = await startServer({
      env: { ...setup.env, DATABASE_URL: databaseUrl, ...mode.env },
      logFile: logFileIn(setup.workDir, `reads-during-import-${index}`),
      readyTimeoutMs: 300_000,
      logLevel: setup.logLevel,
    });
    try {
      rows.push(...(await measureMode(server, mode)));
    } finally {
      await server.stop();
    }
  }
  return rows;
}

export const readsDuringImportNote =
  "Reads during a 50,000-row import (issue 18): for each mode a server of its own on a fresh database of the cluster (demo data), the register's 50,000-row template file; four readers (two on the cached catalogue list, two on the establishments list, national officer) each ask again 20 ms after every answer, for 10 s before the upload and until the job has SUCCEEDED; p99 by nearest rank over the reads that started in each window. The reading phase ends at the first poll (every 100 ms) that shows the job's row count. Run alone with `npm run build && node --import tsx apps/server/bench/reads-during-import-only.ts`.";
