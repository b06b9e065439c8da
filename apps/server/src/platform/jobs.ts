import { and, eq, inArray } from "drizzle-orm";
import type { Logger } from "pino";
import type { Db } from "../db/client";
import { job } from "../db/schema/index";
import { AppError } from "./errors";

/**
 * Long work (imports) runs as a job: a database row that survives the request, and progress kept in memory by the
 * process doing the work. Progress is not written inside the work's transaction — on PGlite a second statement
 * would queue behind it — so the UI polls this process for it; the row records start and outcome.
 */
export type JobStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";
export type JobView = {
  id: string;
  kind: string;
  status: JobStatus;
  progress: { done: number; total: number };
  result: unknown;
  error: { code: string; detail: string } | null;
};

export type JobContext = { report: (done: number, total: number) => void };

const liveProgress = new Map<string, { done: number; total: number }>();

export async function startJob(options: {
  db: Db;
  logger: Logger;
  kind: string;
  params: Record<string, unknown>;
  createdBy: string;
  provinceId: string | null;
  run: (context: JobContext) => Promise<unknown>;
  /**
   * Housekeeping once the outcome is recorded (the user is not kept waiting for it): it must not throw, and what
   * it does must leave the data right whether it runs or not.
   */
  afterSuccess?: () => Promise<void>;
}): Promise<string> {
  const id = crypto.randomUUID();
  await options.db.insert(job).values({
    id,
    kind: options.kind,
    status: "RUNNING",
    params: options.params,
    createdBy: options.createdBy,
    provinceId: options.provinceId,
  });
  liveProgress.set(id, { done: 0, total: 0 });
  const context: JobContext = { report: (done, total) => liveProgress.set(id, { done, total }) };
  // Detached on purpose: the request answers 202 at once and the browser polls.
  setImmediate(() => {
    void (async () => {
      let succeeded = false;
      try {
        const result = await options.run(context);
        const progress = liveProgress.get(id) ?? { done: 0, total: 0 };
        await options.db
          .update(job)
          .set({
            status: "SUCCEEDED",
            result,
            progressDone: progress.total,
            progressTotal: progress.total,
            finishedAt: new Date(),
          })
          .where(eq(job.id, id));
        succeeded = true;
      } catch (error) {
        const known = error instanceof AppError;
        if (!known) options.logger.error({ err: error, jobId: id }, "job failed");
        const failure = known
          ? { code: error.code, detail: error.detail ?? error.message }
          : { code: "INTERNAL", detail: "Đã xảy ra lỗi hệ thống; không có dữ liệu nào được ghi" };
        const result = (error as { result?: unknown }).result ?? null;
        await options.db
          .update(job)
          .set({ status: "FAILED", error: failure, result, finishedAt: new Date() })
          .where(eq(job.id, id))
          .catch((e: unknown) => options.logger.error({ err: e, jobId: id }, "could not record job failure"));
      } finally {
        liveProgress.delete(id);
      }
      if (succeeded)
        await options
          .afterSuccess?.()
          .catch((e: unknown) => options.logger.error({ err: e, jobId: id }, "job housekeeping failed"));
    })();
  });
  return id;
}

/** A job the caller started (jobs are private to their creator). */
export async function getJob(db: Db, id: string, userId: string): Promise<JobView | undefined> {
  const [row] = await db
    .select()
    .from(job)
    .where(and(eq(job.id, id), eq(job.createdBy, userId)));
  if (!row) return undefined;
  const live = liveProgress.get(id);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status as JobStatus,
    progress: live ?? { done: row.progressDone, total: row.progressTotal },
    result: row.result ?? null,
    error: (row.error as JobView["error"]) ?? null,
  };
}

/** At start-up: jobs left running by a process that died are marked failed (their transaction rolled back). */
export async function failInterruptedJobs(db: Db): Promise<number> {
  const rows = await db
    .update(job)
    .set({
      status: "FAILED",
      error: {
        code: "JOB_INTERRUPTED",
        detail: "Máy chủ đã dừng khi đang xử lý; không có dữ liệu nào được ghi",
      },
      finishedAt: new Date(),
    })
    .where(inArray(job.status, ["QUEUED", "RUNNING"]))
    .returning({ id: job.id });
  return rows.length;
}
