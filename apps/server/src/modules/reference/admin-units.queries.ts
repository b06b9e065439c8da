import { foldForSearch } from "@kc/domain";
import {
  aliasedTable,
  and,
  asc,
  count,
  eq,
  gte,
  ilike,
  inArray,
  isNull,
  lte,
  or,
  type SQL,
} from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adminUnit,
  adminUnitSuccession,
  legalDocument,
  region,
  regionMembership,
} from "../../db/schema/index";

export type AdminUnitFilters = {
  level: "TINH" | "XA";
  asOf: string;
  q?: string | undefined;
  parentId?: string | undefined;
  page: number;
  pageSize: number;
};

export const inForceOn = (date: string) =>
  and(lte(adminUnit.validFrom, date), or(isNull(adminUnit.validTo), gte(adminUnit.validTo, date)));

type UnitRow = typeof adminUnit.$inferSelect;
export type LinkedUnit = {
  id: string;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
};
export type AdminUnitDetail = UnitRow & {
  regionCode: string | null;
  regionLabel: string | null;
  predecessors: LinkedUnit[];
  successors: LinkedUnit[];
};

/** Units of one level in force on `asOf`, with their region and succession links, in three queries (no N+1). */
export async function listAdminUnits(db: Db, filters: AdminUnitFilters) {
  const conditions: (SQL | undefined)[] = [eq(adminUnit.level, filters.level), inForceOn(filters.asOf)];
  if (filters.q) conditions.push(ilike(adminUnit.searchText, `%${foldForSearch(filters.q)}%`));
  if (filters.parentId) conditions.push(eq(adminUnit.parentId, filters.parentId));
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(adminUnit)
    .where(where)
    .orderBy(asc(adminUnit.code), asc(adminUnit.sortKey))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await db.select({ total: count() }).from(adminUnit).where(where);
  return { items: await withLinks(db, rows, filters.asOf), total: totalRow?.total ?? 0 };
}

export async function getAdminUnit(db: Db, id: string, asOf: string) {
  const [row] = await db.select().from(adminUnit).where(eq(adminUnit.id, id));
  if (!row) return undefined;
  const [detail] = await withLinks(db, [row], asOf);
  const legalBasis = row.legalBasisId
    ? ((
        await db
          .select({ number: legalDocument.number, title: legalDocument.title })
          .from(legalDocument)
          .where(eq(legalDocument.id, row.legalBasisId))
      )[0] ?? null)
    : null;
  return detail ? { ...detail, legalBasis } : undefined;
}

async function withLinks(db: Db, rows: UnitRow[], asOf: string): Promise<AdminUnitDetail[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const other = aliasedTable(adminUnit, "other");
  const [predecessorLinks, successorLinks, regions] = await Promise.all([
    db
      .select({
        of: adminUnitSuccession.successorId,
        id: other.id,
        code: other.code,
        name: other.name,
        validFrom: other.validFrom,
        validTo: other.validTo,
      })
      .from(adminUnitSuccession)
      .innerJoin(other, eq(other.id, adminUnitSuccession.predecessorId))
      .where(and(inArray(adminUnitSuccession.successorId, ids))),
    db
      .select({
        of: adminUnitSuccession.predecessorId,
        id: other.id,
        code: other.code,
        name: other.name,
        validFrom: other.validFrom,
        validTo: other.validTo,
      })
      .from(adminUnitSuccession)
      .innerJoin(other, eq(other.id, adminUnitSuccession.successorId))
      .where(inArray(adminUnitSuccession.predecessorId, ids)),
    db
      .select({
        provinceId: regionMembership.provinceId,
        code: region.code,
        label: region.labelVi,
        validFrom: regionMembership.validFrom,
        validTo: regionMembership.validTo,
      })
      .from(regionMembership)
      .innerJoin(region, eq(region.code, regionMembership.regionCode))
      .where(inArray(regionMembership.provinceId, ids)),
  ]);
  return rows.map((row) => {
    // A unit's region: the membership in force on asOf, else the one of its own lifetime (for old units).
    const memberships = regions.filter((m) => m.provinceId === row.id);
    const region =
      memberships.find((m) => m.validFrom <= asOf && (m.validTo === null || m.validTo >= asOf)) ??
      memberships.at(-1);
    const strip = ({ of: _of, ...unit }: LinkedUnit & { of: string }) => unit;
    return {
      ...row,
      regionCode: region?.code ?? null,
      regionLabel: region?.label ?? null,
      predecessors: predecessorLinks.filter((l) => l.of === row.id && l.id !== row.id).map(strip),
      successors: successorLinks.filter((l) => l.of === row.id && l.id !== row.id).map(strip),
    };
  });
}
