import {
  type BudgetViewQuery,
  CENTRAL_UNIT_ID,
  CENTRAL_UNIT_LABEL,
  type GeographyBasis,
  regionLabels,
} from "@kc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Context } from "hono";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { TtlCache } from "../../platform/cache";
import type { Actor, AppEnv, RequestMeta } from "../../platform/context";
import { notFoundForActor, requireAbility } from "../../platform/policy";
import { requestMeta, requireActor } from "../../platform/router";
import { unitLabel, unitScopeCondition } from "../plans/unit-scope";

type RegionCode = keyof typeof regionLabels;

export type DashboardScope = {
  level: "NATIONAL" | "REGION" | "UNIT";
  region: string | null;
  unit: string | null;
  labelVi: string;
  parents: { labelVi: string; region?: string; unit?: string }[];
  /**
   * The former provinces whose figures a unit's answer includes for the year (today's Đồng Tháp in 2017 = the
   * former Đồng Tháp and Tiền Giang), so the page can say so; empty when the unit's figures are its own.
   */
  formerUnits: FormerUnit[];
  /** Condition on figure_summary or figure_rollup rows (same place columns), for the chosen basis. */
  filter: SQL;
};

export type FormerUnit = { id: string; name: string; labelVi: string };

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
  reference?: TtlCache<object>,
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
  if (own.kind === "ORGANISATION" || own.kind === "SELECTION_MEMBER") return denied();
  const national = own.kind === "NATIONAL" ? [{ labelVi: NATIONAL_LABEL }] : [];
  if (unit) {
    const found = await cachedUnitInScope(db, actor, unit, query, reference);
    if (!found) return denied();
    const unitRegion = found.region;
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
      labelVi: found.labelVi,
      parents,
      formerUnits: found.formerUnits,
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
      formerUnits: [],
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
    formerUnits: [],
    filter: scopeFilter(query.basis, {}),
  };
}

/**
 * A unit's place is reference data (admin units and dated region memberships, cleared from the cache by every
 * admin-unit write), so the answer is kept per unit, basis, year and actor scope: a dashboard of one province
 * then costs only its summary reads.
 */
async function cachedUnitInScope(
  db: Db,
  actor: Actor,
  unit: string,
  query: { basis: GeographyBasis; year: number },
  reference: TtlCache<object> | undefined,
): Promise<UnitPlace | null> {
  const key = `dashboard-unit|${JSON.stringify(actor.scope)}|${unit}|${query.basis}|${query.year}`;
  const hit = reference?.get(key) as { found: Awaited<ReturnType<typeof unitInScope>> } | undefined;
  if (hit) return hit.found;
  const found = await unitInScope(db, actor, unit, query);
  reference?.set(key, { found });
  return found;
}

type UnitPlace = { region: RegionCode | null; labelVi: string; formerUnits: FormerUnit[] };

/**
 * The unit, if it is a province (or the centre) inside the actor's scope, with its label, its region for the
 * breadcrumb (as it was in the year, or today's) and the former provinces that still existed during the year
 * (their figures are the unit's, DOMAIN §7.3). One read for what would otherwise be five.
 */
async function unitInScope(
  db: Db,
  actor: Actor,
  unit: string,
  query: { basis: GeographyBasis; year: number },
): Promise<UnitPlace | null> {
  if (unit === CENTRAL_UNIT_ID)
    return actor.scope.kind === "NATIONAL"
      ? { region: null, labelVi: CENTRAL_UNIT_LABEL, formerUnits: [] }
      : null;
  const region =
    query.basis === "AS_OF"
      ? sql`kc_region_at(u.id, make_date(${query.year}, 6, 30))`
      : sql`kc_region_at(kc_current_unit(u.id), current_date)`;
  const [row] = rowsOf<{
    region: string;
    name: string;
    valid_to: string | null;
    former: { id: string; name: string; valid_to: string }[] | string | null;
  }>(
    await db.execute(sql`
      SELECT ${region} AS region, u.name, u.valid_to,
        (SELECT json_agg(json_build_object('id', p.id, 'name', p.name, 'valid_to', p.valid_to))
          FROM admin_unit_succession s JOIN admin_unit p ON p.id = s.predecessor_id
          WHERE s.successor_id = u.id AND p.level = 'TINH' AND p.valid_to >= make_date(${query.year}, 1, 1)
        ) AS former
      FROM admin_unit u
      WHERE u.id = ${unit} AND u.level = 'TINH' AND ${unitScopeCondition(actor, sql`u.id`)}`),
  );
  if (!row) return null;
  // node-postgres parses json, PGlite may hand it over as text.
  const former = typeof row.former === "string" ? JSON.parse(row.former) : (row.former ?? []);
  return {
    region: row.region in regionLabels ? (row.region as RegionCode) : null,
    labelVi: unitLabel(row.name, row.valid_to),
    // In the order of the Vietnamese alphabet (Đồng Tháp before Tiền Giang), which the database does not know.
    formerUnits: (former as { id: string; name: string; valid_to: string }[])
      .map((p) => ({ id: p.id, name: p.name, labelVi: unitLabel(p.name, p.valid_to) }))
      .sort((a, b) => a.name.localeCompare(b.name, "vi")),
  };
}

/** The actor and the scope a dashboard request may see (ability 403, scope 404). */
export async function dashboardScope(
  c: Context<AppEnv>,
  query: Parameters<typeof resolveDashboardScope>[3],
  ability: "dashboard.read" | "dashboard.export" = "dashboard.read",
) {
  const actor = requireActor(c);
  const { db } = c.get("deps");
  await requireAbility(db, actor, ability, requestMeta(c), { entity: "dashboard" });
  return resolveDashboardScope(db, actor, requestMeta(c), query, c.get("deps").caches.reference);
}
