import {
  fairAcceptsParticipations,
  mapParticipantHeader,
  type ParsedParticipantRow,
  type ParticipantRowProblem,
  parseParticipantRow,
} from "@kc/domain";
import { eq } from "drizzle-orm";
import { bulkInsert } from "../../../db/bulk-insert";
import type { Db } from "../../../db/client";
import { auditLog, establishment, fairParticipation } from "../../../db/schema/index";
import { transactionAlone } from "../../../db/transaction-alone";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { yieldToEventLoop } from "../../../platform/event-loop";
import type { Table } from "../../../platform/office/table-reader";
import { supportNormSets } from "../../support-norms/support-norms.queries";
import { evaluateImportRows, type ReadyRow } from "./evaluate-import-rows";
import { recountFair } from "./fair-counters";
import { type Candidate, matchEstablishments, projectsByCode } from "./match-participants";
import { priorOverseas } from "./participation-rules";
import { findFairInScope } from "./participations.queries";

export type AmbiguousRow = { row: number; name: string; candidates: Candidate[] };

export type ParticipantImportResult = {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  errors: ParticipantRowProblem[];
  warnings: ParticipantRowProblem[];
  /** Rows naming several establishments: the officer picks one per row and sends the file again. */
  ambiguous: AmbiguousRow[];
};

const CHUNK = 1000;

/**
 * Imports a host's confirmed booth-holder list into one fair (issue 15 item 2). Every row is parsed, matched to
 * the registry and checked under the same rules as a hand-entered participation; a dry run reports all of it and
 * writes nothing. A real run writes every row in ONE transaction under the fair's lock, with its audit rows and
 * the fair's counters: nothing is written while any row has an error or an unanswered pick, unless `validOnly`
 * asks for the valid rows alone.
 */
export async function importParticipants(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  fairId: string;
  table: Table;
  file: { name: string; sha256: string };
  dryRun: boolean;
  validOnly: boolean;
  picks: ReadonlyMap<number, string>;
  report: (done: number, total: number) => void;
}): Promise<ParticipantImportResult> {
  const { db, actor, meta, fairId, table, dryRun, validOnly, picks, report } = options;
  const fairRow = await findFairInScope(db, actor, fairId);
  if (!fairRow) throw new AppError("NOT_FOUND");
  const { columns, missing } = mapParticipantHeader(table.header);
  if (missing.length > 0) {
    const detail = `Tệp thiếu cột: ${missing.join(", ")}; hãy dùng tệp mẫu`;
    throw new AppError("IMPORT_FILE_INVALID", { detail, errors: [{ path: "file", message: detail }] });
  }
  const total = table.rows.length;
  const errors: ParticipantRowProblem[] = [];
  const parsed: ParsedParticipantRow[] = [];
  for (const { rowNumber, cells } of table.rows) {
    const result = parseParticipantRow(rowNumber, cells, columns);
    if (result.ok) parsed.push(result.value);
    else errors.push(...result.problems);
  }
  report(Math.floor(total / 4), total);

  const matches = await matchEstablishments(db, actor, parsed, picks);
  const projects = await projectsByCode(
    db,
    actor,
    parsed.flatMap((r) => (r.projectCode ? [r.projectCode] : [])),
  );
  const ambiguous: AmbiguousRow[] = [];
  const matched: Parameters<typeof evaluateImportRows>[0]["rows"][number][] = [];
  const seen = new Map<string, number>();
  for (const row of parsed) {
    const match = matches.get(row.row);
    if (!match || match.kind === "UNKNOWN") {
      errors.push({
        row: row.row,
        column: "Tên cơ sở",
        code: "UNKNOWN_VALUE",
        message: match?.messageVi ?? "",
      });
      continue;
    }
    if (match.kind === "AMBIGUOUS") {
      ambiguous.push({ row: row.row, name: row.name, candidates: match.candidates });
      continue;
    }
    const earlier = seen.get(match.establishment.id);
    if (earlier !== undefined) {
      errors.push({
        row: row.row,
        column: "Tên cơ sở",
        code: "DUPLICATE",
        message: `Cơ sở «${match.establishment.name}» đã có ở dòng ${earlier}`,
      });
      continue;
    }
    seen.set(match.establishment.id, row.row);
    const payer = row.projectCode ? projects.get(row.projectCode) : undefined;
    if (row.projectCode && !payer) {
      errors.push({
        row: row.row,
        column: "Mã đề án chi trả",
        code: "UNKNOWN_VALUE",
        message: `Không tìm thấy đề án ${row.projectCode} trong phạm vi dữ liệu của bạn`,
      });
      continue;
    }
    matched.push({
      parsed: row,
      establishment: match.establishment,
      payer: payer ?? null,
      payerId: payer?.id ?? null,
    });
  }
  report(Math.floor(total / 2), total);

  const evaluate = async (tx: Db) =>
    evaluateImportRows({
      fairRow,
      rows: matched,
      normSets: await supportNormSets(tx),
      existing: await fairClaims(tx, fairId),
      overseas:
        fairRow.level === "ABROAD"
          ? (await Promise.all([...seen.keys()].map((id) => priorOverseas(tx, id, fairRow.year)))).flat()
          : [],
      actorUserId: actor.userId,
    });
  const first = await evaluate(db);
  errors.push(...first.errors);
  errors.sort((a, b) => a.row - b.row);
  const result: ParticipantImportResult = {
    dryRun,
    totalRows: total,
    validRows: first.ready.length,
    created: first.ready.length,
    errors,
    warnings: first.warnings,
    ambiguous,
  };
  if (dryRun) return result;
  if ((errors.length > 0 || ambiguous.length > 0) && !validOnly) {
    throw Object.assign(
      new AppError("IMPORT_HAS_ERRORS", {
        detail: `Danh sách có ${errors.length} lỗi và ${ambiguous.length} dòng cần chọn cơ sở; chưa ghi dòng nào.`,
      }),
      { result },
    );
  }
  await transactionAlone(db, "nhập danh sách gian hàng", async (tx) => {
    const locked = await findFairInScope(tx, actor, fairId, { lock: true });
    if (!locked) throw new AppError("NOT_FOUND");
    if (!fairAcceptsParticipations(locked.status)) throw new AppError("FAIR_NOT_ACCEPTING_PARTICIPATIONS");
    // Under the lock the fair's rows cannot move; a write that came in since the first look fails the import whole.
    const again = await evaluate(tx);
    if (again.errors.length > first.errors.length) {
      throw new AppError("IMPORT_HAS_ERRORS", {
        detail: "Danh sách gian hàng của hội chợ vừa thay đổi; hãy chạy thử lại.",
      });
    }
    await writeRows(tx, actor, meta, again.ready, report, total);
    await recountFair(tx, fairId);
    await tx.insert(auditLog).values(
      auditRow(actor, meta, {
        action: "FAIR_PARTICIPATIONS_IMPORTED",
        entity: "fair",
        entityId: fairId,
        after: { fileName: options.file.name, fileSha256: options.file.sha256, rows: again.ready.length },
      }),
    );
  });
  report(total, total);
  return result;
}

