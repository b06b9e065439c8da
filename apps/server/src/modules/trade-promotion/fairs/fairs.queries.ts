import {
  type FairLevel,
  type FairStatus,
  foldForSearch,
  regionPeriods,
  regionSpans,
  todayInVietnam,
} from "@kc/domain";
import {
  aliasedTable,
  and,
  asc,
  count,
  desc,
  eq,
  gte,
  inArray,
  like,
  lte,
  or,
  type SQL,
  sql,
} from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  adminUnit,
  fair,
  fairDocument,
  fairParticipation,
  project,
  regionMembership,
  storedFile,
} from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { boundedPage, countLimitFor } from "../../../platform/pagination";
import { provinceScopeFilter } from "../../../platform/policy";

/**
 * The fairs an actor may see: its province's, its region's provinces' (today), or all with a national scope. The
 * central agency's fairs have no province, so only a national scope sees them.
 */
export function fairScope(actor: Actor): SQL | undefined {
  return provinceScopeFilter(actor, { province: fair.provinceId }, todayInVietnam());
}

export type FairListFilter = {
  q?: string;
  year?: number;
  level?: FairLevel;
  status?: FairStatus;
  provinceId?: string;
  regionCode?: string;
  hostOrgId?: string;
};

/**
 * The region filter: the venue's province on the fair's opening day is in the region, by the rule of
 * `kc_region_at` (regions are dated: a province may have moved). The region's dated spans are resolved once per
 * request (`regionSpans`, from the few membership rows) and grouped by their days (`regionPeriods`: before and
 * after a reorganisation), so each fair is tested by a plain filter on two columns of the list index (the venue's
 * province, kept by a trigger, and the opening day). A filter keeps the index's order: a region's first page reads
 * the index until it has its bounded count. The former semi-join on a VALUES list of spans lost that order, so a
 * region with most fairs read and sorted all 20,000 (issue 15: 57 ms p95 on PostgreSQL, 156 ms on PGlite).
 */
async function regionCondition(db: Db, regionCode: string): Promise<SQL> {
  const memberships = await db
    .select({
      provinceId: regionMembership.provinceId,
      regionCode: regionMembership.regionCode,
      validFrom: regionMembership.validFrom,
      validTo: regionMembership.validTo,
    })
    .from(regionMembership);
  const periods = regionPeriods(regionSpans(memberships, regionCode));
  if (periods.length === 0) return sql`false`;
  const terms = periods.map((period) =>
    and(
      inArray(fair.venueProvinceId, period.provinceIds),
      period.from === null ? undefined : gte(fair.startDate, period.from),
      period.to === null ? undefined : lte(fair.startDate, period.to),
    ),
  );
  return or(...terms) ?? sql`false`;
}

export function fairListConditions(actor: Actor, filter: FairListFilter, region?: SQL): SQL | undefined {
  return and(
    fairScope(actor),
    filter.q ? like(fair.searchText, `%${foldForSearch(filter.q)}%`) : undefined,
    filter.year ? eq(fair.year, filter.year) : undefined,
    filter.level ? eq(fair.level, filter.level) : undefined,
    filter.status ? eq(fair.status, filter.status) : undefined,
    filter.provinceId ? eq(fair.provinceId, filter.provinceId) : undefined,
    filter.hostOrgId ? eq(fair.hostOrgId, filter.hostOrgId) : undefined,
    region,
  );
}

/** The ids of the matching fairs in `order`, at most `limit`. */
async function matchingIds(
  db: Db,
  actor: Actor,
  filter: FairListFilter,
  range: { extra?: SQL; order: SQL[]; limit: number },
): Promise<string[]> {
  const region = filter.regionCode ? await regionCondition(db, filter.regionCode) : undefined;
  const where = and(fairListConditions(actor, filter, region), range.extra);
  const rows = await db
    .select({ id: fair.id })
    .from(fair)
    .where(where)
    .orderBy(...range.order)
    .limit(range.limit);
  return rows.map((row) => row.id);
}

/** Newest year first, then by code: the order of `fair_list_idx`, so the page and its bounded count walk one index. */
const listOrder = [desc(fair.year), asc(fair.code)];

const venue = aliasedTable(adminUnit, "venue");
const recorder = aliasedTable(adminUnit, "recorder");

export const fairListColumns = {
  id: fair.id,
  code: fair.code,
  name: fair.name,
  level: fair.level,
  kind: fair.kind,
  hostName: fair.hostName,
  venueUnitId: fair.venueUnitId,
  venueCountryCode: fair.venueCountryCode,
  venueCity: fair.venueCity,
  startDate: fair.startDate,
  endDate: fair.endDate,
  year: fair.year,
  status: fair.status,
  provinceId: fair.provinceId,
  plannedBooths: fair.plannedBooths,
  actualBooths: fair.actualBooths,
  participationCount: fair.participationCount,
  boothsTaken: fair.boothsTaken,
  supportTotal: fair.supportTotal,
  version: fair.version,
};

