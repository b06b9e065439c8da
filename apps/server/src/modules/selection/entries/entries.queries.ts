import { type EntryStatus, foldForSearch, type ProductGroup } from "@kc/domain";
import { and, asc, count, eq, inArray, like, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import {
  establishment,
  selectionCertificate,
  selectionEntry,
  selectionEntryPhoto,
  selectionRound,
} from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { roundScopeFilter } from "../round-access";

/**
 * Reading entries, always through the round the caller reaches (round-access.ts): an entry of a round outside it
 * is not found. The list reads the page's rows, then their photos' angles and the establishments' names, so a
 * page of 50 is three small queries whatever the round's size.
 */
export type EntryFilters = { q?: string; status?: EntryStatus; productGroup?: ProductGroup };

export const entryColumns = {
  entry: selectionEntry,
  establishmentName: establishment.name,
  establishmentTaxCode: establishment.taxCode,
  roundStatus: selectionRound.status,
  roundLevel: selectionRound.level,
};

function entryConditions(roundId: string, filters: EntryFilters): SQL | undefined {
  return and(
    eq(selectionEntry.roundId, roundId),
    filters.status ? eq(selectionEntry.status, filters.status) : undefined,
    filters.productGroup ? eq(selectionEntry.productGroup, filters.productGroup) : undefined,
    // search_text is folded like the query, so LIKE is exact and the folded query holds no % or _.
    filters.q ? like(selectionEntry.searchText, `%${foldForSearch(filters.q)}%`) : undefined,
  );
}

export async function listEntries(
  db: Db,
  roundId: string,
  filters: EntryFilters & { page: number; pageSize: number },
) {
  const where = entryConditions(roundId, filters);
  const rows = await db
    .select(entryColumns)
    .from(selectionEntry)
    .innerJoin(establishment, eq(establishment.id, selectionEntry.establishmentId))
    .innerJoin(selectionRound, eq(selectionRound.id, selectionEntry.roundId))
    .where(where)
    .orderBy(asc(selectionEntry.productNameFolded), asc(selectionEntry.id))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [total] = await db.select({ n: count() }).from(selectionEntry).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** One entry, if its round is one the caller reaches (optionally locked for a write). */
export async function findEntryInScope(
  db: Db,
  actor: Actor,
  entryId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select(entryColumns)
    .from(selectionEntry)
    .innerJoin(establishment, eq(establishment.id, selectionEntry.establishmentId))
    .innerJoin(selectionRound, eq(selectionRound.id, selectionEntry.roundId))
    .where(and(eq(selectionEntry.id, entryId), roundScopeFilter(actor)));
  const [row] = options.lock ? await query.for("update", { of: selectionEntry }) : await query;
  return row;
}
export type EntryRow = NonNullable<Awaited<ReturnType<typeof findEntryInScope>>>;

/** The angles each entry has a photo for (the list shows thumbnails by URL, never the bytes). */
export async function photoAnglesOf(db: Db, entryIds: readonly string[]) {
  const angles = new Map<string, string[]>();
  if (entryIds.length === 0) return angles;
  const rows = await db
    .select({ entryId: selectionEntryPhoto.entryId, angle: selectionEntryPhoto.angle })
    .from(selectionEntryPhoto)
    .where(inArray(selectionEntryPhoto.entryId, [...entryIds]));
  for (const row of rows) angles.set(row.entryId, [...(angles.get(row.entryId) ?? []), row.angle]);
  return angles;
}

/** The lower-level certificates the entries rely on, by id (number and validity shown beside the verdict). */
export async function certificatesByIds(db: Db, ids: readonly string[]) {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map<string, typeof selectionCertificate.$inferSelect>();
  const rows = await db.select().from(selectionCertificate).where(inArray(selectionCertificate.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}

/** The round's counts by status (the tab's filter chips). */
export async function entryStatusCounts(db: Db, roundId: string) {
  return db
    .select({ status: selectionEntry.status, n: sql<number>`count(*)::int` })
    .from(selectionEntry)
    .where(eq(selectionEntry.roundId, roundId))
    .groupBy(selectionEntry.status);
}
