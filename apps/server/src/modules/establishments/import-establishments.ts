import { type DataAuditAction, establishmentSearchText, todayInVietnam } from "@kc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import { bulkInsert, bulkUpdate } from "../../db/bulk-insert";
import type { Db } from "../../db/client";
import {
  auditLog,
  establishment,
  establishmentEligibility,
  establishmentSite,
  establishmentYearData,
  importBatch,
} from "../../db/schema/index";
import { transactionAlone } from "../../db/transaction-alone";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { yieldToEventLoop } from "../../platform/event-loop";
import type { Table } from "../../platform/office/table-reader";
import { evaluateWithFacts, loadSiteFacts, storedEvaluation } from "./establishment-eligibility";
import { columnsFor, eligibilityInputFor, establishmentSnapshot, yearRows } from "./establishment-record";
import { type ImportProblem, type ValidRow, validateImport } from "./import-validation";
import { addToSearchBlocks, deferSearchBlocks, type SearchRow } from "./search-blocks";

export type EstablishmentImportResult = {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
  warnings: ImportProblem[];
};

const CHUNK = 500;

/**
 * Imports establishments from a checked table (DESIGN.md "Office formats"). A dry run reports every problem and
 * what would be created or updated, writing nothing. A real run writes all rows in ONE transaction together with
 * its import batch (keyed by the file's SHA-256): a failure, a cancellation or a killed server leaves nothing, and
 * the same file cannot be imported twice. Rows with errors block the import unless `validOnly` is chosen.
 */
export async function importEstablishments(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  table: Table;
  file: { name: string; sha256: string };
  dryRun: boolean;
  validOnly: boolean;
  report: (done: number, total: number) => void;
}): Promise<EstablishmentImportResult> {
  const { db, actor, meta, table, dryRun, validOnly, report } = options;
  const today = todayInVietnam();
  const total = table.rows.length;
  const outcome = await validateImport(db, actor, table, today, (done) =>
    report(Math.floor(done / 2), total),
  );
  const matched = outcome.valid.filter((v) => v.existingId).length;
  const result: EstablishmentImportResult = {
    dryRun,
    totalRows: outcome.totalRows,
    validRows: outcome.valid.length,
    created: outcome.valid.length - matched,
    updated: matched,
    unchanged: 0,
    errors: outcome.errors,
    warnings: outcome.warnings,
  };
  if (dryRun) return result;
  if (outcome.errors.length > 0 && !validOnly) {
    throw Object.assign(
      new AppError("IMPORT_HAS_ERRORS", {
        detail: `Tệp có ${outcome.errors.length} lỗi; chưa ghi dòng nào.`,
      }),
      { result },
    );
  }
  await transactionAlone(db, "nhập danh sách cơ sở", async (tx) => {
    const [done] = await tx
      .select()
      .from(importBatch)
      .where(and(eq(importBatch.kind, "ESTABLISHMENTS"), eq(importBatch.fileSha256, options.file.sha256)));
    if (done) {
      throw new AppError("IMPORT_ALREADY_DONE", {
        detail: `Tệp này đã được nhập lúc ${done.committedAt.toISOString()}; không ghi lại lần nữa.`,
      });
    }
    // The search blocks take this import's rows at the end in a few large passes, not once per chunk (decision 0008).
    await deferSearchBlocks(tx);
    const batchId = crypto.randomUUID();
    const facts = await loadSiteFacts(
      tx,
      outcome.valid.flatMap((v) => [v.input.communeId, ...v.input.sites.map((s) => s.communeId)]),
      today,
    );
    const searchRows: SearchRow[] = [];
    for (let start = 0; start < outcome.valid.length; start += CHUNK) {
      const chunk = outcome.valid.slice(start, start + CHUNK);
      searchRows.push(...(await writeChunk(tx, actor, meta, chunk, facts, today, batchId)));
      // Other requests get their turn between chunks: answered "busy" at once on the embedded database
      // (db/connection-gate.ts) instead of waiting unheard behind the whole import.
      await yieldToEventLoop();
      report(
        Math.floor(total / 2 + ((start + chunk.length) / Math.max(1, outcome.valid.length)) * (total / 2)),
        total,
      );
    }
    await addToSearchBlocks(tx, searchRows);
    await tx.insert(importBatch).values({
      id: batchId,
      kind: "ESTABLISHMENTS",
      fileSha256: options.file.sha256,
      fileName: options.file.name,
      provinceId: actor.scope.kind === "PROVINCE" ? actor.scope.provinceId : null,
      rows: outcome.valid.length,
      created: result.created,
      updated: result.updated,
      committedBy: actor.userId,
    });
  });
  report(total, total);
  return result;
}