/** The page's rows with the venue's and recording province's names; the counters are the fair's own columns. */
async function rowsByIds(db: Db, ids: string[], order: SQL[]) {
  if (ids.length === 0) return [];
  return db
    .select({ f: fairListColumns, venueName: venue.name, provinceName: recorder.name })
    .from(fair)
    .leftJoin(venue, eq(venue.id, fair.venueUnitId))
    .leftJoin(recorder, eq(recorder.id, fair.provinceId))
    .where(inArray(fair.id, ids))
    .orderBy(...order);
}

export async function listFairs(
  db: Db,
  actor: Actor,
  query: FairListFilter & { page: number; pageSize: number },
) {
  const matching = await matchingIds(db, actor, query, {
    order: listOrder,
    limit: countLimitFor(query) + 1,
  });
  const { pageIds, total, totalExact } = boundedPage(matching, query);
  return { rows: await rowsByIds(db, pageIds, listOrder), total, totalExact };
}

export type FairListRow = Awaited<ReturnType<typeof listFairs>>["rows"][number];

/** A calendar never asks for more than this many fairs; a month of national fairs is a few hundred at most. */
export const CALENDAR_MAX = 1_000;
/**
 * Fairs last days, not years: the start-date index is read from this many days before the range, so a month's
 * calendar does not walk every older fair.
 */
const LONGEST_FAIR_DAYS = 400;

/** Fairs overlapping [from, to] (a fair spans its days), in scope, by opening day. */
export async function calendarFairs(
  db: Db,
  actor: Actor,
  range: { from: string; to: string } & Omit<FairListFilter, "year">,
) {
  const { from, to, ...filter } = range;
  const order = [asc(fair.startDate), asc(fair.code)];
  const ids = await matchingIds(db, actor, filter, {
    extra: and(
      lte(fair.startDate, to),
      gte(fair.endDate, from),
      gte(fair.startDate, sql`(${from}::date - ${LONGEST_FAIR_DAYS}::int)`),
    ),
    order,
    limit: CALENDAR_MAX + 1,
  });
  const rows = await rowsByIds(db, ids.slice(0, CALENDAR_MAX), order);
  return { rows, truncated: ids.length > CALENDAR_MAX };
}

/** The fair row, or undefined when missing or outside the actor's scope (the caller answers a logged 404). */
export async function findFairInScope(db: Db, actor: Actor, id: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(fair)
    .where(and(eq(fair.id, id), fairScope(actor)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export type FairRow = typeof fair.$inferSelect;

/** The kinds of document filed with a fair (what its steps need). */
export async function filedDocumentKinds(db: Db, fairId: string) {
  const rows = await db
    .selectDistinct({ kind: fairDocument.kind })
    .from(fairDocument)
    .where(eq(fairDocument.fairId, fairId));
  return rows.map((row) => row.kind);
}

/**
 * What the fair page shows besides the row, in a fixed number of queries: names, documents and where the
 * participants come from (by their home province on the fair's date, one row per province).
 */
export async function loadFairDetail(db: Db, row: FairRow) {
  const unitIds = [row.venueUnitId, row.provinceId].filter((id): id is string => id !== null);
  const units =
    unitIds.length === 0
      ? []
      : await db
          .select({ id: adminUnit.id, name: adminUnit.name })
          .from(adminUnit)
          .where(inArray(adminUnit.id, unitIds));
  const [fundingProject] = row.fundingProjectId
    ? await db
        .select({ id: project.id, code: project.code, title: project.title })
        .from(project)
        .where(eq(project.id, row.fundingProjectId))
    : [];
  const documents = await db
    .select({
      id: fairDocument.id,
      kind: fairDocument.kind,
      number: fairDocument.number,
      issuedOn: fairDocument.issuedOn,
      signer: fairDocument.signer,
      title: fairDocument.title,
      createdAt: fairDocument.createdAt,
      fileName: storedFile.fileName,
      fileSize: storedFile.size,
    })
    .from(fairDocument)
    .leftJoin(storedFile, eq(storedFile.id, fairDocument.fileId))
    .where(eq(fairDocument.fairId, row.id))
    .orderBy(asc(fairDocument.createdAt), asc(fairDocument.id));
  const home = aliasedTable(adminUnit, "home");
  const byProvince = await db
    .select({
      provinceId: fairParticipation.provinceId,
      provinceName: home.name,
      participations: count(),
      wholeBooths: sql<number>`coalesce(sum(${fairParticipation.wholeBooths}), 0)::int`,
    })
    .from(fairParticipation)
    .innerJoin(home, eq(home.id, fairParticipation.provinceId))
    .where(eq(fairParticipation.fairId, row.id))
    .groupBy(fairParticipation.provinceId, home.name)
    .orderBy(desc(count()), asc(home.name));
  const nameOf = (id: string | null) => units.find((unit) => unit.id === id)?.name ?? null;
  return {
    venueName: nameOf(row.venueUnitId),
    provinceName: nameOf(row.provinceId),
    fundingProject: fundingProject ?? null,
    documents,
    byProvince,
  };
}
