import { foldForSearch, todayInVietnam } from "@kc/domain";
import { aliasedTable, and, arrayContains, asc, desc, eq, inArray, like, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adminUnit,
  establishment,
  establishmentEligibility,
  establishmentSite,
  establishmentYearData,
} from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { boundedPage, countLimitFor } from "../../platform/pagination";
import { provinceScopeFilter } from "../../platform/policy";
import { candidateRanges, idsInRanges, orderedIds } from "./search-blocks";

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
    // search_text is folded (lower case, no marks, no punctuation), so LIKE on the folded query is exact and
    // cheaper than ILIKE, and the folded query holds no % or _ to escape.
    filters.q ? like(establishment.searchText, `%${foldForSearch(filters.q)}%`) : undefined,
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

/** The columns a list row shows: the wide ones (eligibility document, search text) stay in the table. */
const listColumns = {
  id: establishment.id,
  name: establishment.name,
  legalForm: establishment.legalForm,
  subjectClass: establishment.subjectClass,
  taxCode: establishment.taxCode,
  ownerName: establishment.ownerName,
  provinceId: establishment.provinceId,
  communeId: establishment.communeId,
  addressText: establishment.addressText,
  industries: establishment.industries,
  mainProducts: establishment.mainProducts,
  eligibilityVerdict: establishment.eligibilityVerdict,
  hasSupport: establishment.hasSupport,
  status: establishment.status,
  updatedAt: establishment.updatedAt,
  version: establishment.version,
};

export type EstablishmentListRow = Awaited<ReturnType<typeof listEstablishments>>["rows"][number];

export async function listEstablishments(db: Db, actor: Actor, filters: EstablishmentFilters) {
  const order = sortColumns[filters.sort ?? "name"];
  const matching = await matchingIds(db, actor, filters);
  const { pageIds, total, totalExact } = boundedPage(matching, filters);
  const rows =
    pageIds.length === 0
      ? []
      : await db
          .select({ e: listColumns, communeName: commune.name, provinceName: province.name })
          .from(establishment)
          .innerJoin(commune, eq(commune.id, establishment.communeId))
          .innerJoin(province, eq(province.id, establishment.provinceId))
          .where(inArray(establishment.id, pageIds))
          .orderBy(...order);
  return { rows, total, totalExact };
}

/**
 * The ids of the matches, in order, up to the count bound: for the default order an index-only scan of a covering
 * index that tests the filters on index tuples (a plain index scan would read every skipped row from the table).
 * A search in name order reads only the ranges its search blocks allow (search-blocks.ts).
 */
async function matchingIds(db: Db, actor: Actor, filters: EstablishmentFilters): Promise<string[]> {
  const sort = filters.sort ?? "name";
  const order = sortColumns[sort];
  const limit = countLimitFor(filters) + 1;
  const conditions = listConditions(actor, filters);
  // One province's list is short enough to walk (the largest holds a quarter of the register); the blocks pay
  // off on the national and regional lists.
  const oneProvince = filters.provinceId || filters.communeId || actor.scope.kind === "PROVINCE";
  const byName = sort === "name" || sort === "-name";
  const ranges =
    filters.q && byName && !oneProvince ? await candidateRanges(db, foldForSearch(filters.q)) : null;
  return ranges
    ? idsInRanges(db, conditions, order, ranges, limit, sort === "-name")
    : orderedIds(db, conditions, order, limit);
}

/** One establishment with its sites and yearly figures, or undefined when missing or outside the scope. */
export async function findEstablishmentInScope(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select({
      e: establishment,
      communeName: commune.name,
      provinceName: province.name,
      eligibility: establishmentEligibility.document,
    })
    .from(establishment)
    .innerJoin(commune, eq(commune.id, establishment.communeId))
    .innerJoin(province, eq(province.id, establishment.provinceId))
    .leftJoin(establishmentEligibility, eq(establishmentEligibility.establishmentId, establishment.id))
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
