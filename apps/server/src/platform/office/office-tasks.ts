import { readTable, type Table, type TableLimits } from "./table-reader";

/**
 * The work an office worker does (`office-worker.ts`), by name: each takes and gives structured-clonable values
 * (bytes, plain rows), since they cross between threads. Kept in one table so the worker and the main thread (when
 * the pool is switched off with KC_OFFICE_WORKERS=0) run the very same functions.
 */
export const officeTasks = {
  /** The first sheet of an .xlsx or a UTF-8 .csv, checked against the limits (`table-reader.ts`). */
  readTable: (input: { bytes: Uint8Array; limits: TableLimits }): Promise<Table> =>
    readTable(input.bytes, input.limits),
};

export type OfficeTasks = typeof officeTasks;
export type OfficeTaskName = keyof OfficeTasks;
export type OfficeTaskInput<Name extends OfficeTaskName> = Parameters<OfficeTasks[Name]>[0];
export type OfficeTaskOutput<Name extends OfficeTaskName> = Awaited<ReturnType<OfficeTasks[Name]>>;
