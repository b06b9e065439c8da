import { hostname } from "node:os";
import { and, eq } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db, DbKind } from "../../db/client";
import { job } from "../../db/schema/index";
import { AppError } from "../errors";
import {
  beat,
  type ClaimedJob,
  claimJob,
  crashedError,
  fileMissingError,
  finishJob,
  insertJob,
  readJobFile,
  reclaimDeadJobs,
} from "./job-store";
import type {
  JobHandlers,
  JobProgress,
  JobQueue,
  JobQueueSettings,
  JobStatus,
  RunningJob,
} from "./job-types";

/** How often progress is written to the row while a job reports it (PostgreSQL), besides the heartbeat. */
const PROGRESS_WRITE_MS = 500;

/**
 * The queue of one process: enqueues into the `job` table, and runs one job at a time, taken from the table by
 * polling (and at once when this process enqueued it). On PostgreSQL the running job's heartbeat and progress are
 * written to its row from a pooled connection, not the job's transaction, so every process sees them, and an
 * expired heartbeat tells the others the process died (decision 0020). On the embedded engine there is one process
 * and one connection: progress stays in memory, as a write would queue behind the import's transaction, and dead
 * jobs are given back at start-up (`reclaimDeadJobs(db, null)` in bootstrap).
 */
export function createJobQueue(options: {
  db: Db;
  dbKind: DbKind;
  logger: Logger;
  handlers: JobHandlers;
  settings: JobQueueSettings;
}): JobQueue {
  const { db, dbKind, logger, handlers, settings } = options;
  const workerId = `${hostname()}:${process.pid}:${crypto.randomUUID().slice(0, 8)}`;
  const liveProgress = new Map<string, JobProgress>();
  // The embedded engine keeps an uploaded file in this process's memory, not in the database: PGlite runs its
  // statements on the main thread, and a 1.5 MB bytea took 0.5–2 s to write there, stalling every request, while
  // its one process is the only one that could read the file back. A restart loses the file, as it loses the job.
  const heldFiles = new Map<string, Uint8Array>();
  const filesInDatabase = dbKind === "postgres";
  let timer: NodeJS.Timeout | null = null;
  let stopped = false;
  let busy: Promise<void> | null = null;
  let again = false;

  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (busy) {
      again = true;
      return busy;
    }
    busy = (async () => {
      try {
        do {
          again = false;
          if (dbKind === "postgres") {
            const { retried, failed } = await reclaimDeadJobs(db, settings.staleMs);
            if (retried + failed > 0)
              logger.warn({ retried, failed }, "jobs of a dead process were given back");
          }
          for (
            let claimed = await claimJob(db, workerId);
            claimed;
            claimed = stopped ? null : await claimJob(db, workerId)
          )
            await runClaimed(claimed);
        } while (again && !stopped);
      } catch (error) {
        logger.error({ err: error }, "the job queue could not poll");
      } finally {
        busy = null;
      }
    })();
    return busy;
  };

  async function runClaimed(claimed: ClaimedJob): Promise<void> {
    const handler = handlers[claimed.kind];
    const progress: JobProgress = { done: 0, total: 0 };
    liveProgress.set(claimed.id, progress);
    const log = logger.child({ jobId: claimed.id, kind: claimed.kind, attempt: claimed.attempts });
    let lastWrite = 0;
    let writing: Promise<unknown> = Promise.resolve();
    const writeProgress = () => {
      if (dbKind !== "postgres") return;
      lastWrite = Date.now();
      writing = writing
        .then(() => beat(db, claimed.id, workerId, { ...progress }))
        .then((owned) => {
          if (!owned) log.warn("the job was given to another process (heartbeat too late)");
        })
        .catch((e: unknown) => log.warn({ err: e }, "could not write the job's heartbeat"));
    };
    const heartbeat = dbKind === "postgres" ? setInterval(writeProgress, settings.heartbeatMs) : null;
    let keepFile = false;
    heartbeat?.unref();
    try {
      const file = filesInDatabase ? await readJobFile(db, claimed.id) : (heldFiles.get(claimed.id) ?? null);
      const running: RunningJob = { ...claimed, attempt: claimed.attempts, file, db, dbKind, logger: log };
      const hasFile = (claimed.payload as { hasFile?: boolean } | null)?.hasFile;
      if (hasFile && !file) {
        await finishJob(db, claimed.id, workerId, {
          status: "FAILED",
          error: fileMissingError,
          result: null,
        });
        return;
      }
      let result: unknown;
      try {
        // A kind this process does not know (a newer version enqueued it) fails plainly rather than looping.
        if (!handler)
          throw new AppError("INTERNAL", { detail: `Máy chủ không biết loại tác vụ ${claimed.kind}` });
        result = await handler.run(running, {
          report: (done, total) => {
            progress.done = done;
            progress.total = total;
            if (Date.now() - lastWrite >= PROGRESS_WRITE_MS) writeProgress();
          },
        });
      } catch (error) {
        if (heartbeat) clearInterval(heartbeat);
        await writing;
        if (await recordFailure(claimed, error, log)) keepFile = true;
        return;
      }
      if (heartbeat) clearInterval(heartbeat);
      await writing;
      const recorded = await finishJob(db, claimed.id, workerId, { status: "SUCCEEDED", result, progress });
      if (recorded)
        await handler
          .afterSuccess?.(running, result)
          .catch((e: unknown) => log.error({ err: e }, "job housekeeping failed"));
    } catch (error) {
      log.error({ err: error }, "could not record the job's outcome");
    } finally {
      if (heartbeat) clearInterval(heartbeat);
      liveProgress.delete(claimed.id);
      if (!keepFile) heldFiles.delete(claimed.id);
    }
  }

  /** Records a failed run; true when the job will run again (a crash with attempts left). */
  async function recordFailure(claimed: ClaimedJob, error: unknown, log: Logger): Promise<boolean> {
    if (error instanceof AppError) {
      // The job's own answer (a refused file, an import already done): final, retrying would say the same.
      const failure = { code: error.code, detail: error.detail ?? error.message };
      const result = (error as { result?: unknown }).result ?? null;
      await finishJob(db, claimed.id, workerId, { status: "FAILED", error: failure, result });
      return false;
    }
    const spent = claimed.attempts >= settings.maxAttempts;
    log.error({ err: error, final: spent }, "job crashed");
    await finishJob(
      db,
      claimed.id,
      workerId,
      spent
        ? { status: "FAILED", error: crashedError(claimed.attempts), result: null }
        : { status: "RETRY", delayMs: settings.retryDelayMs },
    );
    // A crash is retried after a delay; the poll will see it (and tests with no timer kick once it is due).
    if (!spent) setTimeout(() => void tick(), settings.retryDelayMs + 10).unref();
    return !spent;
  }

  return {
    workerId,
    async enqueue(input) {
      const { file, ...rest } = input;
      const id = await insertJob(
        db,
        {
          ...rest,
          ...(filesInDatabase && file !== undefined ? { file } : {}),
          payload: { ...(input.payload as object), hasFile: file !== undefined },
        },
        settings.maxAttempts,
      );
      // The same file sent again while its job is active is that job: its file is already held.
      if (!filesInDatabase && file !== undefined && !heldFiles.has(id)) heldFiles.set(id, file);
      // Taken here at once when this process is free; otherwise by whichever process polls first.
      setImmediate(() => void tick());
      return id;
    },
    async get(id, userId) {
      const [row] = await db
        .select()
        .from(job)
        .where(and(eq(job.id, id), eq(job.createdBy, userId)));
      if (!row) return undefined;
      return {
        id: row.id,
        kind: row.kind,
        status: row.status as JobStatus,
        progress: liveProgress.get(id) ?? { done: row.progressDone, total: row.progressTotal },
        result: row.result ?? null,
        error: (row.error as { code: string; detail: string } | null) ?? null,
      };
    },
    start() {
      if (timer || stopped) return;
      // The embedded engine has one process, which is told of every job it enqueues and of every retry it
      // schedules: polling would only spend its one thread (PGlite runs statements in it) on empty looks.
      if (dbKind === "postgres") {
        timer = setInterval(() => void tick(), settings.pollMs);
        timer.unref();
      }
      void tick();
    },
    async stop(waitMs = 10_000) {
      stopped = true;
      if (timer) clearInterval(timer);
      timer = null;
      if (busy) await Promise.race([busy, new Promise((resolve) => setTimeout(resolve, waitMs).unref())]);
    },
  };
}
