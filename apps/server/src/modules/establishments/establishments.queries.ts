import { foldForSearch, todayInVietnam } from "@kc/domain";
import {
  aliasedTable,
  and,
  arrayContains,
  asc,
  count,
  desc,
  eq,
  ilike,
  inArray,
  type SQL,
} from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, establishment, establishmentSite, establishmentYearData } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { provinceScopeFilter } from "../../platform/policy";

export type EstablishmentFilters = {
  page: number;
  pageSize: number;
  sort?: "name" | "-name" | "updatedAt" | "-updatedAt" | "taxCode" | undefined;
  q?: string | undefined;
  provinceId?: string | undefined;
  communeId?: string | undefined;
  legalForm?: string | undefined;
  industry?: string | undefined;
  eligibility?: string | undefined;
  hasSupport?: boolean | undefined;
  status?: "ACTIVE" | "ARCHIVED" | undefined;
};

/** Sort keys come from this allow-list only (RELIABILITY.md §1.5): never from the request string. */
const sortColumns = {
  name: [asc(establishment.sortKey), asc(establishment.id)],
  "-name": [desc(establishment.sortKey), desc(establishment.id)],
  updatedAt: [asc(establishment.updatedAt), asc(establishment.id)],
  "-updatedAt": [desc(establishment.updatedAt), desc(establishment.id)],
  taxCode: [asc(establishment.taxCode), asc(establishment.id)],
} as const;

/** The rows an actor may see: the data scope is part of the WHERE clause itself (STYLE.md rule 6). */
export function establishmentScope(actor: Actor): SQL | undefined {
  return provinceScopeFilter(actor, { province: establishment.provinceId }, todayInVietnam());
}

export function listConditions(
  actor: Actor,
  filters: Omit<EstablishmentFilters, "page" | "pageSize" | "sort">,
) {
  return and(
    establishmentScope(actor),
    eq(establishment.status, filters.status ?? "ACTIVE"),
    filters.q ? ilike(establishment.searchText, `%${foldForSearch(filters.q)}%`) : undefined,
    filters.provinceId ? eq(establishment.provinceId, filters.provinceId) : undefined,
    filters.communeId ? eq(establishment.communeId, filters.communeId) : undefined,
    filters.legalForm ? eq(establishment.legalForm, filters.legalForm) : undefined,
    filters.industry ? arrayContains(establishment.industries, [filters.industry]) : undefined,
    filters.eligibility ? eq(establishment.eligibilityVerdict, filters.eligibility) : undefined,
    filters.hasSupport === undefined ? undefined : eq(establishment.hasSupport, filters.hasSupport),
  );
}

const commune = aliasedTable(adminUnit, "commune");
const province = aliasedTable(adminUnit, "province");

export type EstablishmentListRow = Awaited<ReturnType<typeof listEstablishments>>["rows"][number];

export async function listEstablishments(db: Db, actor: Actor, filters: EstablishmentFilters) {
  const where = listConditions(actor, filters);
  const rows = await db
    .select({ e: establishment, communeName: commune.name, provinceName: province.name })
    .from(establishment)
    .innerJoin(commune, eq(commune.id, establishment.communeId))
    .innerJoin(province, eq(province.id, establishment.provinceId))
    .where(where)
    .orderBy(...sortColumns[filters.sort ?? "name"])
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [total] = await db.select({ n: count() }).from(establishment).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** One establishment with its sites and yearly figures, or undefined when missing or outside the scope. */
export async function findEstablishmentInScope(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({ e: establishment, communeName: commune.name, provinceName: province.name })
    .from(establishment)
    .innerJoin(commune, eq(commune.id, establishment.communeId))
    .innerJoin(province, eq(province.id, establishment.provinceId))
    .where(and(eq(establishment.id, id), establishmentScope(actor)));
  if (!row) return undefined;
  const siteCommune = aliasedTable(adminUnit, "site_commune");
  const siteProvince = aliasedTable(adminUnit, "site_province");
  const [sites, years] = await Promise.all([
    db
      .select({
        communeId: establishmentSite.communeId,
        addressText: establishmentSite.addressText,
        communeName: siteCommune.name,
        provinceName: siteProvince.name,
      })
      .from(establishmentSite)
      .innerJoin(siteCommune, eq(siteCommune.id, establishmentSite.communeId))
      .leftJoin(siteProvince, eq(siteProvince.id, siteCommune.parentId))
      .where(eq(establishmentSite.establishmentId, id))
      .orderBy(asc(establishmentSite.position)),
    db
      .select()
      .from(establishmentYearData)
      .where(eq(establishmentYearData.establishmentId, id))
      .orderBy(desc(establishmentYearData.year)),
  ]);
  return { ...row, sites, years };
}

export type EstablishmentDetailRow = NonNullable<Awaited<ReturnType<typeof findEstablishmentInScope>>>;

/** Communes by id with their province, for validating input (must exist and be in force today). */
export async function communesByIds(db: Db, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .select({
      id: adminUnit.id,
      parentId: adminUnit.parentId,
      level: adminUnit.level,
      validTo: adminUnit.validTo,
      kind: adminUnit.kind,
    })
    .from(adminUnit)
    .where(inArray(adminUnit.id, ids));
}
