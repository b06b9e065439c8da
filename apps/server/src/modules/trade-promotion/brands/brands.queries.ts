import { z } from "@hono/zod-openapi";
import { brandStatusCodes, foldForSearch, idSchema, markKindCodes, todayInVietnam } from "@kc/domain";
import { aliasedTable, and, asc, count, desc, eq, ilike, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../../db/client";
import { adminUnit, brandSupport, establishment, project, supportNormSet } from "../../../db/schema/index";
import type { Actor } from "../../../platform/context";
import { offsetOf, pageQuerySchema } from "../../../platform/pagination";
import { provinceScopeFilter } from "../../../platform/policy";

/** Filters of the brand list: support year, province, mark kind, status, text (brand, holder, numbers). */
export const brandListQuerySchema = pageQuerySchema.extend({
  year: z.coerce.number().int().min(1900).max(2100).optional().openapi({ description: "Năm hỗ trợ" }),
  provinceId: idSchema("Tỉnh").optional().describe("Tỉnh"),
  markKind: z.enum(markKindCodes).optional().openapi({ description: "Loại nhãn hiệu" }),
  status: z.enum(brandStatusCodes).optional().openapi({ description: "Tình trạng đăng ký" }),
  establishmentId: idSchema("Cơ sở")
    .optional()
    .describe("Nhãn hiệu của cơ sở này (chủ sở hữu hoặc thành viên tập thể)"),
});
export type BrandListQuery = z.infer<typeof brandListQuerySchema>;

export const brandScope = (actor: Actor) =>
  provinceScopeFilter(actor, { province: brandSupport.provinceId }, todayInVietnam());

const province = aliasedTable(adminUnit, "province");

function joined(db: Db) {
  return db
    .select({
      row: brandSupport,
      provinceName: province.name,
      holderName: establishment.name,
      projectCode: project.code,
      projectTitle: project.title,
      normSetLabel: supportNormSet.labelVi,
    })
    .from(brandSupport)
    .innerJoin(province, eq(province.id, brandSupport.provinceId))
    .leftJoin(establishment, eq(establishment.id, brandSupport.establishmentId))
    .leftJoin(project, eq(project.id, brandSupport.projectId))
    .leftJoin(supportNormSet, eq(supportNormSet.id, brandSupport.normSetId));
}

/** An establishment's brands: the ones it holds and the collective ones it is a member of (GIN index). */
export const brandsOfEstablishment = (establishmentId: string) =>
  or(
    eq(brandSupport.establishmentId, establishmentId),
    sql`${brandSupport.memberEstablishmentIds} @> array[${establishmentId}]::text[]`,
  );

function whereOf(actor: Actor, query: BrandListQuery): SQL | undefined {
  return and(
    brandScope(actor),
    query.year === undefined ? undefined : eq(brandSupport.year, query.year),
    query.provinceId ? eq(brandSupport.provinceId, query.provinceId) : undefined,
    query.markKind ? eq(brandSupport.markKind, query.markKind) : undefined,
    query.status ? eq(brandSupport.status, query.status) : undefined,
    query.establishmentId ? brandsOfEstablishment(query.establishmentId) : undefined,
    query.q ? ilike(brandSupport.searchText, `%${foldForSearch(query.q)}%`) : undefined,
  );
}

/** A page of brand records in the caller's scope, newest support year first, and the exact count. */
export async function listBrandSupports(db: Db, actor: Actor, query: BrandListQuery) {
  const where = whereOf(actor, query);
  const rows = await joined(db)
    .where(where)
    .orderBy(desc(brandSupport.year), asc(brandSupport.sortKey), asc(brandSupport.id))
    .limit(query.pageSize)
    .offset(offsetOf(query));
  const [total] = await db.select({ n: count() }).from(brandSupport).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findBrandSupportInScope(db: Db, actor: Actor, id: string) {
  const [row] = await joined(db).where(and(eq(brandSupport.id, id), brandScope(actor)));
  return row ?? null;
}

/** Names of the member establishments of the rows shown, in one query. */
export async function memberNames(db: Db, rows: readonly BrandRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.flatMap((r) => r.row.memberEstablishmentIds))];
  if (ids.length === 0) return new Map();
  const found = await db
    .select({ id: establishment.id, name: establishment.name })
    .from(establishment)
    .where(inArray(establishment.id, ids));
  return new Map(found.map((e) => [e.id, e.name]));
}

export type BrandRow = Awaited<ReturnType<typeof listBrandSupports>>["rows"][number];
