import { parentPort } from "node:worker_threads";
import { conferencePackDocxTask } from "./modules/conferences/conference-pack.docx";
import { budgetBriefDocxTask } from "./modules/dashboard/exports/budget-brief.docx";
import { establishmentTemplateTask } from "./modules/establishments/establishment-template";
import { projectDossierDocxTask } from "./modules/projects/exports/project-dossier.docx";
import { certificateDocxTask } from "./modules/selection/certificates/certificate.docx";
import { AppError } from "./platform/errors";
import type { OfficeReply, OfficeRequest, OfficeTask } from "./platform/office/office-workers";
import { readTableTask } from "./platform/office/office-workers";

/**
 * The entry of an office worker thread (platform/office/office-workers.ts starts it; the server's bundle builds it
 * as `dist/office-worker.mjs`). It runs one task at a time and answers with its output, or with our own error's
 * code and detail (an AppError does not survive the structured clone as itself). Every task a worker may be asked
 * for is listed here, as main.ts lists the routes.
 *
 * The rows of a table go back in slices: the main thread decodes each message in one go, and a 50,000-row table in
 * one message would hold it for about half a second — the very stall this worker exists to avoid.
 */
const ROWS_PER_MESSAGE = 2_000;

const tasks = new Map(
  (
    [
      readTableTask,
      establishmentTemplateTask,
      certificateDocxTask,
      conferencePackDocxTask,
      budgetBriefDocxTask,
      projectDossierDocxTask,
    ] as OfficeTask<never, unknown>[]
  ).map((task) => [task.name, task.run]),
);

const port = parentPort;
if (!port) throw new Error("office-worker.ts runs only as a worker thread");

port.on("message", async (request: OfficeRequest) => {
  const reply = (message: OfficeReply) => port.postMessage(message);
  try {
    const run = tasks.get(request.task);
    if (!run) throw new Error(`no office task named ${request.task}`);
    const output = await run(request.input as never);
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
