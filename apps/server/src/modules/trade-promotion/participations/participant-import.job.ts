import { type TableImportLimits, tableImportHandler } from "../../../platform/table-import";
import { importParticipants } from "./import-participants";

export const FAIR_PARTICIPANT_IMPORT = "FAIR_PARTICIPANT_IMPORT";

/** Upload limits (ASVS 5.1.1): a booth-holder list is at most a few thousand rows; 5 MB, 20,000 rows, 30 columns. */
export const PARTICIPANT_IMPORT_LIMITS: TableImportLimits = {
  maxBytes: 5_000_000,
  maxRows: 20_000,
  maxColumns: 30,
  tooLargeVi: "Tệp danh sách gian hàng tối đa 5 MB",
};

/** What the request stores beside the common switches: the fair, and the pick list's answer as [row, id] pairs. */
export type ParticipantImportExtra = { fairId: string; picks: [number, string][] };

/** The booth-holder list import as a job any server process may run (decision 0020). */
export const participantImportJob = tableImportHandler<ParticipantImportExtra>({
  limits: PARTICIPANT_IMPORT_LIMITS,
  run: ({ job, payload, table, report }) =>
    importParticipants({
      db: job.db,
      actor: payload.actor,
      meta: payload.meta,
      fairId: payload.fairId,
      table,
      file: payload.file,
      dryRun: payload.dryRun,
      validOnly: payload.validOnly,
      picks: new Map(payload.picks),
      report,
    }),
});
