import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { findPgBinDir, type PgCluster, startPgCluster } from "../test/pg-cluster";
import { dashboardNotes } from "./dashboard";
import { measureJobPickup } from "./job-pickup";
import {
  benchContext,
  CATALOGUE_CONNECTIONS,
  CATALOGUE_PATH,
  DEMO_SIGN_IN,
  type EngineSetup,
  LOAD,
  measurements,
  measureStartup,
} from "./measurements";
import { measureMultiProcess, multiProcessNote } from "./multi-process";
import { onlySteps } from "./only";
import { projectNotes } from "./projects";
import { measureReadsDuringImport, readsDuringImportNote } from "./reads-during-import";
import { benchRegistry, registryNotes } from "./registry";
import { describeMachine, type Engine, mergeReport, printRows, type Row, writeReport } from "./report";
import { selectionNotes } from "./selection";
import { liveServers, repoRoot, serveArguments } from "./server-process";
import { tradeNotes } from "./trade-promotion";

/**
 * `npm run bench`: start-up time, throughput and memory of the real server on PGlite and on PostgreSQL, printed
 * and written to docs/benchmarks.md. Every server and cluster started here is stopped, also on failure or Ctrl-C.
 * Exits 1 only when something could not be measured; a missed target is a reported figure, not an error.
 */

/** The whole run is bounded: a hung server or cluster must not keep the machine busy (the trade-promotion and
 * selection seeds added several minutes per engine, so 25 minutes no longer held a run). */
const RUN_LIMIT_MS = 60 * 60_000;
/** Info, as in production: each API request writes its log line (to a file here). */
const SERVER_LOG_LEVEL = "info";

/**
 * The public routes' limit is per client address and every bench request comes from 127.0.0.1, so it is raised:
 * the verification throughput is that of the server, as a CDN in front would spread the clients.
 */
const BENCH_ENV = { KC_PUBLIC_RATE_LIMIT: "10000000" };

const machine = describeMachine();
const loadBefore = loadavg();
const rows: Row[] = [];
let problems = 0;
const workRoot = mkdtempSync(join(tmpdir(), "kc-bench-"));
let cluster: PgCluster | null = null;
let pgVersion = "not found";

function errorRow(engine: Engine, metric: string, error: unknown): Row {
  problems++;
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n[${engine}] ${metric} failed:\n${message}\n`);
  const firstLine = (message.split("\n")[0] ?? "").replaceAll("|", "\\|");
  return { engine, metric, target: "—", measured: `not measured: ${firstLine}`, pass: false };
}

/**
 * Start-up figures, then every measurement against the server left running. A failing step becomes a row
 * ("not measured") and the others still run.
 */
async function benchEngine(setup: EngineSetup) {
  console.log(`\n== ${setup.engine} ==`);
  let startup: Awaited<ReturnType<typeof measureStartup>>;
  try {
    startup = await measureStartup(setup);
  } catch (error) {
    rows.push(errorRow(setup.engine, "Server start", error));
    return;
  }
  rows.push(...startup.rows);
  printRows(startup.rows);
  const context = benchContext(setup.engine, startup.server);
  try {
    for (const measurement of onlySteps ? [] : measurements) {
      console.log(`[${setup.engine}] ${measurement.name}…`);
      try {
        const measured = await measurement.run(context);
        rows.push(...measured);
        printRows(measured);
      } catch (error) {
        rows.push(errorRow(setup.engine, measurement.name, error));
      }
    }
    if (setup.engine === "PostgreSQL" && !onlySteps) {
      // Its own two servers on fresh databases of the cluster, before the register grows this one.
      console.log(`[${setup.engine}] Reads during a 50,000-row import, parsing on and off the main thread…`);
      try {
        const measured = await measureReadsDuringImport(setup);
        rows.push(...measured);
        printRows(measured);
      } catch (error) {
        rows.push(errorRow(setup.engine, "Reads during a 50,000-row import", error));
      }
    }
    // Last, as it grows the database to national scale: stops this server, seeds, starts its own.
    try {
      const registry = await benchRegistry(setup, startup.server);
      problems += registry.unmeasured;
      rows.push(...registry.rows);
      printRows(registry.rows);
    } catch (error) {
      rows.push(errorRow(setup.engine, "Establishments register (200,000 records)", error));
    }
  } finally {
    await startup.server.stop();
  }
}

async function cleanUp() {
  await Promise.all([...liveServers].map((server) => server.stop()));
  try {
    cluster?.stop();
  } catch (error) {
    console.error(`Could not stop the PostgreSQL cluster: ${(error as Error).message}`);
  }
  cluster = null;
  rmSync(workRoot, { recursive: true, force: true });
}

function formatLoad(load: number[]): string {
  return load.map((value) => value.toFixed(2)).join(" / ");
}

let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\n${signal}: stopping servers and cluster…`);
    void cleanUp().finally(() => process.exit(130));
  });
}
setTimeout(() => {
  console.error(`\nThe benchmark run exceeded ${RUN_LIMIT_MS / 60_000} minutes; stopping.`);
  void cleanUp().finally(() => process.exit(1));
}, RUN_LIMIT_MS).unref();

if ((loadBefore[0] ?? 0) > 0.5) {
  console.warn(
    `Load average is ${formatLoad(loadBefore)}: other work on this machine will lower the figures.`,
  );
}

