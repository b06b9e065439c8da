import { foldForSearch, ladderRungFor, todayInVietnam } from "@kc/domain";
import { and, eq, gte, inArray, like } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, establishment, selectionCertificate } from "../../../db/schema/index";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import type { Table } from "../../../platform/office/table-reader";
import { establishmentScope } from "../../establishments/establishments.queries";
import {
  type ImportProblem,
  mapColumns,
  type ParsedRow,
  parseRows,
  rowEntryInput,
} from "./entry-import-rows";
import { assertRoundTakesEntries, insertEntry, lockedRound } from "./register-entry";

export const ENTRY_IMPORT_LIMITS = { maxBytes: 5_000_000, maxRows: 2_000, maxColumns: 30 };

export type EntryImportResult = {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  errors: ImportProblem[];
};

/** Thrown to roll a dry run (or a file with errors) back after every row was judged as it would be written. */
class RollBack extends Error {}

/**
 * Imports a short list into a round, all or nothing. Every row is judged exactly as a registration is (place,
 * S2, duplicates, in the file too), inside one transaction that is rolled back on a dry run or on any error, so
 * the dry run's answer is the import's. An establishment is found by its tax code, else by its name folded
 * (no diacritics, any case) together with its commune's name appearing in the address; none or several is an
 * error of the row, never a guess.
 */
export async function importEntries(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  roundId: string;
  table: Table;
  dryRun: boolean;
}): Promise<EntryImportResult> {
  const { db, actor, meta, roundId, table, dryRun } = options;
  const round = await lockedRound(db, actor, roundId, meta);
  const { index, missing } = mapColumns(table.header);
  if (missing.length > 0)
    throw new AppError("IMPORT_FILE_INVALID", {
      detail: `Tệp thiếu cột: ${missing.join(", ")} (xem tệp mẫu)`,
    });
  if (table.rows.length > ENTRY_IMPORT_LIMITS.maxRows)
    throw new AppError("IMPORT_FILE_INVALID", {
      detail: `Tối đa ${ENTRY_IMPORT_LIMITS.maxRows} dòng mỗi lần nhập`,
    });
  const { rows, problems } = parseRows(table, index);
  let created = 0;
  try {
    await db.transaction(async (tx) => {
      await round.lock(tx);
      assertRoundTakesEntries(round.current);
      const rung = ladderRungFor(round.current.level, todayInVietnam());
      for (const row of rows) {
        if (problems.some((p) => p.row === row.rowNumber)) continue;
        const match = await matchEstablishment(tx, actor, row);
        if ("problem" in match) {
          problems.push({ row: row.rowNumber, column: "Cơ sở", message: match.problem });
          continue;
        }
        const found = match.id;
        const certificateId = rung?.lowerLevel
          ? await lowerCertificateOf(tx, found, rung.lowerLevel, row)
          : null;
        const { input, problems: fieldProblems } = rowEntryInput(row, found, certificateId);
        if (!input) {
          problems.push(...fieldProblems);
          continue;
        }
        try {
          await insertEntry(tx, actor, meta, round.current, input, "SELECTION_ENTRIES_IMPORTED");
          created += 1;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          problems.push({
            row: row.rowNumber,
            column: columnOf(error),
            message: error.detail ?? error.message,
          });
        }
      }
      if (dryRun || problems.length > 0) throw new RollBack();
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
  }
  const invalidRows = new Set(problems.map((p) => p.row)).size;
  return {
    dryRun,
    totalRows: rows.length,
    validRows: rows.length - invalidRows,
    created: dryRun || problems.length > 0 ? 0 : created,
    errors: problems.sort((a, b) => a.row - b.row),
  };
}

function columnOf(error: AppError): string {
  const path = error.errors?.[0]?.path ?? "";
  if (path.includes("establishment")) return "Cơ sở";
  if (path.includes("lowerCertificate")) return "Giấy chứng nhận cấp dưới";
  return "Tên sản phẩm";
}

/** The establishment's id, or why the row names none (or several) in the caller's registry. */
async function matchEstablishment(
  tx: Db,
  actor: Actor,
  row: ParsedRow,
): Promise<{ id: string } | { problem: string }> {
  if (row.taxCode) {
    const [byTax] = await tx
      .select({ id: establishment.id })
      .from(establishment)
      .where(and(eq(establishment.taxCode, row.taxCode), establishmentScope(actor)));
    if (byTax) return { id: byTax.id };
  }
  const name = foldForSearch(row.establishmentName);
  if (!name) return { problem: "Thiếu tên cơ sở" };
  const candidates = (
    await tx
      .select({ id: establishment.id, name: establishment.name, commune: adminUnit.name })
      .from(establishment)
      .innerJoin(adminUnit, eq(adminUnit.id, establishment.communeId))
      .where(and(like(establishment.searchText, `%${name}%`), establishmentScope(actor)))
      .limit(50)
  ).filter((c) => foldForSearch(c.name) === name);
  const address = foldForSearch(row.address);
  const inCommune = candidates.filter((c) =>
    address.includes(foldForSearch(c.commune).replace(/^(xa|phuong|thi tran|dac khu) /u, "")),
  );
  const [only] = candidates.length === 1 ? candidates : inCommune;
  if (only && (candidates.length === 1 || inCommune.length === 1)) return { id: only.id };
  if (candidates.length === 0)
    return {
      problem: `Không tìm thấy cơ sở "${row.establishmentName}"${row.taxCode ? ` (mã số thuế ${row.taxCode})` : ""} trong sổ đăng ký`,
    };
  return {
    problem: `Có ${candidates.length} cơ sở tên "${row.establishmentName}"; ghi mã số thuế hoặc địa chỉ có tên xã, phường để phân biệt`,
  };
}

/** The establishment's valid certificate of the lower level, the one for this product when several. */
async function lowerCertificateOf(tx: Db, establishmentId: string, level: string, row: ParsedRow) {
  const rows = await tx
    .select({ id: selectionCertificate.id, productName: selectionCertificate.productName })
    .from(selectionCertificate)
    .where(
      and(
        eq(selectionCertificate.establishmentId, establishmentId),
        inArray(selectionCertificate.level, [level as "TINH"]),
        eq(selectionCertificate.status, "VALID"),
        gte(selectionCertificate.validUntil, todayInVietnam()),
      ),
    );
  const product = foldForSearch(row.productName);
  return (rows.find((c) => foldForSearch(c.productName) === product) ?? rows[0])?.id ?? null;
}
