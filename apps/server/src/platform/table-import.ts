import { createHash } from "node:crypto";
import { z } from "@hono/zod-openapi";
import { safeFileName } from "@kc/domain";
import type { Actor, RequestMeta } from "./context";
import { AppError } from "./errors";
import type { JobContext, JobHandler, JobQueue, RunningJob } from "./jobs/job-types";
import { readTableInWorker } from "./office/office-workers";
import type { Table } from "./office/table-reader";
import { assertTableFile } from "./upload-content";

/**
 * What every spreadsheet import of the API shares (the establishment registry, a fair's booth-holder list): the
 * dry-run and valid-only switches, the upload checks that answer at once (a file is there, within its size, really
 * an .xlsx or a UTF-8 .csv), the fingerprint and safe name kept with the job, and the job that parses the table
 * and runs the module's import. What a module's import does with the rows stays in the module.
 */

/** Upload limits of one import (ASVS 5.1.1), with the sentence a too-large file gets. */
export type TableImportLimits = { maxBytes: number; maxRows: number; maxColumns: number; tooLargeVi: string };

const flag = z
  .enum(["true", "false"])
  .default("false")
  .transform((v) => v === "true");

/** `?dryRun=true` checks without writing; `?validOnly=true` writes the valid rows and reports the others. */
export const tableImportQuerySchema = z.object({ dryRun: flag, validOnly: flag });

const problemJson = {
  "application/problem+json": { schema: z.object({ code: z.string(), detail: z.string() }) },
};

/** The answers an upload adds to the usual ones: too large, not a table. */
export const tableUploadResponses = {
  413: { content: problemJson, description: "Tệp quá lớn" },
  422: { content: problemJson, description: "Tệp không hợp lệ" },
};

/** The 202 answer of an import: the job to poll. */
export const jobStartedResponse = {
  content: { "application/json": { schema: z.object({ jobId: z.string() }) } },
  description: "Đã nhận, đang xử lý",
};

/** A job as the polling route shows it, its result being what the module's import reports. */
export function importJobSchema<Result extends z.ZodTypeAny>(result: Result, name: string) {
  return z
    .object({
      id: z.string(),
      kind: z.string(),
      status: z.enum(["QUEUED", "RUNNING", "SUCCEEDED", "FAILED"]),
      progress: z.object({ done: z.number().int(), total: z.number().int() }),
      /** Null until the import has finished. */
      result: result.nullable(),
      error: z.object({ code: z.string(), detail: z.string() }).nullable(),
    })
    .openapi(name);
}

export type ReceivedTable = { bytes: Uint8Array; sha256: string; fileName: string; size: number };

/**
 * The cheap checks of an uploaded table, answered before any job starts: a file is there (VALIDATION_FAILED on
 * `body.file`), within the size (PAYLOAD_TOO_LARGE), and a real .xlsx or .csv (assertTableFile). The browser's
 * name goes into the job's jsonb and the import batch, so it is made safe.
 */
export async function receiveTableUpload(
  file: unknown,
  limits: TableImportLimits,
  fallbackName: string,
): Promise<ReceivedTable> {
  if (!(file instanceof File))
    throw new AppError("VALIDATION_FAILED", {
      errors: [{ path: "body.file", message: "Thiếu tệp cần nhập" }],
    });
  if (file.size > limits.maxBytes) throw new AppError("PAYLOAD_TOO_LARGE", { detail: limits.tooLargeVi });
  const bytes = new Uint8Array(await file.arrayBuffer());
  await assertTableFile(bytes);
  return {
    bytes,
    sha256: createHash("sha256").update(bytes).digest("hex"),
    fileName: safeFileName(file.name, fallbackName),
    size: file.size,
  };
}

/** What every import job carries to the process that runs it: who asked, from where, which file, which switches. */
export type TableImportPayload<Extra = object> = {
  actor: Actor;
  meta: RequestMeta;
  file: { name: string; sha256: string };
  dryRun: boolean;
  validOnly: boolean;
} & Extra;

/**
 * Enqueues the job of an import: the file is kept with it (in the database on PostgreSQL, where any process may
 * run it), the job row records who, the province of a provincial actor, the file's name, fingerprint and size with
 * the module's own parameters. The same file with the same switches, sent again by the same person while the first is queued or
 * running, is the same job.
 */
export function enqueueTableImport<Extra extends object>(options: {
  jobs: JobQueue;
  actor: Actor;
  meta: RequestMeta;
  kind: string;
  upload: ReceivedTable;
  switches: { dryRun: boolean; validOnly: boolean };
  params: Record<string, unknown>;
  extra: Extra;
}): Promise<string> {
  const { actor, upload } = options;
  const params = { fileName: upload.fileName, sha256: upload.sha256, size: upload.size, ...options.params };
  const payload: TableImportPayload<Extra> = {
    actor,
    meta: options.meta,
    file: { name: upload.fileName, sha256: upload.sha256 },
    ...options.switches,
    ...options.extra,
  };
  return options.jobs.enqueue({
    kind: options.kind,
    params,
    payload,
    file: upload.bytes,
    createdBy: actor.userId,
    provinceId: actor.scope.kind === "PROVINCE" ? actor.scope.provinceId : null,
    dedupeKey: `${options.kind}:${actor.userId}:${JSON.stringify({ ...params, ...options.switches, ...options.extra })}`,
  });
}

/**
 * The handler of an import job: parses the stored table within the limits (in the job, not the request, and in an
 * office worker thread, not the main one), reports the row count as the progress total, then runs the module's
 * import with what the request stored.
 */
export function tableImportHandler<Extra extends object>(options: {
  limits: TableImportLimits;
  run: (input: {
    job: RunningJob;
    payload: TableImportPayload<Extra>;
    table: Table;
    report: JobContext["report"];
  }) => Promise<unknown>;
  afterSuccess?: (job: RunningJob, payload: TableImportPayload<Extra>) => Promise<void>;
}): JobHandler {
  return {
    run: async (job, { report }) => {
      if (!job.file) throw new Error("an import job without its file");
      const table = await readTableInWorker(job.file, {
        maxRows: options.limits.maxRows,
        maxColumns: options.limits.maxColumns,
      });
      report(0, table.rows.length);
      return options.run({ job, payload: job.payload as TableImportPayload<Extra>, table, report });
    },
    afterSuccess: options.afterSuccess
      ? (job) => options.afterSuccess?.(job, job.payload as TableImportPayload<Extra>) ?? Promise.resolve()
      : undefined,
  };
}
