import { aliasedTable, and, asc, eq, gte, isNull, lte, or } from "drizzle-orm";
import type { Db } from "../../db/client";
import { adminUnit } from "../../db/schema/index";
import type { Actor } from "../../platform/context";
import { provinceScopeFilter } from "../../platform/policy";

/** One row of the template's commune sheet. */
export type TemplateCommune = {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  validFrom: string;
  validTo: string | null;
};

const commune = aliasedTable(adminUnit, "commune");
const province = aliasedTable(adminUnit, "province");

const inForceOn = (unit: typeof adminUnit, today: string) =>
  and(lte(unit.validFrom, today), or(isNull(unit.validTo), gte(unit.validTo, today)));

/**
 * The communes an import may name today: communes in force today whose province, in force today too, lies in the
 * caller's data scope (a provincial officer: their own province; a region: its provinces today; national: all).
 * `provinceCode` narrows the list to one province; `null` means that province is not in the caller's scope (or
 * does not exist today), so the route answers 404 rather than an empty sheet that looks like "no communes".
 */
export async function listTemplateCommunes(options: {
  db: Db;
  actor: Actor;
  today: string;
  provinceCode?: string;
}): Promise<TemplateCommune[] | null> {
  const { db, actor, today, provinceCode } = options;
  const rows = await db
    .select({
      code: commune.code,
      name: commune.name,
      provinceCode: province.code,
      provinceName: province.name,
      validFrom: commune.validFrom,
      validTo: commune.validTo,
    })
    .from(commune)
    .innerJoin(province, eq(province.id, commune.parentId))
    .where(
      and(
        eq(commune.level, "XA"),
        eq(province.level, "TINH"),
        inForceOn(commune, today),
        inForceOn(province, today),
        provinceScopeFilter(actor, { province: province.id }, today),
        provinceCode ? eq(province.code, provinceCode) : undefined,
      ),
    )
    .orderBy(asc(province.code), asc(commune.code));
  if (provinceCode && rows.length === 0) return null;
  return rows;
}