async function fairClaims(tx: Db, fairId: string) {
  return tx
    .select({
      participationId: fairParticipation.id,
      fairId: fairParticipation.fairId,
      establishmentId: fairParticipation.establishmentId,
      establishmentName: establishment.name,
      sharedBoothKey: fairParticipation.sharedBoothKey,
      sharedBoothShareBps: fairParticipation.sharedBoothShareBps,
    })
    .from(fairParticipation)
    .innerJoin(establishment, eq(establishment.id, fairParticipation.establishmentId))
    .where(eq(fairParticipation.fairId, fairId));
}

async function writeRows(
  tx: Db,
  actor: Actor,
  meta: RequestMeta,
  ready: readonly ReadyRow[],
  report: (done: number, total: number) => void,
  total: number,
) {
  for (let start = 0; start < ready.length; start += CHUNK) {
    const chunk = ready.slice(start, start + CHUNK);
    await bulkInsert(
      tx,
      fairParticipation,
      chunk.map((r) => r.values),
    );
    await yieldToEventLoop();
    await bulkInsert(
      tx,
      auditLog,
      chunk.map((r) =>
        auditRow(actor, meta, {
          action: "FAIR_PARTICIPATION_CREATED",
          entity: "fair_participation",
          entityId: r.values.id,
          after: { ...stringified(r.values), sourceRow: r.row },
        }),
      ),
    );
    await yieldToEventLoop();
    report(Math.floor(total / 2 + ((start + chunk.length) / Math.max(1, ready.length)) * (total / 2)), total);
  }
}

/** Audit rows written in bulk carry what `writeAudit` would (bigints as strings). */
function stringified(values: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(values).map(([k, v]) => [k, typeof v === "bigint" ? v.toString() : v]),
  );
}

function auditRow(
  actor: Actor,
  meta: RequestMeta,
  entry: Pick<typeof auditLog.$inferInsert, "action" | "entity" | "entityId" | "after">,
): typeof auditLog.$inferInsert {
  return {
    category: "DATA",
    outcome: "SUCCESS",
    ...entry,
    before: null,
    requestId: meta.requestId,
    ip: meta.ip,
    userAgent: meta.userAgent,
    actorUserId: actor.userId,
    actorEmail: actor.email,
    actorRole: actor.role,
    actorScope: actor.scope,
  };
}
