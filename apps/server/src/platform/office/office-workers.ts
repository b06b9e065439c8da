import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { type Transferable, Worker } from "node:worker_threads";
import type { ErrorCode, FieldError } from "@kc/domain";
import type { Logger } from "pino";
import { AppError } from "../errors";
import { readTable, type Table, type TableLimits } from "./table-reader";

/**
 * A small pool of worker threads for the heavy office work (reading an uploaded .xlsx/.csv, building a large
 * workbook), so one large
 * workbook no longer stalls every other request of the process (issue 18; docs/decisions/0021). Each worker has
 * its own heap limit: a file that needs more memory, or that crashes the worker, fails that one task with a clear
 * code while the process and the other workers go on. Workers start on demand, are kept while busy, and end after
 * a short idle time, so an idle server holds none.
 */
/**
 * Work that may run in an office worker: a name the worker looks it up by (`src/office-worker.ts` lists every
 * task) and the function itself, which takes and gives structured-clonable values (bytes, plain rows), since they
 * cross between threads. With the pool switched off the same function runs on the main thread.
 */
export type OfficeTask<Input, Output> = { name: string; run: (input: Input) => Promise<Output> };

export type OfficeWorkersOptions = {
  /** Threads at most; 0 runs the tasks on the main thread (the measurement's "before", or a debugger session). */
  size: number;
  /** Old-generation heap limit of each worker, in MB (V8 resourceLimits). */
  memoryMb: number;
  /** A worker idle this long ends, giving its heap back. */
  idleMs: number;
  logger?: Logger;
};

/** One thread fewer than the cores (the main thread keeps one), at least one, at most four. */
export const defaultOfficeWorkers = (): number => Math.min(4, Math.max(1, availableParallelism() - 1));

let options: OfficeWorkersOptions = { size: defaultOfficeWorkers(), memoryMb: 256, idleMs: 30_000 };

/** Set once at start-up from the environment (KC_OFFICE_WORKERS, KC_OFFICE_WORKER_MEMORY_MB). */
export function configureOfficeWorkers(next: Partial<OfficeWorkersOptions>): void {
  options = { ...options, ...next };
}

/** What the main thread sends a worker. */
export type OfficeRequest = { id: number; task: string; input: unknown };
/** What a worker answers: rows of a table (any number of times), then the output or the failure. */
export type OfficeReply =
  | { id: number; rows: unknown[] }
  | { id: number; output: unknown }
  | { id: number; failure: OfficeFailure };
type OfficeFailure =
  | { code: ErrorCode; detail?: string; errors?: FieldError[]; extensions?: Record<string, unknown> }
  | { message: string };

type Task = {
  id: number;
  task: string;
  input: unknown;
  transfer: Transferable[];
  rows: unknown[];
  resolve: (output: unknown) => void;
  reject: (error: unknown) => void;
};
type Slot = { worker: Worker; task: Task | null; idle: NodeJS.Timeout | null; ended: boolean };

const queue: Task[] = [];
const slots = new Set<Slot>();
let nextId = 1;

/**
 * Runs a task in a worker and resolves with its output. `transfer` lists buffers of the input handed over rather
 * than copied (the caller must not use them afterwards). Rejects with the task's own AppError, FILE_TOO_DEMANDING
 * when the worker ran out of memory, FILE_PROCESSING_FAILED when it died otherwise.
 */
export function runOfficeTask<Input, Output>(
  task: OfficeTask<Input, Output>,
  input: Input,
  transfer: Transferable[] = [],
): Promise<Output> {
  if (options.size <= 0) return task.run(input);
  return new Promise((resolve, reject) => {
    queue.push({
      id: nextId++,
      task: task.name,
      input,
      transfer,
      rows: [],
      resolve: resolve as (output: unknown) => void,
      reject,
    });
    dispatch();
  });
}

/** Ends every worker (server shutdown, end of a test file); tasks still queued or running fail. */
export async function closeOfficeWorkers(): Promise<void> {
  for (const task of queue.splice(0)) task.reject(processingFailed());
  await Promise.all([...slots].map((slot) => slot.worker.terminate()));
}

