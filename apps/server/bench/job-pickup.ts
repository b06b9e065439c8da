import { inArray } from "drizzle-orm";
import pg from "pg";
import pino from "pino";
import { openPostgres } from "../src/db/client";
import { job } from "../src/db/schema/index";
import { createJobQueue } from "../src/platform/jobs/job-queue";
import { insertJob } from "../src/platform/jobs/job-store";
import { defaultJobQueueSettings } from "../src/platform/jobs/job-types";
import { percentile } from "./load";
import { ms1 } from "./registry-common";
import type { Row } from "./report";

/**
 * Job pick-up latency on PostgreSQL (decision 0020): from the job row's insert to its claim, both stamped by the
 * database's clock. Two ways a job reaches a process: enqueued by a process that is itself free (it takes the job
 * at once), and enqueued by a process that is busy, so an idle one finds it at its next poll (KC_JOB_POLL_MS,
 * default 500 ms) — the case that decides the target. A queue of the benchmark's own runs over a database of its
 * own in the cluster, with a handler that does nothing, so the figure is the queue's and not an import's.
 */
const JOBS = 60;
const PICKUP_P95_TARGET_MS = 1_000;

export async function measureJobPickup(clusterUrl: string): Promise<Row[]> {
  const adminUrl = new URL(clusterUrl);
  const name = "kc_bench_jobs";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(clusterUrl);
  url.pathname = `/${name}`;
  const database = openPostgres(url.toString(), { max: 4 });
  try {
    await database.migrate();
    const queue = createJobQueue({
      db: database.db,
      dbKind: "postgres",
      logger: pino({ level: "silent" }),
      handlers: { BENCH_NOOP: { run: async () => null } },
      settings: defaultJobQueueSettings,
    });
    queue.start();
    const enqueue = (fromBusyProcess: boolean) => {
      const input = { kind: "BENCH_NOOP", params: {}, payload: {}, createdBy: "bench", provinceId: null };
      // A busy process's enqueue is the bare insert: nothing here is told of it until the next poll.
      return fromBusyProcess
        ? insertJob(database.db, input, defaultJobQueueSettings.maxAttempts)
        : queue.enqueue(input);
    };
    const rows: Row[] = [];
    for (const fromBusyProcess of [false, true]) {
      const ids: string[] = [];
      for (let i = 0; i < JOBS; i++) {
        ids.push(await enqueue(fromBusyProcess));
        // Spread over the poll period, so the figure is not that of one phase of the timer.
        await new Promise((r) => setTimeout(r, 97 + ((i * 37) % 150)));
      }
      const waits = await waitsOf(database.db, ids);
      const p95 = percentile(waits, 0.95);
      rows.push({
        engine: "PostgreSQL",
        metric: fromBusyProcess
          ? `Job pick-up, enqueued by a busy process and found by an idle one's poll (every ${defaultJobQueueSettings.pollMs} ms), ${JOBS} jobs: p95`
          : `Job pick-up, enqueued by a free process (taken at once), ${JOBS} jobs: p95`,
        target: `≤ ${ms1(PICKUP_P95_TARGET_MS)}`,
        measured: `${ms1(p95)} (p50 ${ms1(percentile(waits, 0.5))}, max ${ms1(waits.at(-1) ?? 0)})`,
        pass: p95 <= PICKUP_P95_TARGET_MS,
      });
    }
    await queue.stop();
    return rows;
  } finally {
    await database.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** Waits until every job has been taken, and answers the sorted delays from insert to claim in ms. */
async function waitsOf(db: ReturnType<typeof openPostgres>["db"], ids: string[]): Promise<number[]> {
  for (let i = 0; i < 600; i++) {
    const rows = await db
      .select({ created: job.createdAt, started: job.startedAt })
      .from(job)
      .where(inArray(job.id, ids));
    const started = rows.filter((r) => r.started !== null);
    if (started.length === ids.length)
      return started.map((r) => (r.started?.getTime() ?? 0) - r.created.getTime()).sort((a, b) => a - b);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the queue did not take every job within a minute");
}
