import { eq, sql } from "drizzle-orm";
import pino from "pino";
import { afterEach, describe, expect, it } from "vitest";
import type { Database } from "../src/db/client";
import { job, jobFile } from "../src/db/schema/index";
import { AppError } from "../src/platform/errors";
import { createJobQueue } from "../src/platform/jobs/job-queue";
import { claimJob, reclaimDeadJobs } from "../src/platform/jobs/job-store";
import {
  defaultJobQueueSettings,
  type JobHandlers,
  type JobQueue,
  type JobQueueSettings,
  type JobView,
} from "../src/platform/jobs/job-types";
import { engines, openTestDatabase } from "./support";

const logger = pino({ level: "silent" });
const USER = "user-of-the-queue-test";

/** The queue of one process over `database`; the test closes what it opened. */
function queueOver(database: Database, handlers: JobHandlers, settings: Partial<JobQueueSettings> = {}) {
  const queue = createJobQueue({
    db: database.db,
    dbKind: database.kind,
    logger,
    handlers,
    settings: { ...defaultJobQueueSettings, pollMs: 50, retryDelayMs: 50, ...settings },
  });
  opened.push(queue);
  queue.start();
  return queue;
}

const opened: JobQueue[] = [];
const databases: Database[] = [];
afterEach(async () => {
  for (const queue of opened.splice(0)) await queue.stop();
  for (const database of databases.splice(0)) await database.close();
});

async function open(engine: (typeof engines)[number]) {
  const database = await openTestDatabase(engine);
  databases.push(database);
  return database;
}

/** Polls the job until it has ended (at most a minute: only a hang fails here, never a slow machine). */
async function ended(queue: JobQueue, id: string): Promise<JobView> {
  for (let i = 0; i < 3000; i++) {
    const view = await queue.get(id, USER);
    if (view && (view.status === "SUCCEEDED" || view.status === "FAILED")) return view;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`job ${id} did not end`);
}

const enqueue = (queue: JobQueue, kind: string, extra: { dedupeKey?: string; file?: Uint8Array } = {}) =>
  queue.enqueue({ kind, params: {}, payload: {}, createdBy: USER, provinceId: null, ...extra });

describe.each(engines)("the job queue on %s", (engine) => {
  it("runs a job enqueued twice for the same file once, and deletes its file when it ends", async () => {
    const database = await open(engine);
    let runs = 0;
    const queue = queueOver(database, {
      COUNT: {
        run: async (running) => {
          runs++;
          return { bytes: running.file?.length };
        },
      },
    });
    const file = new TextEncoder().encode("mã số thuế,tên\n");
    const [first, second] = await Promise.all([
      enqueue(queue, "COUNT", { dedupeKey: "same-file", file }),
      enqueue(queue, "COUNT", { dedupeKey: "same-file", file }),
    ]);
    expect(second).toBe(first);
    const view = await ended(queue, first);
    expect(view).toMatchObject({ status: "SUCCEEDED", result: { bytes: file.length } });
    expect(runs).toBe(1);
    expect(await database.db.select().from(jobFile)).toEqual([]);
  });

  it("fails a poison job after its attempts with a clear reason, and the queue goes on", async () => {
    const database = await open(engine);
    let poisonRuns = 0;
    const queue = queueOver(
      database,
      {
        POISON: {
          run: async () => {
            poisonRuns++;
            throw new RangeError("the parser fell over");
          },
        },
        FINE: { run: async () => "ok" },
      },
      { maxAttempts: 2 },
    );
    const poison = await enqueue(queue, "POISON");
    const fine = await enqueue(queue, "FINE");
    expect(await ended(queue, fine)).toMatchObject({ status: "SUCCEEDED", result: "ok" });
    const failed = await ended(queue, poison);
    expect(failed.status).toBe("FAILED");
    expect(failed.error?.code).toBe("JOB_FAILED");
    expect(failed.error?.detail).toContain("sau 2 lần thử");
    expect(poisonRuns).toBe(2);
  });

  it("does not retry a job that answered with a refusal of its own", async () => {
    const database = await open(engine);
    let runs = 0;
    const queue = queueOver(database, {
      REFUSED: {
        run: async () => {
          runs++;
          throw new AppError("IMPORT_ALREADY_DONE", { detail: "Tệp này đã được nhập" });
        },
      },
    });
    const view = await ended(queue, await enqueue(queue, "REFUSED"));
    expect(view.error).toEqual({ code: "IMPORT_ALREADY_DONE", detail: "Tệp này đã được nhập" });
    expect(runs).toBe(1);
  });

  it("fails a job of a kind this process does not know, once, and deletes its file", async () => {
    const database = await open(engine);
    const queue = queueOver(database, {});
    const view = await ended(
      queue,
      await enqueue(queue, "FROM_A_NEWER_VERSION", { file: new Uint8Array([1]) }),
    );
    expect(view.status).toBe("FAILED");
    expect(view.error?.detail).toContain("FROM_A_NEWER_VERSION");
    expect(await database.db.select().from(jobFile)).toEqual([]);
  });
});

