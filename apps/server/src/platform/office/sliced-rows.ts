import type { Writable } from "node:stream";
import type ExcelJS from "exceljs";
import { yieldToEventLoop } from "../event-loop";

/**
 * Rows written between two turns of the event loop. Writing a row of a streamed sheet (cells, XML, the zip entry's
 * buffer) is synchronous; a database page of 2,000 rows written in one go held the main thread for a page's worth
 * of that work, during which no other request of the process was answered. A slice of 250 keeps each stretch to
 * an eighth of a page (decision 0021, "Streamed exports").
 */
export const ROWS_PER_SLICE = 250;

/**
 * Adds `rows` to a streamed sheet and commits each one, a slice at a time: after each slice the event loop gets a
 * turn (other requests, the socket), and while the answer's buffer is full — the client reads slower than we
 * write — the writing waits for it to drain before the next slice instead of piling the file up behind it.
 * Answers false when the answer was abandoned (the client went away): the caller stops reading pages.
 */
export async function writeRowsInSlices<Row>(
  sheet: ExcelJS.Worksheet,
  rows: readonly Row[],
  cellsOf: (row: Row) => ExcelJS.CellValue[],
  output: Writable,
  shape?: (added: ExcelJS.Row) => void,
): Promise<boolean> {
  for (let at = 0; at < rows.length; at += ROWS_PER_SLICE) {
    for (const row of rows.slice(at, at + ROWS_PER_SLICE)) {
      const added = sheet.addRow(cellsOf(row));
      shape?.(added);
      added.commit();
    }
    await yieldToEventLoop();
    if (output.writableNeedDrain) await drainedOrClosed(output);
    if (output.destroyed) return false;
  }
  return !output.destroyed;
}

function drainedOrClosed(output: Writable): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      output.off("drain", done);
      output.off("close", done);
      resolve();
    };
    output.once("drain", done);
    output.once("close", done);
  });
}
