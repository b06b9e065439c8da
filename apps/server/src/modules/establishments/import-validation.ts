import {
  type EstablishmentCreate,
  foldForSearch,
  type ImportCells,
  type ImportColumnKey,
  type ImportedEstablishment,
  importColumns,
  parseImportRow,
} from "@kc/domain";
import { and, eq, gte, inArray, isNull, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, establishment } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { yieldToEventLoop } from "../../platform/event-loop";
import { DAMAGED_TEXT, isDamagedText } from "../../platform/office/damaged-text";
import type { Table } from "../../platform/office/table-reader";

export type ImportProblem = {
  row: number;
  column: string;
  code: string;
  message: string;
  before?: string;
  after?: string;
};
export type ValidRow = {
  row: number;
  input: EstablishmentCreate;
  provinceId: string;
  communeName: string;
  provinceName: string;
  /** Set when the tax code matches a record of the actor's scope: the row updates it. */
  existingId: string | null;
};
export type ValidationOutcome = {
  valid: ValidRow[];
  errors: ImportProblem[];
  warnings: ImportProblem[];
  totalRows: number;
};

/** Header cells → column keys, by folded header text, so "MÃ SỐ THUẾ" and "Mã số thuế" both match. */
export function mapHeader(header: string[]): Map<ImportColumnKey, number> {
  const byFolded = new Map(
    importColumns.map((column) => [foldForSearch(column.headerVi), column.key as ImportColumnKey]),
  );
  const index = new Map<ImportColumnKey, number>();
  header.forEach((cell, at) => {
    const key = byFolded.get(foldForSearch(cell));
    if (key && !index.has(key)) index.set(key, at);
  });
  const missing = importColumns
    .filter((column) => column.required && !index.has(column.key))
    .map((column) => column.headerVi);
  if (missing.length > 0) {
    throw new AppError("IMPORT_FILE_INVALID", {
      detail: `Thiếu cột bắt buộc: ${missing.join(", ")}. Hãy dùng tệp mẫu của hệ thống.`,
      errors: missing.map((m) => ({ path: `file.header.${m}`, message: "Thiếu cột" })),
    });
  }
  return index;
}

/**
 * Every check of an import, without writing: text damaged before upload (U+FFFD), cell formats (packages/domain),
 * communes in force and in the actor's scope, tax codes unique in the file, and tax codes already registered
 * (update when in scope, error when another province holds them). Reports every problem by row and column.
 */
