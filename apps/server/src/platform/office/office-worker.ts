import { parentPort } from "node:worker_threads";
import { AppError } from "../errors";
import { type OfficeTaskName, officeTasks } from "./office-tasks";
import type { OfficeReply, OfficeRequest } from "./office-workers";

/**
 * The entry of an office worker thread (`office-workers.ts` starts it; the server's bundle builds it as
 * `dist/office-worker.mjs`). It runs one task at a time and answers with its output, or with our own error's code
 * and detail (an AppError does not survive the structured clone as itself).
 *
 * The rows of a table go back in slices: the main thread decodes each message in one go, and a 50,000-row table in
 * one message would hold it for about half a second — the very stall this worker exists to avoid.
 */
const ROWS_PER_MESSAGE = 2_000;

const port = parentPort;
if (!port) throw new Error("office-worker.ts runs only as a worker thread");

port.on("message", async (request: OfficeRequest) => {
  const reply = (message: OfficeReply) => port.postMessage(message);
  try {
    const task = officeTasks[request.task as OfficeTaskName] as (input: unknown) => Promise<unknown>;
    const output = await task(request.input);
    if (isTable(output)) {
      for (let at = 0; at < output.rows.length; at += ROWS_PER_MESSAGE)
        reply({ id: request.id, rows: output.rows.slice(at, at + ROWS_PER_MESSAGE) });
      reply({ id: request.id, output: { ...output, rows: [] } });
    } else {
      reply({ id: request.id, output });
    }
  } catch (error) {
    if (error instanceof AppError)
      reply({
        id: request.id,
        failure: {
          code: error.code,
          detail: error.detail,
          errors: error.errors,
          extensions: error.extensions,
        },
      });
    else
      reply({ id: request.id, failure: { message: error instanceof Error ? error.message : String(error) } });
  }
});

function isTable(output: unknown): output is { rows: unknown[] } {
  return typeof output === "object" && output !== null && Array.isArray((output as { rows?: unknown }).rows);
}
