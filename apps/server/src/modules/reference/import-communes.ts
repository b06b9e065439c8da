import {
  type AdminUnitKind,
  foldForSearch,
  isIsoDate,
  parseVietnameseDate,
  vietnameseSortKey,
} from "@kc/domain";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, auditLog } from "../../db/schema/index";
import { transactionAlone } from "../../db/transaction-alone";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { DAMAGED_TEXT, isDamagedText } from "../../platform/office/damaged-text";
import type { Table } from "../../platform/office/table-reader";

export const communeColumns = ["Mã tỉnh", "Tên tỉnh", "Mã xã", "Tên xã", "Loại", "Hiệu lực từ"] as const;
const kindByLabel: Record<string, AdminUnitKind> = {
  xa: "XA",
  phuong: "PHUONG",
  "dac khu": "DAC_KHU",
  "thi tran": "THI_TRAN",
};

export type ImportProblem = { row: number; column: string; path: string; code: string; message: string };
export type CommuneImportResult = {
  dryRun: boolean;
  totalRows: number;
  validRows: number;
  created: number;
  updated: number;
  unchanged: number;
  errors: ImportProblem[];
};

type ParsedCommune = {
  row: number;
  id: string;
  code: string;
  name: string;
  kind: AdminUnitKind;
  parentId: string;
  validFrom: string;
};

/**
 * Imports the official commune list (one row per commune: province code, commune code, name, kind, valid from).
 * A dry run reports every problem by row and column and writes nothing; a real run writes everything or nothing,
 * unless the caller explicitly asks to import only the valid rows. Existing communes (same code and start date)
 * are updated in place, so running the same file twice changes nothing the second time.
 */
export async function importCommunes(options: {
  db: Db;
  /** null for the system itself (the demo seed). */
  actor: Actor | null;
  meta: RequestMeta;
  table: Table;
  dryRun: boolean;
  validOnly: boolean;
}): Promise<CommuneImportResult> {
  const { db, actor, meta, table, dryRun, validOnly } = options;
  const columnIndex = mapHeader(table.header);
  const { parsed, errors } = await validateRows(db, table, columnIndex);
  const result: CommuneImportResult = {
    dryRun,
    totalRows: table.rows.length,
    validRows: parsed.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
  };
  if (dryRun) return result;
  if (errors.length > 0 && !validOnly) {
    throw Object.assign(
      new AppError("IMPORT_HAS_ERRORS", { detail: `Tệp có ${errors.length} lỗi; chưa ghi dòng nào.` }),
      { result },
    );
  }
  await transactionAlone(db, "nhập danh mục xã, phường", async (tx) => {
    const existing = parsed.length
      ? await tx
          .select()
          .from(adminUnit)
          .where(
            inArray(
              adminUnit.id,
              parsed.map((p) => p.id),
            ),
          )
          .for("update")
      : [];
    const byId = new Map(existing.map((row) => [row.id, row]));
    const audits: (typeof auditLog.$inferInsert)[] = [];
    for (const commune of parsed) {
      const values = {
        code: commune.code,
        name: commune.name,
        kind: commune.kind,
        parentId: commune.parentId,
        searchText: foldForSearch(`${commune.name} ${commune.code}`),
        sortKey: vietnameseSortKey(commune.name),
      };
      const before = byId.get(commune.id);
      if (!before) {
        await tx
          .insert(adminUnit)
          .values({ id: commune.id, level: "XA", validFrom: commune.validFrom, source: "IMPORT", ...values });
        result.created++;
      } else if (
        before.name !== values.name ||
        before.kind !== values.kind ||
        before.parentId !== values.parentId
      ) {
        await tx
          .update(adminUnit)
          .set({ ...values, version: before.version + 1, updatedAt: new Date() })
          .where(and(eq(adminUnit.id, commune.id), eq(adminUnit.version, before.version)));
        result.updated++;
      } else {
        result.unchanged++;
        continue;
      }
      audits.push({
        category: "DATA",
        outcome: "SUCCESS",
        action: before ? "COMMUNE_UPDATED" : "COMMUNE_CREATED",
        entity: "admin_unit",
        entityId: commune.id,
        before: before ? { name: before.name, kind: before.kind, parentId: before.parentId } : null,
        after: {
          code: commune.code,
          name: commune.name,
          kind: commune.kind,
          parentId: commune.parentId,
          validFrom: commune.validFrom,
        },
        actorUserId: actor?.userId ?? null,
        actorEmail: actor?.email ?? null,
        actorRole: actor?.role ?? null,
        actorScope: actor?.scope ?? null,
        requestId: meta.requestId,
        ip: meta.ip,
        userAgent: meta.userAgent,
      });
    }
    for (let i = 0; i < audits.length; i += 500) await tx.insert(auditLog).values(audits.slice(i, i + 500));
  });
  return result;
}

