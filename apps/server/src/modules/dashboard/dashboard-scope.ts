import { type BudgetViewQuery, CENTRAL_UNIT_ID, type GeographyBasis, regionLabels } from "@kc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { Actor, RequestMeta } from "../../platform/context";
import { notFoundForActor } from "../../platform/policy";
import { isUnitInScope, unitLabels } from "../plans/unit-scope";

type RegionCode = keyof typeof regionLabels;

export type DashboardScope = {
  level: "NATIONAL" | "REGION" | "UNIT";
  region: string | null;
  unit: string | null;
  labelVi: string;
  parents: { labelVi: string; region?: string; unit?: string }[];
  /** Condition on figure_summary or figure_rollup rows (same place columns), for the chosen basis. */
  filter: SQL;
};

export const NATIONAL_LABEL = "Toàn quốc";

/** The summary columns that place a row in a region and a province, as they were or on today's map. */
export function basisColumns(basis: GeographyBasis) {
  return basis === "AS_OF"
    ? { region: sql.raw("region_as_of"), unit: sql.raw("unit_id") }
    : { region: sql.raw("region_current"), unit: sql.raw("current_unit_id") };
}

/**
 * The summary rows of a scope: a unit's own rows and its predecessors' (today's Đồng Tháp includes the former
 * Đồng Tháp and Tiền Giang), a region by the basis's region column, or everything.
 */
export function scopeFilter(
  basis: GeographyBasis,
  target: { region?: string | null; unit?: string | null },
): SQL {
  if (target.unit) return sql`(unit_id = ${target.unit} OR current_unit_id = ${target.unit})`;
  if (target.region) return sql`${basisColumns(basis).region} = ${target.region}`;
  return sql`true`;
}

/**
 * The scope a dashboard request asks for, checked against the actor's data scope: without region or unit a
 * user gets the whole of their scope; anything outside it is a logged 404, so a province learns nothing about
 * another's figures (issue: "a dashboard request for a scope the user does not have: 404").
 */
export async function resolveDashboardScope(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  query: Pick<BudgetViewQuery, "basis" | "region" | "unit"> & { year: number },
): Promise<DashboardScope> {
  const own = actor.scope;
  let region = query.region ?? null;
  let unit = query.unit ?? null;
  if (!region && !unit) {
    if (own.kind === "REGION") region = own.regionCode;
    if (own.kind === "PROVINCE") unit = own.provinceId;
  }
  const denied = () =>
    notFoundForActor(db, actor, meta, { entity: "dashboard", entityId: unit ?? region ?? "TOAN_QUOC" });
  if (own.kind === "ORGANISATION") return denied();
  const national = own.kind === "NATIONAL" ? [{ labelVi: NATIONAL_LABEL }] : [];
  if (unit) {
    if (!(await unitExists(db, unit)) || !(await isUnitInScope(db, actor, unit))) return denied();
    const labels = await unitLabels(db, [unit]);
    const unitRegion = await regionOfUnit(db, unit, query.basis, query.year);
    const parents =
      own.kind === "PROVINCE"
        ? []
        : [
            ...national,
            ...(unitRegion ? [{ labelVi: regionLabels[unitRegion].vi, region: unitRegion }] : []),
          ];
    return {
      level: "UNIT",
      region: null,
      unit,
      labelVi: labels.get(unit) ?? unit,
      parents,
      filter: scopeFilter(query.basis, { unit }),
    };
  }
  if (region) {
    if (own.kind === "PROVINCE" || (own.kind === "REGION" && own.regionCode !== region)) return denied();
    return {
      level: "REGION",
      region,
      unit: null,
      labelVi: regionLabels[region as RegionCode].vi,
      parents: national,
      filter: scopeFilter(query.basis, { region }),
    };
  }
  if (own.kind !== "NATIONAL") return denied();
  return {
    level: "NATIONAL",
    region: null,
    unit: null,
    labelVi: NATIONAL_LABEL,
    parents: [],
    filter: sql`true`,
  };
}

async function unitExists(db: Db, unit: string) {
  if (unit === CENTRAL_UNIT_ID) return true;
  const rows = rowsOf(await db.execute(sql`SELECT 1 FROM admin_unit WHERE id = ${unit} AND level = 'TINH'`));
  return rows.length > 0;
}

async function regionOfUnit(db: Db, unit: string, basis: GeographyBasis, year: number) {
  if (unit === CENTRAL_UNIT_ID) return null;
  const rows = rowsOf<{ region: string }>(
    await db.execute(
      basis === "AS_OF"
        ? sql`SELECT kc_region_at(${unit}, make_date(${year}, 6, 30)) AS region`
        : sql`SELECT kc_region_at(kc_current_unit(${unit}), current_date) AS region`,
    ),
  );
  const code = rows[0]?.region;
  return code && code in regionLabels ? (code as RegionCode) : null;
}