async function writeChunk(
  tx: Db,
  actor: Actor,
  meta: RequestMeta,
  chunk: ValidRow[],
  facts: Awaited<ReturnType<typeof loadSiteFacts>>,
  today: string,
  batchId: string,
): Promise<SearchRow[]> {
  const audits: (typeof auditLog.$inferInsert)[] = [];
  const auditRow = (
    action: Extract<DataAuditAction, `ESTABLISHMENT_${string}`>,
    entityId: string,
    beforeSnapshot: unknown,
    after: unknown,
  ): typeof auditLog.$inferInsert => ({
    category: "DATA",
    outcome: "SUCCESS",
    action,
    entity: "establishment",
    entityId,
    before: beforeSnapshot,
    after,
    requestId: meta.requestId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    actorUserId: actor.userId,
    actorEmail: actor.email,
    actorRole: actor.role,
    actorScope: actor.scope,
  });
  const existingIds = chunk.map((v) => v.existingId).filter((id): id is string => !!id);
  const before = existingIds.length
    ? await tx.select().from(establishment).where(inArray(establishment.id, existingIds)).for("update")
    : [];
  const beforeById = new Map(before.map((row) => [row.id, row]));
  type Written<R> = { valid: ValidRow; row: R & { id: string }; eligibility: unknown };
  const searchRows: SearchRow[] = [];
  const fresh: Written<ReturnType<typeof columnsFor> & typeof establishment.$inferInsert>[] = [];
  const updated: Written<Partial<typeof establishment.$inferInsert>>[] = [];
  for (const valid of chunk) {
    const evaluation = evaluateWithFacts(eligibilityInputFor(valid.input), facts, today);
    const searchText = establishmentSearchText([
      valid.input.name,
      valid.input.taxCode,
      valid.input.businessRegNo,
      valid.input.ownerName,
      valid.input.mainProducts,
      valid.input.addressText,
      valid.communeName,
      valid.provinceName,
    ]);
    const values = {
      provinceId: valid.provinceId,
      communeId: valid.input.communeId,
      ...columnsFor(valid.input),
      searchText,
      eligibilityVerdict: evaluation.verdict,
      eligibilityEvaluatedOn: today,
      importBatchId: batchId,
    };
    const previous = valid.existingId ? beforeById.get(valid.existingId) : undefined;
    searchRows.push({ sortKey: values.sortKey, searchText: values.searchText });
    if (!previous) {
      const row = { id: crypto.randomUUID(), ...values, createdBy: actor.userId };
      fresh.push({ valid, row, eligibility: storedEvaluation(evaluation) });
      audits.push(
        auditRow("ESTABLISHMENT_IMPORTED", row.id, null, {
          ...establishmentSnapshot({ ...row, status: "ACTIVE", version: 1 }, valid.input),
          importBatchId: batchId,
          sourceRow: valid.row,
        }),
      );
      continue;
    }
    // A matched tax code updates the record in place (it stays archived if it was).
    const { importBatchId: _batch, ...changed } = values;
    updated.push({ valid, row: { id: previous.id, ...changed }, eligibility: storedEvaluation(evaluation) });
    audits.push(
      auditRow("ESTABLISHMENT_IMPORT_UPDATED", previous.id, establishmentSnapshot(previous), {
        ...establishmentSnapshot({ ...previous, ...changed, version: previous.version + 1 }, valid.input),
        importBatchId: batchId,
        sourceRow: valid.row,
      }),
    );
  }
  // Set-based writes, one statement per table for the whole chunk, whatever its size; other requests get a turn
  // between statements (yieldToEventLoop), as PGlite runs each one in this thread.
  await bulkInsert(
    tx,
    establishment,
    fresh.map((f) => f.row),
  );
  await yieldToEventLoop();
  await bulkUpdate(
    tx,
    establishment,
    establishment.id,
    updated.map((u) => u.row),
    [sql`"version" = ${establishment.version} + 1`, sql`"updated_at" = now()`],
  );
  const replaced = updated.map((u) => u.row.id);
  if (replaced.length > 0) {
    await tx.delete(establishmentSite).where(inArray(establishmentSite.establishmentId, replaced));
    await tx.delete(establishmentYearData).where(inArray(establishmentYearData.establishmentId, replaced));
    await tx
      .delete(establishmentEligibility)
      .where(inArray(establishmentEligibility.establishmentId, replaced));
  }
  const written = [...fresh, ...updated];
  await yieldToEventLoop();
  await bulkInsert(
    tx,
    establishmentSite,
    written.flatMap(({ valid, row }) =>
      valid.input.sites.map((site, position) => ({
        establishmentId: row.id,
        position,
        communeId: site.communeId,
        addressText: site.addressText,
      })),
    ),
  );
  await yieldToEventLoop();
  await bulkInsert(
    tx,
    establishmentYearData,
    written.flatMap(({ valid, row }) => yearRows(row.id, valid.input)),
  );
  await yieldToEventLoop();
  await bulkInsert(
    tx,
    establishmentEligibility,
    written.map(({ row, eligibility }) => ({ establishmentId: row.id, document: eligibility })),
  );
  await yieldToEventLoop();
  await bulkInsert(tx, auditLog, audits);
  return searchRows;
}
