import { and, eq, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { job, jobFile } from "../../db/schema/index";
import type { EnqueueJob, JobProgress } from "./job-types";

/**
 * The statements of the queue on the `job` table: enqueue, take (FOR UPDATE SKIP LOCKED, so two processes never
 * take the same job), beat, finish, and give back the jobs of dead processes. Times are the database's `now()`,
 * so the clocks of the processes need not agree.
 */

export const interruptedError = {
  code: "JOB_INTERRUPTED",
  detail:
    "Máy chủ xử lý tác vụ đã dừng giữa chừng và tác vụ đã hết số lần thử lại; không có dữ liệu nào được ghi",
};

export function crashedError(attempts: number) {
  return {
    code: "JOB_FAILED",
    detail: `Không xử lý được tệp sau ${attempts} lần thử (lỗi hệ thống); không có dữ liệu nào được ghi. Hãy kiểm tra tệp hoặc báo quản trị hệ thống.`,
  };
}

export const fileMissingError = {
  code: "JOB_INTERRUPTED",
  detail:
    "Tác vụ không còn tệp để xử lý (máy chủ đã khởi động lại trước khi xử lý xong); không có dữ liệu nào được ghi. Hãy gửi lại tệp.",
};

/** The job row and its file in one transaction; an active job with the same key is returned instead. */
export async function insertJob(db: Db, input: EnqueueJob, maxAttempts: number): Promise<string> {
  // Twice at most: the active job with our key may finish between the insert that collided and the look-up.
  for (let attempt = 0; attempt < 2; attempt++) {
    const id = crypto.randomUUID();
    const inserted = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(job)
        .values({
          id,
          kind: input.kind,
          status: "QUEUED",
          params: input.params,
          payload: input.payload ?? null,
          dedupeKey: input.dedupeKey ?? null,
          maxAttempts,
          createdBy: input.createdBy,
          provinceId: input.provinceId,
        })
        .onConflictDoNothing()
        .returning({ id: job.id });
      if (row && input.file) await tx.insert(jobFile).values({ jobId: id, content: input.file });
      return row?.id;
    });
    if (inserted) return inserted;
    if (!input.dedupeKey) continue;
    const [active] = await db
      .select({ id: job.id })
      .from(job)
      .where(and(eq(job.dedupeKey, input.dedupeKey), inArray(job.status, ["QUEUED", "RUNNING"])));
    if (active) return active.id;
  }
  throw new Error("could not enqueue the job");
}

export type ClaimedJob = { id: string; kind: string; payload: unknown; attempts: number };

/** Takes the oldest available job for `workerId`, or null. */
export async function claimJob(db: Db, workerId: string): Promise<ClaimedJob | null> {
  const next = db
    .select({ id: job.id })
    .from(job)
    .where(and(eq(job.status, "QUEUED"), lte(job.availableAt, sql`now()`)))
    .orderBy(job.availableAt)
    .limit(1)
    .for("update", { skipLocked: true });
  const [row] = await db
    .update(job)
    .set({
      status: "RUNNING",
      lockedBy: workerId,
      attempts: sql`${job.attempts} + 1`,
      heartbeatAt: sql`now()`,
      startedAt: sql`coalesce(${job.startedAt}, now())`,
      progressDone: 0,
      progressTotal: 0,
    })
    .where(inArray(job.id, next))
    .returning({ id: job.id, kind: job.kind, payload: job.payload, attempts: job.attempts });
  return row ?? null;
}

export async function readJobFile(db: Db, id: string): Promise<Uint8Array | null> {
  const [row] = await db.select({ content: jobFile.content }).from(jobFile).where(eq(jobFile.jobId, id));
  return row?.content ?? null;
}

/** Heartbeat and progress, only while this process still owns the job; false when it no longer does. */
export async function beat(db: Db, id: string, workerId: string, progress: JobProgress): Promise<boolean> {
  const rows = await db
    .update(job)
    .set({ heartbeatAt: sql`now()`, progressDone: progress.done, progressTotal: progress.total })
    .where(ownedBy(id, workerId))
    .returning({ id: job.id });
  return rows.length > 0;
}

/** Records the outcome of a run this process still owns, and deletes the file once the job is over. */
export async function finishJob(
  db: Db,
  id: string,
  workerId: string,
  outcome:
    | { status: "SUCCEEDED"; result: unknown; progress: JobProgress }
    | { status: "FAILED"; error: { code: string; detail: string }; result: unknown }
    | { status: "RETRY"; delayMs: number },
): Promise<boolean> {
  return db.transaction(async (tx) => {
    const set =
      outcome.status === "RETRY"
        ? {
            status: "QUEUED",
            lockedBy: null,
            availableAt: sql`now() + make_interval(secs => ${outcome.delayMs / 1000})`,
          }
        : outcome.status === "SUCCEEDED"
          ? {
              status: "SUCCEEDED",
              result: outcome.result,
              progressDone: outcome.progress.total,
              progressTotal: outcome.progress.total,
              finishedAt: sql`now()`,
            }
          : { status: "FAILED", error: outcome.error, result: outcome.result, finishedAt: sql`now()` };
    const rows = await tx
      .update(job)
      .set(set as Record<string, unknown>)
      .where(ownedBy(id, workerId))
      .returning({ id: job.id });
    if (rows.length > 0 && outcome.status !== "RETRY") await tx.delete(jobFile).where(eq(jobFile.jobId, id));
    return rows.length > 0;
  });
}

/**
 * Gives back the RUNNING jobs whose process is dead: queued again while attempts remain, failed JOB_INTERRUPTED
 * otherwise (their file deleted). `staleMs` null takes every RUNNING job (the embedded engine at start-up: its
 * folder lock guarantees no other process is alive). Returns how many were retried and failed.
 */
export async function reclaimDeadJobs(
  db: Db,
  staleMs: number | null,
): Promise<{ retried: number; failed: number }> {
  const dead: SQL =
    staleMs === null
      ? sql`${job.status} = 'RUNNING'`
      : sql`${job.status} = 'RUNNING' and (${job.heartbeatAt} is null or ${job.heartbeatAt} < now() - make_interval(secs => ${staleMs / 1000}))`;
  return db.transaction(async (tx) => {
    const rows = await tx
      .update(job)
      .set({
        status: sql`case when ${job.attempts} < ${job.maxAttempts} then 'QUEUED' else 'FAILED' end`,
        error: sql`case when ${job.attempts} < ${job.maxAttempts} then null else ${JSON.stringify(interruptedError)}::jsonb end`,
        finishedAt: sql`case when ${job.attempts} < ${job.maxAttempts} then null else now() end`,
        lockedBy: null,
        availableAt: sql`now()`,
      } as Record<string, unknown>)
      .where(dead)
      .returning({ id: job.id, status: job.status });
    const failed = rows.filter((r) => r.status === "FAILED").map((r) => r.id);
    if (failed.length > 0) await tx.delete(jobFile).where(inArray(jobFile.jobId, failed));
    return { retried: rows.length - failed.length, failed: failed.length };
  });
}

function ownedBy(id: string, workerId: string): SQL | undefined {
  return and(eq(job.id, id), eq(job.status, "RUNNING"), eq(job.lockedBy, workerId));
}