try {
  const pgliteDir = join(workRoot, "pglite");
  mkdirSync(pgliteDir);
  await benchEngine({
    engine: "PGlite",
    env: { KC_DATA_DIR: pgliteDir, ...BENCH_ENV },
    workDir: workRoot,
    logLevel: SERVER_LOG_LEVEL,
  });

  const binDir = findPgBinDir();
  if (!binDir) {
    rows.push(
      errorRow(
        "PostgreSQL",
        "Server start",
        new Error("PostgreSQL server binaries not found; install them with: apt-get install -y postgresql"),
      ),
    );
  } else {
    pgVersion = execFileSync(join(binDir, "postgres"), ["--version"], { encoding: "utf8" }).trim();
    cluster = await startPgCluster(binDir);
    // KC_DATA_DIR only holds the development auth secret here; the data is in the cluster.
    const secretDir = join(workRoot, "postgres-secret");
    mkdirSync(secretDir);
    await benchEngine({
      engine: "PostgreSQL",
      env: { DATABASE_URL: cluster.url, KC_DEMO: "1", KC_DATA_DIR: secretDir, ...BENCH_ENV },
      workDir: workRoot,
      logLevel: SERVER_LOG_LEVEL,
    });
    if (!onlySteps) {
      try {
        const pickup = await measureJobPickup(cluster.url);
        rows.push(...pickup);
        printRows(pickup);
      } catch (error) {
        rows.push(errorRow("PostgreSQL", "Job pick-up latency", error));
      }
      try {
        const multi = await measureMultiProcess({
          clusterUrl: cluster.url,
          workDir: workRoot,
          logLevel: SERVER_LOG_LEVEL,
        });
        rows.push(...multi);
        printRows(multi);
      } catch (error) {
        rows.push(errorRow("PostgreSQL", "Several processes behind a proxy", error));
      }
    }
  }
} catch (error) {
  rows.push(errorRow("PostgreSQL", "Cluster start", error));
} finally {
  await cleanUp();
}

const notes = [
  `Server: \`node ${serveArguments().join(" ")}\` (\`npm run serve\`, what \`npm start\` runs after building) as a child process, NODE_ENV=development (demo accounts), LOG_LEVEL=${SERVER_LOG_LEVEL} with its output to a file, listening on 127.0.0.1.`,
  "Start to ready: milliseconds from spawn until `GET /readyz` answers 200, polled every 20 ms. The first start runs on an empty folder/database (migrations, reference data, demo accounts); the restarts reuse what it left. Each server is stopped with SIGTERM before the next starts.",
  `Load: autocannon ${LOAD.connections} connections (${CATALOGUE_CONNECTIONS} for the signed-in list, so its p99 measures the server rather than queueing) for ${LOAD.durationSeconds} s after a ${LOAD.warmupSeconds} s warm-up, run in the benchmark process on the same machine, so client and server share the cores. req/s is the mean of the per-second samples.`,
  `Catalogue: \`GET ${CATALOGUE_PATH}\` with the session cookie of ${DEMO_SIGN_IN.email}, signed in once per server (sign-in is rate limited per address).`,
  "Caches on, as deployed: the session is resolved from the 5-second session cache and the list from the reference cache (apps/server/src/platform/cache.ts), so the figure is the cost of the HTTP stack, authorization and serialisation; an uncached request adds two session queries and the list's five queries (≈5–15 ms on PGlite).",
  "Memory: VmRSS from /proc/<pid>/status of the server process, after 3 s idle (peak = VmHWM). On PGlite the embedded database runs inside that process; on PostgreSQL the cluster's own processes are not counted.",
  `PostgreSQL: ${pgVersion}, a throw-away cluster on a free loopback port (apps/server/test/pg-cluster.ts: fsync=off, synchronous_commit=off), server pool of 10 connections.`,
  "Data: the rows above the establishments-register rows run on migrations, reference data and demo data only (demo accounts, 240 demo establishments).",
  ...registryNotes(),
  ...projectNotes(),
  ...dashboardNotes(),
  ...tradeNotes(),
  ...selectionNotes(),
  "Job pick-up: from the insert of a job row to its claim by a process (both stamped by PostgreSQL's clock), on a database of the run's own with a job that does nothing (apps/server/bench/job-pickup.ts). A process that enqueues while free takes the job at once; one that is busy leaves it to the next poll of an idle process, so that figure is bounded by KC_JOB_POLL_MS (decision 0020).",
  readsDuringImportNote,
  multiProcessNote,
  `Machine load average (1/5/15 min) before the run: ${formatLoad(loadBefore)}; after: ${formatLoad(loadavg())}. Anything else running on the machine shares its ${machine.cores} cores and lowers the figures.`,
];

console.log("\n== Results ==");
printRows(rows);
const reportPath = join(repoRoot, "docs", "benchmarks.md");
if (onlySteps) {
  // The start-up of a partial run only serves its steps: its figures would replace the whole run's.
  const measured = rows.filter(
    (row) => !row.metric.startsWith("First start") && !row.metric.startsWith("Start to ready, existing"),
  );
  mergeReport(
    reportPath,
    machine,
    measured,
    `A partial run (\`npm run bench -- --only=${onlySteps.join(",")}\`) on ${machine.date} replaced the rows of its date; machine load average before it: ${formatLoad(loadBefore)}; after: ${formatLoad(loadavg())}.`,
  );
} else {
  writeReport(reportPath, machine, rows, notes);
}
console.log(`Written to ${reportPath}`);
if (problems > 0) console.error(`${problems} figure(s) could not be measured.`);
process.exit(problems > 0 ? 1 : 0);