export async function validateImport(
  db: Db,
  actor: Actor,
  table: Table,
  today: string,
  report: (done: number) => void,
): Promise<ValidationOutcome> {
  const columns = mapHeader(table.header);
  const headerOf = new Map<string, string>(importColumns.map((column) => [column.key, column.headerVi]));
  const errors: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const parsed: { row: number; value: ImportedEstablishment }[] = [];
  for (const [index, { rowNumber, cells }] of table.rows.entries()) {
    if (index % 1000 === 0) {
      report(index);
      await yieldToEventLoop();
    }
    const rowCells: ImportCells = {};
    let damaged = false;
    for (const [key, at] of columns) {
      rowCells[key] = cells[at] ?? "";
      if (isDamagedText(rowCells[key])) {
        damaged = true;
        errors.push({ row: rowNumber, column: headerOf.get(key) ?? key, ...DAMAGED_TEXT });
      }
    }
    const result = parseImportRow(rowCells);
    for (const e of result.errors)
      errors.push({ row: rowNumber, column: e.column, code: e.code, message: e.messageVi });
    for (const w of result.warnings)
      warnings.push({ row: rowNumber, column: w.column, code: w.code, message: w.messageVi });
    if (result.value && result.errors.length === 0 && !damaged)
      parsed.push({ row: rowNumber, value: result.value });
  }

  for (const conversion of table.conversions) {
    warnings.push({
      row: conversion.row,
      column: table.header[conversion.column] ?? `Cột ${conversion.column + 1}`,
      code: "LEGACY_ENCODING_CONVERTED",
      message: `Đã chuyển chữ mã ${conversion.encoding} (theo phông chữ của ô) sang Unicode; hãy kiểm tra lại`,
      before: conversion.before,
      after: conversion.after,
    });
  }
  const communes = await communesByCode(
    db,
    parsed.map((p) => p.value.communeCode),
    today,
  );
  const taxCodes = parsed.map((p) => p.value.taxCode).filter((code): code is string => !!code);
  const existing = await registeredTaxCodes(db, [...new Set(taxCodes)]);
  const existingByTax = new Map(existing.map((e) => [e.taxCode, e]));
  const firstRowOfTax = new Map<string, number>();
  const valid: ValidRow[] = [];
  for (const { row, value } of parsed) {
    const problem = (column: string, code: string, message: string) =>
      errors.push({ row, column, code, message });
    const commune = communes.get(`${value.provinceCode}-${value.communeCode}`);
    if (!commune) {
      problem(
        "Mã xã",
        "UNKNOWN_COMMUNE",
        `Không có xã mã ${value.communeCode} thuộc tỉnh mã ${value.provinceCode} còn hiệu lực`,
      );
      continue;
    }
    if (actor.scope.kind === "PROVINCE" && actor.scope.provinceId !== commune.provinceId) {
      problem("Mã tỉnh", "OUT_OF_SCOPE", `Tỉnh mã ${value.provinceCode} nằm ngoài phạm vi dữ liệu của bạn`);
      continue;
    }
    let existingId: string | null = null;
    if (value.taxCode) {
      const first = firstRowOfTax.get(value.taxCode);
      if (first !== undefined) {
        problem("Mã số thuế", "DUPLICATE_IN_FILE", `Mã số thuế trùng với dòng ${first}`);
        continue;
      }
      firstRowOfTax.set(value.taxCode, row);
      const holder = existingByTax.get(value.taxCode);
      if (holder && holder.provinceId !== commune.provinceId) {
        problem(
          "Mã số thuế",
          "TAX_CODE_ELSEWHERE",
          "Mã số thuế đã được đăng ký cho một cơ sở ở địa phương khác",
        );
        continue;
      }
      existingId = holder?.id ?? null;
    }
    const { provinceCode: _p, communeCode: _c, ...rest } = value;
    valid.push({
      row,
      input: { ...rest, communeId: commune.id } as EstablishmentCreate,
      provinceId: commune.provinceId,
      communeName: commune.name,
      provinceName: commune.provinceName,
      existingId,
    });
  }
  errors.sort((a, b) => a.row - b.row);
  return { valid, errors, warnings, totalRows: table.rows.length };
}

/** Communes in force today by (province code, commune code). */
async function communesByCode(db: Db, codes: string[], today: string) {
  const unique = [...new Set(codes)];
  const map = new Map<string, { id: string; name: string; provinceId: string; provinceName: string }>();
  if (unique.length === 0) return map;
  const rows = await db
    .select({ id: adminUnit.id, code: adminUnit.code, name: adminUnit.name, parentId: adminUnit.parentId })
    .from(adminUnit)
    .where(
      and(
        eq(adminUnit.level, "XA"),
        inArray(adminUnit.code, unique),
        or(isNull(adminUnit.validTo), gte(adminUnit.validTo, today)),
      ),
    );
  const provinceIds = [...new Set(rows.map((r) => r.parentId).filter((id): id is string => !!id))];
  const provinces = provinceIds.length
    ? await db
        .select({ id: adminUnit.id, code: adminUnit.code, name: adminUnit.name })
        .from(adminUnit)
        .where(inArray(adminUnit.id, provinceIds))
    : [];
  for (const row of rows) {
    const province = provinces.find((p) => p.id === row.parentId);
    if (province)
      map.set(`${province.code}-${row.code}`, {
        id: row.id,
        name: row.name,
        provinceId: province.id,
        provinceName: province.name,
      });
  }
  return map;
}

const TAX_CODE_BATCH = 2_000;

/**
 * The records that already hold these tax codes, read a batch at a time with a turn for other requests between
 * batches: one statement over 50,000 codes held PGlite's thread (and every request) for seconds.
 */
async function registeredTaxCodes(db: Db, taxCodes: string[]) {
  const found: { id: string; taxCode: string | null; provinceId: string }[] = [];
  for (let start = 0; start < taxCodes.length; start += TAX_CODE_BATCH) {
    found.push(
      ...(await db
        .select({
          id: establishment.id,
          taxCode: establishment.taxCode,
          provinceId: establishment.provinceId,
        })
        .from(establishment)
        .where(inArray(establishment.taxCode, taxCodes.slice(start, start + TAX_CODE_BATCH)))),
    );
    await yieldToEventLoop();
  }
  return found;
}