function mapHeader(header: string[]): Record<(typeof communeColumns)[number], number> {
  const folded = header.map((h) => foldForSearch(h));
  const missing: string[] = [];
  const index = {} as Record<(typeof communeColumns)[number], number>;
  for (const column of communeColumns) {
    const at = folded.indexOf(foldForSearch(column));
    if (at < 0 && column !== "Tên tỉnh") missing.push(column);
    index[column] = at;
  }
  if (missing.length > 0) {
    const detail = `Thiếu cột: ${missing.join(", ")}. Dòng tiêu đề phải có: ${communeColumns.join(", ")}`;
    throw new AppError("IMPORT_FILE_INVALID", {
      detail,
      errors: missing.map((m) => ({ path: `file.header.${m}`, message: "Thiếu cột" })),
    });
  }
  return index;
}

async function validateRows(
  db: Db,
  table: Table,
  columnIndex: Record<(typeof communeColumns)[number], number>,
) {
  const errors: ImportProblem[] = [];
  const parsed: ParsedCommune[] = [];
  const provinces = await db.select().from(adminUnit).where(eq(adminUnit.level, "TINH"));
  const seen = new Map<string, number>();
  for (const { rowNumber, cells } of table.rows) {
    const get = (column: (typeof communeColumns)[number]) =>
      columnIndex[column] >= 0 ? (cells[columnIndex[column]] ?? "") : "";
    const problem = (column: string, code: string, message: string) =>
      errors.push({ row: rowNumber, column, path: `rows.${rowNumber}.${column}`, code, message });
    const before = errors.length;
    for (const column of communeColumns)
      if (isDamagedText(get(column))) problem(column, DAMAGED_TEXT.code, DAMAGED_TEXT.message);
    const provinceCode = get("Mã tỉnh").padStart(2, "0");
    const code = get("Mã xã").padStart(5, "0");
    const name = get("Tên xã");
    const kind = kindByLabel[foldForSearch(get("Loại"))];
    const rawDate = get("Hiệu lực từ");
    const validFrom = isIsoDate(rawDate) ? rawDate : parseVietnameseDate(rawDate);
    if (!/^\d{2}$/.test(provinceCode)) problem("Mã tỉnh", "REQUIRED", "Thiếu hoặc sai mã tỉnh (2 chữ số)");
    if (!/^\d{5}$/.test(code)) problem("Mã xã", "INVALID_CODE", "Mã xã phải gồm 5 chữ số");
    if (!name) problem("Tên xã", "REQUIRED", "Thiếu tên xã");
    else if (name.length > 120) problem("Tên xã", "TOO_LONG", "Tên xã dài quá 120 ký tự");
    if (!kind) problem("Loại", "UNKNOWN_KIND", "Loại phải là Xã, Phường, Đặc khu hoặc Thị trấn");
    if (!validFrom) problem("Hiệu lực từ", "INVALID_DATE", "Ngày không hợp lệ (dạng dd/mm/yyyy)");
    const province =
      validFrom && /^\d{2}$/.test(provinceCode)
        ? provinces.find(
            (p) =>
              p.code === provinceCode &&
              p.validFrom <= validFrom &&
              (p.validTo === null || p.validTo >= validFrom),
          )
        : undefined;
    if (validFrom && /^\d{2}$/.test(provinceCode) && !province) {
      problem("Mã tỉnh", "UNKNOWN_PROVINCE", `Không có tỉnh mã ${provinceCode} có hiệu lực ngày ${rawDate}`);
    }
    const provinceName = get("Tên tỉnh");
    if (province && provinceName && foldForSearch(provinceName) !== foldForSearch(province.name)) {
      problem(
        "Tên tỉnh",
        "PROVINCE_NAME_MISMATCH",
        `Tên tỉnh không khớp mã ${provinceCode} (${province.name})`,
      );
    }
    const key = `${code}@${validFrom}`;
    if (/^\d{5}$/.test(code) && seen.has(key))
      problem("Mã xã", "DUPLICATE_IN_FILE", `Mã xã trùng với dòng ${seen.get(key)}`);
    seen.set(key, rowNumber);
    if (errors.length === before && province && kind && validFrom) {
      parsed.push({
        row: rowNumber,
        id: `XA-${code}-${validFrom}`,
        code,
        name,
        kind,
        parentId: province.id,
        validFrom,
      });
    }
  }
  return { parsed, errors };
}
