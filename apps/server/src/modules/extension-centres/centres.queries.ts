import { z } from "@hono/zod-openapi";
import { foldForSearch, isoDateSchema, searchTextSchema, staffingAveragesOn } from "@kc/domain";
import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  adminUnit,
  consultingContract,
  consultingPlan,
  organisation,
  staffingSnapshot,
} from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { CENTRE_TYPES, centreColumns, centreProvinceScope } from "./centre-scope";

/** Filters of the centre list: the day whose centres are listed (today by default) and a name search. */
export const centreListQuerySchema = z.strictObject({
  onDate: isoDateSchema("Ngày").optional().openapi({ description: "Các trung tâm tồn tại vào ngày này" }),
  q: searchTextSchema(100).optional().openapi({ description: "Tìm theo tên trung tâm, tỉnh (không dấu)" }),
});
export type CentreListQuery = z.infer<typeof centreListQuerySchema>;

const existsOn = (day: string): SQL =>
  sql`${organisation.validFrom} <= ${day} and (${organisation.validTo} is null or ${organisation.validTo} >= ${day})`;

/** The latest staffing snapshot of each centre on or before `day`, as a lateral-free correlated subquery. */
const latestSnapshotOn = (day: string) => sql`(select s.id from staffing_snapshot s
  where s.centre_org_id = ${organisation.id} and s.as_of <= ${day} order by s.as_of desc limit 1)`;

/**
 * The centres in the caller's scope existing on the day, provincial ones by name then the regional ones, each
 * with its latest staffing snapshot on or before the day. Short (at most 63 + 3 rows), so not paged.
 */
export async function listCentres(db: Db, actor: Actor, query: CentreListQuery, today: string) {
  const day = query.onDate ?? today;
  const needle = query.q ? foldForSearch(query.q) : null;
  const rows = await db
    .select({ ...centreColumns(), snapshot: staffingSnapshot })
    .from(organisation)
    .leftJoin(adminUnit, eq(adminUnit.id, organisation.adminUnitId))
    .leftJoin(staffingSnapshot, sql`${staffingSnapshot.id} = ${latestSnapshotOn(day)}`)
    .where(
      and(
        inArray(organisation.type, [...CENTRE_TYPES]),
        existsOn(day),
        centreProvinceScope(actor, organisation.adminUnitId),
      ),
    )
    .orderBy(asc(organisation.type), asc(adminUnit.sortKey), asc(organisation.id));
  // At most 66 rows: the name search folds them here with the one folding rule (names are dated rows).
  const found = needle
    ? rows.filter((r) => foldForSearch(`${r.name} ${r.provinceName ?? ""}`).includes(needle))
    : rows;
  return { day, rows: found };
}

export type CentreListRow = Awaited<ReturnType<typeof listCentres>>["rows"][number];

/**
 * Staff per centre on the day over the provincial centres of the caller's scope existing that day (DOMAIN §9.7
 * Q6: 63 before 2025-07-01, 34 after), from the latest snapshot of each; the arithmetic is the domain's.
 */
export async function staffingAveragesInScope(db: Db, actor: Actor, day: string) {
  const centres = await db
    .select({ id: organisation.id, validFrom: organisation.validFrom, validTo: organisation.validTo })
    .from(organisation)
    .where(
      and(
        eq(organisation.type, "TT_KHUYEN_CONG_TINH"),
        existsOn(day),
        centreProvinceScope(actor, organisation.adminUnitId),
      ),
    );
  const ids = centres.map((c) => c.id);
  const snapshots = ids.length
    ? await db
        .select({
          centreId: staffingSnapshot.centreOrgId,
          asOf: staffingSnapshot.asOf,
          total: staffingSnapshot.total,
          permanent: staffingSnapshot.permanent,
          contract: staffingSnapshot.contract,
          partTime: staffingSnapshot.partTime,
          collaborators: staffingSnapshot.collaborators,
        })
        .from(staffingSnapshot)
        .where(and(inArray(staffingSnapshot.centreOrgId, ids), sql`${staffingSnapshot.asOf} <= ${day}`))
    : [];
  return staffingAveragesOn(day, centres, snapshots);
}

/**
 * The most recent day, on or before `day`, on which any provincial centre of the caller's scope has a snapshot,
 * merged-away centres included: when the centres existing on the day have none yet (the 34 centres of today
 * against the 63 counted in 2018), the list says where the last known figures are instead of showing a bare 0.
 */
export async function latestSnapshotDayInScope(db: Db, actor: Actor, day: string): Promise<string | null> {
  const [row] = await db
    .select({ day: sql<string | null>`to_char(max(${staffingSnapshot.asOf}), 'YYYY-MM-DD')` })
    .from(staffingSnapshot)
    .innerJoin(organisation, eq(organisation.id, staffingSnapshot.centreOrgId))
    .where(
      and(
        eq(organisation.type, "TT_KHUYEN_CONG_TINH"),
        sql`${staffingSnapshot.asOf} <= ${day}`,
        centreProvinceScope(actor, organisation.adminUnitId),
      ),
    );
  return row?.day ?? null;
}

/** A centre's staffing history, newest first. */
export function centreSnapshots(db: Db, centreId: string) {
  return db
    .select()
    .from(staffingSnapshot)
    .where(eq(staffingSnapshot.centreOrgId, centreId))
    .orderBy(desc(staffingSnapshot.asOf));
}

/** A centre's consulting contracts, newest signature first, with the registry name of an establishment client. */
export function centreContracts(db: Db, centreId: string) {
  return db
    .select({
      row: consultingContract,
      establishmentName: sql<string | null>`(select e.name from establishment e
        where e.id = ${consultingContract.clientEstablishmentId})`,
    })
    .from(consultingContract)
    .where(eq(consultingContract.centreOrgId, centreId))
    .orderBy(desc(consultingContract.signedOn), asc(consultingContract.id));
}

/** A centre's yearly revenue plans, newest year first. */
export function centrePlans(db: Db, centreId: string) {
  return db
    .select()
    .from(consultingPlan)
    .where(eq(consultingPlan.centreOrgId, centreId))
    .orderBy(desc(consultingPlan.year));
}
