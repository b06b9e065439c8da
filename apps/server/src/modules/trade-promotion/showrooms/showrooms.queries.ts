import { z } from "@hono/zod-openapi";
import { foldForSearch, idSchema, showroomKindCodes, todayInVietnam } from "@kc/domain";
import { aliasedTable, and, asc, count, desc, eq, ilike, isNull, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, establishment, organisationName, project, showroom } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { offsetOf, pageQuerySchema } from "../../../platform/pagination";
import { provinceScopeFilter } from "../../../platform/policy";

/** Filters of the showroom list: opening year, province, kind and text (name, products, address, owner). */
export const showroomListQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(1900).max(2100).optional().openapi({ description: "Năm khai trương" }),
  provinceId: idSchema("Tỉnh").optional().describe("Tỉnh"),
  kind: z.enum(showroomKindCodes).optional().openapi({ description: "Nơi đặt phòng trưng bày" }),
  establishmentId: idSchema("Cơ sở").optional().describe("Phòng trưng bày tại cơ sở này"),
});
export type ShowroomListQuery = z.infer<typeof showroomListQuerySchema>;

/** Rows of another province are simply not there for a provincial reader (another province's record is 404). */
export const showroomScope = (actor: Actor) =>
  provinceScopeFilter(actor, { province: showroom.provinceId }, todayInVietnam());

const province = aliasedTable(adminUnit, "showroom_province");

function joined(db: Db) {
  return (
    db
      .select({
        row: showroom,
        provinceName: province.name,
        communeName: sql<
          string | null
        >`(select ${adminUnit.name} from ${adminUnit} where ${adminUnit.id} = ${showroom.communeId})`,
        establishmentName: establishment.name,
        centreName: organisationName.name,
        projectCode: project.code,
        projectTitle: project.title,
      })
      .from(showroom)
      .innerJoin(province, eq(province.id, showroom.provinceId))
      // The centre's name in force today (its dated name row without an end).
      .leftJoin(
        organisationName,
        and(eq(organisationName.organisationId, showroom.centreOrgId), isNull(organisationName.validTo)),
      )
      .leftJoin(establishment, eq(establishment.id, showroom.establishmentId))
      .leftJoin(project, eq(project.id, showroom.fundingProjectId))
  );
}

function whereOf(actor: Actor, query: ShowroomListQuery): SQL | undefined {
  return and(
    showroomScope(actor),
    query.year === undefined ? undefined : eq(showroom.year, query.year),
    query.provinceId ? eq(showroom.provinceId, query.provinceId) : undefined,
    query.kind ? eq(showroom.kind, query.kind) : undefined,
    query.establishmentId ? eq(showroom.establishmentId, query.establishmentId) : undefined,
    query.q ? ilike(showroom.searchText, `%${foldForSearch(query.q)}%`) : undefined,
  );
}

/** A page of showrooms in the caller's scope, newest opening first, and the exact count (lists are short). */
export async function listShowrooms(db: Db, actor: Actor, query: ShowroomListQuery) {
  const where = whereOf(actor, query);
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(showroom.openedOn), asc(showroom.sortKey), asc(showroom.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [total] = await db.select({ n: count() }).from(showroom).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** One showroom when it lies in the caller's scope; null otherwise (the route answers a logged 404). */
export async function findShowroomInScope(db: Db, actor: Actor, id: string) {
  const [row] = await joined(db).where(and(eq(showroom.id, id), showroomScope(actor)));
  return row ?? null;
}

export type ShowroomRow = Awaited<ReturnType<typeof listShowrooms>>["rows"][number];