function dispatch(): void {
  while (queue.length > 0) {
    let slot = [...slots].find((candidate) => candidate.task === null && !candidate.ended);
    if (!slot) {
      if (slots.size >= options.size) return;
      slot = start();
    }
    const task = queue.shift() as Task;
    if (slot.idle) clearTimeout(slot.idle);
    slot.idle = null;
    slot.task = task;
    // A busy worker keeps the process alive (its caller waits); an idle one does not.
    slot.worker.ref();
    try {
      slot.worker.postMessage({ id: task.id, task: task.task, input: task.input }, task.transfer);
    } catch (error) {
      // An input that cannot cross threads (a function, a class with methods) is the caller's bug: that task
      // fails, the worker stays free for the next one.
      slot.task = null;
      slot.worker.unref();
      slot.idle = setTimeout(() => void slot.worker.terminate(), options.idleMs);
      slot.idle.unref();
      task.reject(error);
    }
  }
}

function start(): Slot {
  const fromSources = import.meta.url.endsWith(".ts");
  // Under Vitest/tsx the worker is the TypeScript source (src/office-worker.ts), loaded through tsx; the bundle has
  // its own entry beside dist/main.mjs (apps/server/build.mjs).
  const worker = new Worker(
    new URL(fromSources ? "../../office-worker.ts" : "./office-worker.mjs", import.meta.url),
    {
      execArgv: fromSources ? ["--import", tsxLoader()] : [],
      resourceLimits: { maxOldGenerationSizeMb: options.memoryMb },
    },
  );
  const slot: Slot = { worker, task: null, idle: null, ended: false };
  slots.add(slot);
  worker.on("message", (reply: OfficeReply) => receive(slot, reply));
  worker.on("error", (error: Error & { code?: string }) => {
    const task = slot.task;
    slot.task = null;
    slot.ended = true;
    const outOfMemory = error.code === "ERR_WORKER_OUT_OF_MEMORY";
    options.logger?.warn(
      { err: error, task: task?.task, memoryMb: options.memoryMb },
      outOfMemory ? "office worker ran out of memory" : "office worker failed",
    );
    task?.reject(outOfMemory ? new AppError("FILE_TOO_DEMANDING") : processingFailed());
  });
  worker.on("exit", () => {
    slots.delete(slot);
    slot.ended = true;
    if (slot.idle) clearTimeout(slot.idle);
    slot.task?.reject(processingFailed());
    slot.task = null;
    dispatch();
  });
  return slot;
}

function receive(slot: Slot, reply: OfficeReply): void {
  const task = slot.task;
  if (!task || task.id !== reply.id) return;
  if ("rows" in reply) {
    for (const row of reply.rows) task.rows.push(row);
    return;
  }
  slot.task = null;
  slot.worker.unref();
  slot.idle = setTimeout(() => void slot.worker.terminate(), options.idleMs);
  slot.idle.unref();
  if ("output" in reply) {
    const output = reply.output as { rows?: unknown[] };
    task.resolve(Array.isArray(output?.rows) ? { ...output, rows: task.rows } : output);
  } else {
    const failure = reply.failure;
    task.reject(
      "code" in failure
        ? new AppError(failure.code, {
            detail: failure.detail,
            errors: failure.errors,
            extensions: failure.extensions,
          })
        : new Error(failure.message),
    );
  }
  dispatch();
}

const processingFailed = () => new AppError("FILE_PROCESSING_FAILED");

let loader: string | null = null;
/** The tsx loader as a file URL, resolved from here rather than from the working directory. */
function tsxLoader(): string {
  loader ??= pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return loader;
}

/** The first sheet of an .xlsx or a UTF-8 .csv, checked against the limits (`table-reader.ts`). */
export const readTableTask: OfficeTask<{ bytes: Uint8Array; limits: TableLimits }, Table> = {
  name: "readTable",
  run: (input) => readTable(input.bytes, input.limits),
};

/**
 * `readTable` of an upload in a worker. The bytes are copied once and the copy handed over, so the caller's
 * buffer stays usable (a job keeps the upload for its fingerprint and a retry).
 */
export function readTableInWorker(bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const copy = bytes.slice();
  return runOfficeTask(readTableTask, { bytes: copy, limits }, [copy.buffer]);
}

/**
 * Builds a document (.docx, a small .xlsx) in a worker and answers it as a Buffer: building one holds a thread for
 * 0.2–2 s (the docx library formats every part's XML and zips it synchronously), which on the main thread every
 * other request would wait through (decision 0021, "Documents"). The bytes come back as a Uint8Array copy.
 */
export async function buildInWorker<Input>(
  task: OfficeTask<Input, Uint8Array>,
  input: Input,
): Promise<Buffer> {
  const bytes = await runOfficeTask(task, input);
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
