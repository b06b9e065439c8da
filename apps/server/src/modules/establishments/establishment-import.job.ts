import { settleAfterBulkWrite } from "../../db/maintenance";
import { establishment } from "../../db/schema/index";
import { type TableImportLimits, tableImportHandler } from "../../platform/table-import";
import { importEstablishments } from "./import-establishments";
import { splitSearchBlocks } from "./search-blocks";

export const ESTABLISHMENT_IMPORT = "ESTABLISHMENT_IMPORT";

/** Upload limits of this feature (ASVS 5.1.1): 10 MB, 50,000 data rows, 40 columns, .xlsx or UTF-8 .csv. */
export const IMPORT_LIMITS: TableImportLimits = {
  maxBytes: 10_000_000,
  maxRows: 50_000,
  maxColumns: 40,
  tooLargeVi: "Tệp nhập tối đa 10 MB",
};

/** The establishment import as a job any server process may run (decision 0020). */
export const establishmentImportJob = tableImportHandler({
  limits: IMPORT_LIMITS,
  run: ({ job, payload, table, report }) =>
    importEstablishments({
      db: job.db,
      actor: payload.actor,
      meta: payload.meta,
      table,
      file: payload.file,
      dryRun: payload.dryRun,
      validOnly: payload.validOnly,
      report,
    }),
  // The rows are committed and findable; cutting grown search blocks (more selective) and, on PGlite, the VACUUM
  // that index-only scans need come after the answer.
  afterSuccess: async (job, payload) => {
    if (payload.dryRun) return;
    await splitSearchBlocks(job.db, job.logger);
    await settleAfterBulkWrite(job.db, job.dbKind, establishment, job.logger);
  },
});
