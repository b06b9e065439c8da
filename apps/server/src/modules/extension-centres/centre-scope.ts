import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { adminUnit, organisation } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { unitScopeCondition } from "../plans/unit-scope";

/** The organisation types that are extension centres: a province's centre and the regional national centres. */
export const CENTRE_TYPES = ["TT_KHUYEN_CONG_TINH", "TT_KHUYEN_CONG_VUNG"] as const;

/**
 * The data scope on a centre's province column, compared on today's map as plans are: an officer of today's
 * Đồng Tháp keeps the centres of the former Đồng Tháp and Tiền Giang and their records. The regional centres
 * have no province and belong to the national scope only.
 */
export function centreProvinceScope(actor: Actor, province: AnyPgColumn): SQL {
  return unitScopeCondition(actor, sql`${province}`);
}

/** The name a centre bears today, or the last one it bore when it no longer exists. */
export const centreNameSql = (org: AnyPgColumn) =>
  sql<string>`(select n.name from organisation_name n where n.organisation_id = ${org}
    order by n.valid_from desc limit 1)`;

/** The columns every centre answer shows: the centre, its parent body, its province, its dates. */
export function centreColumns() {
  return {
    id: organisation.id,
    type: organisation.type,
    name: centreNameSql(organisation.id),
    parentId: organisation.parentId,
    parentName: sql<string | null>`(select n.name from organisation_name n
      where n.organisation_id = ${organisation.parentId} order by n.valid_from desc limit 1)`,
    provinceId: organisation.adminUnitId,
    provinceName: adminUnit.name,
    provinceValidTo: adminUnit.validTo,
    regionCode: organisation.regionCode,
    validFrom: organisation.validFrom,
    validTo: organisation.validTo,
    successorId: organisation.successorId,
  };
}

/** One centre when it lies in the caller's scope; null otherwise (the route answers a logged 404). */
export async function findCentreInScope(db: Db, actor: Actor, id: string) {
  const [row] = await db
    .select(centreColumns())
    .from(organisation)
    .leftJoin(adminUnit, eq(adminUnit.id, organisation.adminUnitId))
    .where(
      and(
        eq(organisation.id, id),
        inArray(organisation.type, [...CENTRE_TYPES]),
        centreProvinceScope(actor, organisation.adminUnitId),
      ),
    );
  return row ?? null;
}

export type CentreRow = NonNullable<Awaited<ReturnType<typeof findCentreInScope>>>;

/** Whether `day` lies in the centre's life (a snapshot of a centre merged away in 2025 ends on 30 June 2025). */
export const centreExistsOn = (centre: { validFrom: string; validTo: string | null }, day: string) =>
  centre.validFrom <= day && (centre.validTo === null || centre.validTo >= day);
