import { todayInVietnam } from "@kc/domain";
import { aliasedTable, and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, establishment, fair, fairParticipation } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { provinceScopeFilter } from "../../../platform/policy";

/**
 * Reads of a fair's participations. The fair decides the scope: a provincial officer sees the fairs its province
 * records, a region its provinces' fairs, national scope every fair (a fair with no province is the central
 * agency's, seen by national scope only). Another province's fair is not found (404), in the query itself.
 */
export function fairScope(actor: Actor): SQL | undefined {
  return provinceScopeFilter(actor, { province: fair.provinceId }, todayInVietnam());
}

export type FairRow = typeof fair.$inferSelect;

/** The fair when the actor's scope holds it; `lock` takes the row lock every participation write queues on. */
export async function findFairInScope(
  db: Db,
  actor: Actor,
  id: string,
  options: { lock?: boolean } = {},
): Promise<FairRow | undefined> {
  const query = db
    .select()
    .from(fair)
    .where(and(eq(fair.id, id), fairScope(actor)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

export type ParticipationRow = typeof fairParticipation.$inferSelect;

export async function findParticipation(
  db: Db,
  fairId: string,
  id: string,
  options: { lock?: boolean } = {},
): Promise<ParticipationRow | undefined> {
  const query = db
    .select()
    .from(fairParticipation)
    .where(and(eq(fairParticipation.id, id), eq(fairParticipation.fairId, fairId)));
  const [row] = options.lock ? await query.for("update") : await query;
  return row;
}

const commune = aliasedTable(adminUnit, "commune");
const province = aliasedTable(adminUnit, "province");

export const participantColumns = {
  p: fairParticipation,
  establishmentName: establishment.name,
  taxCode: establishment.taxCode,
  addressText: establishment.addressText,
  establishmentStatus: establishment.status,
  communeName: commune.name,
  provinceName: province.name,
};

export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>["rows"][number];

/**
 * One page of a fair's participants in the establishments' name order. A fair holds at most a few thousand rows
 * (the largest 2024 fair had 701 booths), so the query reads that fair's rows on the (fair, establishment) index
 * and sorts them, whatever the table's size; the count is the fair's own counter. The sort key is ordered as an
 * expression on purpose: ordered by the bare column, the planner may walk the whole registry's name index and
 * probe each establishment for this fair, which grows with the registry instead of with the fair.
 */
const byName = sql`(${establishment.sortKey} || '')`;

/** One page of a fair's participants, searched without diacritics when `q` (already folded) is given. */ export async function listParticipants(
  db: Db,
  fairRow: FairRow,
  query: { page: number; pageSize: number; q?: string },
) {
  const where = and(
    eq(fairParticipation.fairId, fairRow.id),
    query.q ? sql`${establishment.searchText} like ${`%${query.q}%`}` : undefined,
  );
  const rows = await db
    .select(participantColumns)
    .from(fairParticipation)
    .innerJoin(establishment, eq(establishment.id, fairParticipation.establishmentId))
    .innerJoin(commune, eq(commune.id, establishment.communeId))
    .innerJoin(province, eq(province.id, establishment.provinceId))
    .where(where)
    .orderBy(byName, asc(fairParticipation.id))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const total = query.q
    ? Number(
        (
          await db
            .select({ n: sql<number>`count(*)` })
            .from(fairParticipation)
            .innerJoin(establishment, eq(establishment.id, fairParticipation.establishmentId))
            .where(where)
        )[0]?.n ?? 0,
      )
    : fairRow.participationCount;
  return { rows, total };
}

/** Every participant of a fair, for the export (same order as the page). */
export async function allParticipants(db: Db, fairId: string) {
  return db
    .select(participantColumns)
    .from(fairParticipation)
    .innerJoin(establishment, eq(establishment.id, fairParticipation.establishmentId))
    .innerJoin(commune, eq(commune.id, establishment.communeId))
    .innerJoin(province, eq(province.id, establishment.provinceId))
    .where(eq(fairParticipation.fairId, fairId))
    .orderBy(byName, asc(fairParticipation.id));
}