describe("jobs of a dead process on PostgreSQL", () => {
  it("are taken over once the heartbeat expires, or failed JOB_INTERRUPTED when their attempts are spent", async () => {
    const database = await open("postgres");
    // A process enqueued two jobs, took them and died (no heartbeat ever again); one had spent its attempts.
    const enqueuer = createJobQueue({
      db: database.db,
      dbKind: "postgres",
      logger,
      handlers: {},
      settings: { ...defaultJobQueueSettings, maxAttempts: 2 },
    });
    const again = await enqueue(enqueuer, "WORK", { file: new Uint8Array([1, 2, 3]) });
    const spent = await enqueue(enqueuer, "WORK", { file: new Uint8Array([4]) });
    expect(await claimJob(database.db, "dead-process")).not.toBeNull();
    expect(await claimJob(database.db, "dead-process")).not.toBeNull();
    await database.db.update(job).set({ attempts: 2 }).where(eq(job.id, spent));
    // Their heartbeat is fresh: not dead yet within a bound of a minute…
    expect(await reclaimDeadJobs(database.db, 60_000)).toEqual({ retried: 0, failed: 0 });
    // …but dead for a live process with a bound of a second, once it has passed.
    const seen: number[] = [];
    const live = queueOver(
      database,
      { WORK: { run: async (running) => seen.push(running.file?.length ?? -1) } },
      { staleMs: 1_000, heartbeatMs: 200 },
    );
    expect(await ended(live, again)).toMatchObject({ status: "SUCCEEDED" });
    const failed = await ended(live, spent);
    expect(failed.status).toBe("FAILED");
    expect(failed.error?.code).toBe("JOB_INTERRUPTED");
    expect(seen).toEqual([3]);
    expect(await database.db.select().from(jobFile)).toEqual([]);
  });

  it("shows a running job's progress to every process, written from outside the job's transaction", async () => {
    const database = await open("postgres");
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const runner = queueOver(
      database,
      {
        SLOW: {
          run: async (running, { report }) =>
            running.db.transaction(async (tx) => {
              await tx.execute(sql`select 1`);
              report(5, 10);
              await held;
              return "done";
            }),
        },
      },
      { heartbeatMs: 100 },
    );
    const other = createJobQueue({
      db: database.db,
      dbKind: "postgres",
      logger,
      handlers: {},
      settings: defaultJobQueueSettings,
    });
    const id = await enqueue(runner, "SLOW");
    let progress = { done: 0, total: 0 };
    for (let i = 0; i < 3000 && progress.done === 0; i++) {
      progress = (await other.get(id, USER))?.progress ?? progress;
      if (progress.done === 0) await new Promise((r) => setTimeout(r, 20));
    }
    expect(progress).toEqual({ done: 5, total: 10 });
    release();
    expect(await ended(other, id)).toMatchObject({ status: "SUCCEEDED", result: "done" });
  });
});

describe("jobs left running on the embedded engine", () => {
  it("are all given back at start-up: the folder's lock says their process is dead", async () => {
    const database = await open("pglite");
    const enqueuer = createJobQueue({
      db: database.db,
      dbKind: "pglite",
      logger,
      handlers: {},
      settings: defaultJobQueueSettings,
    });
    const id = await enqueue(enqueuer, "WORK");
    expect(await claimJob(database.db, "previous-process")).not.toBeNull();
    expect(await reclaimDeadJobs(database.db, null)).toEqual({ retried: 1, failed: 0 });
    const live = queueOver(database, { WORK: { run: async () => "again" } });
    expect(await ended(live, id)).toMatchObject({ status: "SUCCEEDED", result: "again" });
  });
});
