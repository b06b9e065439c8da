import { foldForSearch, type RoleCode, todayInVietnam } from "@kc/domain";
import { and, asc, count, eq, gte, ilike, inArray, isNull, lte, or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, organisationName, region, user } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { provinceScopeFilter } from "../../platform/policy";
import type { UserRow } from "./users.presenter";

export type UserFilters = {
  q?: string | undefined;
  role?: RoleCode | undefined;
  status?: "active" | "disabled" | undefined;
  provinceId?: string | undefined;
  page: number;
  pageSize: number;
};

type UserTableRow = typeof user.$inferSelect;

/**
 * Names shown beside accounts (scope label, organisation name as of today), resolved for a whole page in three
 * queries rather than per row.
 */
async function withLabels(db: Db, rows: UserTableRow[], today: string): Promise<UserRow[]> {
  const orgIds = [
    ...new Set(
      rows.flatMap((r) => [r.organisationId, r.scopeOrganisationId]).filter((id): id is string => !!id),
    ),
  ];
  const provinceIds = [...new Set(rows.map((r) => r.scopeProvinceId).filter((id): id is string => !!id))];
  const [orgNames, provinces, regions] = await Promise.all([
    orgIds.length
      ? db
          .select({ id: organisationName.organisationId, name: organisationName.name })
          .from(organisationName)
          .where(
            and(
              inArray(organisationName.organisationId, orgIds),
              lte(organisationName.validFrom, today),
              or(isNull(organisationName.validTo), gte(organisationName.validTo, today)),
            ),
          )
      : [],
    provinceIds.length
      ? db
          .select({ id: adminUnit.id, name: adminUnit.name })
          .from(adminUnit)
          .where(inArray(adminUnit.id, provinceIds))
      : [],
    db.select({ code: region.code, label: region.labelVi }).from(region),
  ]);
  const orgName = new Map(orgNames.map((o) => [o.id, o.name]));
  const provinceName = new Map(provinces.map((p) => [p.id, p.name]));
  const regionLabel = new Map(regions.map((r) => [r.code, r.label]));
  return rows.map((row) => ({
    ...row,
    organisationName: row.organisationId ? (orgName.get(row.organisationId) ?? null) : null,
    scopeLabel:
      (row.scopeProvinceId && provinceName.get(row.scopeProvinceId)) ||
      (row.scopeRegionCode && regionLabel.get(row.scopeRegionCode)) ||
      (row.scopeOrganisationId && orgName.get(row.scopeOrganisationId)) ||
      null,
  }));
}

/** The accounts an actor may see: filtered by its data scope inside the query (STYLE.md rule 6). */
function scopeCondition(actor: Actor, today: string): SQL | undefined {
  return provinceScopeFilter(actor, { province: user.scopeProvinceId }, today);
}

export async function listUsers(
  db: Db,
  actor: Actor,
  filters: UserFilters,
): Promise<{ rows: UserRow[]; total: number }> {
  const today = todayInVietnam();
  const conditions: (SQL | undefined)[] = [scopeCondition(actor, today)];
  if (filters.q) conditions.push(ilike(user.searchText, `%${foldForSearch(filters.q)}%`));
  if (filters.role) conditions.push(eq(user.role, filters.role));
  if (filters.status) conditions.push(eq(user.disabled, filters.status === "disabled"));
  if (filters.provinceId) conditions.push(eq(user.scopeProvinceId, filters.provinceId));
  const where = and(...conditions);
  const rows = await db
    .select()
    .from(user)
    .where(where)
    .orderBy(asc(user.email))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await db.select({ total: count() }).from(user).where(where);
  return { rows: await withLabels(db, rows, today), total: totalRow?.total ?? 0 };
}

/** One account, or undefined when it does not exist or lies outside the actor's scope. */
export async function findUserInScope(db: Db, actor: Actor, id: string): Promise<UserRow | undefined> {
  const today = todayInVietnam();
  const rows = await db
    .select()
    .from(user)
    .where(and(eq(user.id, id), scopeCondition(actor, today)));
  const [row] = await withLabels(db, rows, today);
  return row;
}

/** A province is a valid scope when it is a provincial unit in force today. */
export async function isCurrentProvince(
  db: Db,
  provinceId: string,
  today = todayInVietnam(),
): Promise<boolean> {
  const [row] = await db
    .select({ id: adminUnit.id })
    .from(adminUnit)
    .where(
      and(
        eq(adminUnit.id, provinceId),
        eq(adminUnit.level, "TINH"),
        lte(adminUnit.validFrom, today),
        or(isNull(adminUnit.validTo), gte(adminUnit.validTo, today)),
      ),
    );
  return Boolean(row);
}
