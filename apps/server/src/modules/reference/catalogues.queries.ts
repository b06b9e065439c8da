import { foldForSearch } from "@kc/domain";
import { and, asc, count, eq, gte, ilike, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adminUnit,
  catalogueEntry,
  legalDocument,
  organisation,
  organisationName,
  region,
  regionMembership,
} from "../../db/schema/index";

export async function listRegions(db: Db, asOf: string) {
  const regions = await db.select().from(region).orderBy(asc(region.code));
  const members = await db
    .select({
      regionCode: regionMembership.regionCode,
      id: adminUnit.id,
      code: adminUnit.code,
      name: adminUnit.name,
    })
    .from(regionMembership)
    .innerJoin(adminUnit, eq(adminUnit.id, regionMembership.provinceId))
    .where(
      and(
        lte(regionMembership.validFrom, asOf),
        or(isNull(regionMembership.validTo), gte(regionMembership.validTo, asOf)),
      ),
    )
    .orderBy(asc(adminUnit.code));
  const order = ["BAC", "TRUNG_TAY_NGUYEN", "NAM"];
  return regions
    .sort((a, b) => order.indexOf(a.code) - order.indexOf(b.code))
    .map((r) => ({
      code: r.code,
      label: r.labelVi,
      provinces: members.filter((m) => m.regionCode === r.code).map(({ regionCode: _r, ...p }) => p),
    }));
}

export async function listLegalDocuments(
  db: Db,
  filters: { q?: string | undefined; type?: string | undefined; page: number; pageSize: number },
) {
  const conditions: (SQL | undefined)[] = [
    filters.q ? ilike(legalDocument.searchText, `%${foldForSearch(filters.q)}%`) : undefined,
    filters.type ? eq(legalDocument.type, filters.type) : undefined,
  ];
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(legalDocument)
    .where(where)
    .orderBy(asc(legalDocument.signedDate), asc(legalDocument.number))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await db.select({ total: count() }).from(legalDocument).where(where);
  return { rows, total: totalRow?.total ?? 0 };
}

export type OrganisationFilters = {
  asOf: string;
  q?: string | undefined;
  type?: string | undefined;
  provinceId?: string | undefined;
  page: number;
  pageSize: number;
};

/** Organisations existing on `asOf`, each with the name it bore that day and its whole name history. */
export async function listOrganisations(db: Db, filters: OrganisationFilters) {
  const nameAt = and(
    eq(organisationName.organisationId, organisation.id),
    lte(organisationName.validFrom, filters.asOf),
    or(isNull(organisationName.validTo), gte(organisationName.validTo, filters.asOf)),
  );
  const conditions: (SQL | undefined)[] = [
    lte(organisation.validFrom, filters.asOf),
    or(isNull(organisation.validTo), gte(organisation.validTo, filters.asOf)),
    filters.q ? ilike(organisationName.searchText, `%${foldForSearch(filters.q)}%`) : undefined,
    filters.type ? eq(organisation.type, filters.type) : undefined,
    filters.provinceId ? eq(organisation.adminUnitId, filters.provinceId) : undefined,
  ];
  const where = and(...conditions);
  const rows = await db
    .select({
      org: organisation,
      name: organisationName.name,
      shortName: organisationName.shortName,
      provinceName: adminUnit.name,
    })
    .from(organisation)
    .innerJoin(organisationName, nameAt)
    .leftJoin(adminUnit, eq(adminUnit.id, organisation.adminUnitId))
    .where(where)
    .orderBy(asc(organisation.type), asc(adminUnit.code), asc(organisation.id))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await db
    .select({ total: count() })
    .from(organisation)
    .innerJoin(organisationName, nameAt)
    .where(where);
  const ids = rows.map((r) => r.org.id);
  const history = ids.length
    ? await db
        .select()
        .from(organisationName)
        .where(inArray(organisationName.organisationId, ids))
        .orderBy(asc(organisationName.validFrom))
    : [];
  return {
    total: totalRow?.total ?? 0,
    rows: rows.map((r) => ({
      ...r,
      history: history.filter((h) => h.organisationId === r.org.id),
    })),
  };
}

export async function listCatalogue(db: Db, kind: string, asOf: string | undefined) {
  const conditions: (SQL | undefined)[] = [
    eq(catalogueEntry.kind, kind),
    asOf ? lte(catalogueEntry.validFrom, asOf) : undefined,
    asOf ? or(isNull(catalogueEntry.validTo), gte(catalogueEntry.validTo, asOf)) : undefined,
  ];
  return db
    .select({ entry: catalogueEntry, legalNumber: legalDocument.number })
    .from(catalogueEntry)
    .leftJoin(legalDocument, eq(legalDocument.id, catalogueEntry.legalBasisId))
    .where(and(...conditions))
    .orderBy(asc(catalogueEntry.sortOrder));
}
