import type { Logger } from "pino";
import type { Db, DbKind } from "../../db/client";

/**
 * Long work (imports, later exports and reports) runs as a job: a row of the `job` table that any server process
 * may take, run and finish (decision 0020). These are the shapes every job kind shares.
 */
export type JobStatus = "QUEUED" | "RUNNING" | "SUCCEEDED" | "FAILED";

export type JobProgress = { done: number; total: number };

export type JobView = {
  id: string;
  kind: string;
  status: JobStatus;
  progress: JobProgress;
  result: unknown;
  error: { code: string; detail: string } | null;
};

export type JobContext = { report: (done: number, total: number) => void };

/** A job as its handler receives it, in whichever process took it. */
export type RunningJob = {
  id: string;
  kind: string;
  /** What the enqueuer stored for the handler (JSON). */
  payload: unknown;
  /** The uploaded file, read back from `job_file`; null for a job without one. */
  file: Uint8Array | null;
  attempt: number;
  db: Db;
  dbKind: DbKind;
  logger: Logger;
};

/**
 * What a job kind does. `run` returns the result shown to the user, or throws: an AppError is the job's answer
 * (a refused file: failed at once, never retried); anything else is a crash, retried until the job's attempts are
 * spent. `afterSuccess` is housekeeping once the outcome is recorded: it must not throw, and the data must be right
 * whether it runs or not.
 */
export type JobHandler = {
  run: (job: RunningJob, context: JobContext) => Promise<unknown>;
  afterSuccess?: (job: RunningJob, result: unknown) => Promise<void>;
};

export type JobHandlers = Readonly<Record<string, JobHandler>>;

export type EnqueueJob = {
  kind: string;
  /** Descriptive record kept with the job (file name, fingerprint, switches). */
  params: Record<string, unknown>;
  payload: unknown;
  file?: Uint8Array;
  createdBy: string;
  provinceId: string | null;
  /** Jobs with the same key, while one is queued or running, are one job: the second enqueue gets its id. */
  dedupeKey?: string;
};

/** The bounds of the queue, from the environment (KC_JOB_*; docs/deploy.md). */
export type JobQueueSettings = {
  /** How often an idle process looks for queued work (and, on PostgreSQL, for dead owners). */
  pollMs: number;
  /** How often a running job's process says it is alive (PostgreSQL). */
  heartbeatMs: number;
  /** A RUNNING job whose heartbeat is older than this belonged to a dead process. */
  staleMs: number;
  /** Runs a job may take (crash or interrupted) before it is failed. */
  maxAttempts: number;
  /** Wait before a crashed run is tried again. */
  retryDelayMs: number;
};

export const defaultJobQueueSettings: JobQueueSettings = {
  pollMs: 500,
  heartbeatMs: 5_000,
  staleMs: 30_000,
  maxAttempts: 2,
  retryDelayMs: 2_000,
};

/** The queue as the application sees it (AppDeps.jobs). */
export type JobQueue = {
  enqueue: (input: EnqueueJob) => Promise<string>;
  /** A job the caller started (jobs are private to their creator). */
  get: (id: string, userId: string) => Promise<JobView | undefined>;
  /** Starts polling (bootstrap; tests). */
  start: () => void;
  /** Stops taking jobs and waits (at most `waitMs`) for the one running here. */
  stop: (waitMs?: number) => Promise<void>;
  /** This process's name in `job.locked_by`. */
  readonly workerId: string;
};
