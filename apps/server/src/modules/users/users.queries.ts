import { foldForSearch, todayInVietnam } from "@kc/domain";
import { and, asc, count, eq, gte, ilike, isNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit, organisationName, region, user } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { provinceScopeFilter } from "../../platform/policy";
import type { UserRow } from "./users.presenter";

export type UserFilters = {
  q?: string | undefined;
  role?: string | undefined;
  status?: "active" | "disabled" | undefined;
  provinceId?: string | undefined;
  page: number;
  pageSize: number;
};

function selection(today: string) {
  const orgName = sql<string | null>`(select ${organisationName.name} from ${organisationName}
    where ${organisationName.organisationId} = ${user.organisationId}
      and ${organisationName.validFrom} <= ${today}
      and (${organisationName.validTo} is null or ${organisationName.validTo} >= ${today}) limit 1)`;
  const scopeLabel = sql<string | null>`coalesce(
    (select ${adminUnit.name} from ${adminUnit} where ${adminUnit.id} = ${user.scopeProvinceId}),
    (select ${region.labelVi} from ${region} where ${region.code} = ${user.scopeRegionCode}),
    (select ${organisationName.name} from ${organisationName}
      where ${organisationName.organisationId} = ${user.scopeOrganisationId}
        and ${organisationName.validFrom} <= ${today}
        and (${organisationName.validTo} is null or ${organisationName.validTo} >= ${today}) limit 1))`;
  return { orgName, scopeLabel };
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
  const { orgName, scopeLabel } = selection(today);
  const rows = await db
    .select({ u: user, organisationName: orgName, scopeLabel })
    .from(user)
    .where(where)
    .orderBy(asc(user.email))
    .limit(filters.pageSize)
    .offset((filters.page - 1) * filters.pageSize);
  const [totalRow] = await db.select({ total: count() }).from(user).where(where);
  return {
    rows: rows.map((r) => ({ ...r.u, organisationName: r.organisationName, scopeLabel: r.scopeLabel })),
    total: totalRow?.total ?? 0,
  };
}

/** One account, or undefined when it does not exist or lies outside the actor's scope. */
export async function findUserInScope(db: Db, actor: Actor, id: string): Promise<UserRow | undefined> {
  const today = todayInVietnam();
  const { orgName, scopeLabel } = selection(today);
  const [row] = await db
    .select({ u: user, organisationName: orgName, scopeLabel })
    .from(user)
    .where(and(eq(user.id, id), scopeCondition(actor, today)));
  return row ? { ...row.u, organisationName: row.organisationName, scopeLabel: row.scopeLabel } : undefined;
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
