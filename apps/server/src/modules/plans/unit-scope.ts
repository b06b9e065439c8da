import { type AuditEntity, CENTRAL_UNIT_ID, CENTRAL_UNIT_LABEL } from "@kc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { logSecurityEvent } from "../../platform/audit";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";

/**
 * The data-scope condition on a plan or figure unit column (a province as it was in its year, or the central
 * agency "TW"). Provinces are compared on today's map, so an officer of today's Đồng Tháp keeps the figures of
 * the former Đồng Tháp and Tiền Giang; the central agency's own figures are national only.
 */
export function unitScopeCondition(actor: Actor, unit: SQL): SQL {
  const scope = actor.scope;
  switch (scope.kind) {
    case "NATIONAL":
      return sql`true`;
    case "PROVINCE":
      return unitOrPredecessorsOf(unit, scope.provinceId);
    case "REGION":
      return sql`(${unit} <> ${CENTRAL_UNIT_ID} AND kc_region_at(kc_current_unit(${unit}), current_date) = ${scope.regionCode})`;
    case "ORGANISATION":
    case "SELECTION_MEMBER":
      return sql`false`;
  }
}

/**
 * A unit and the former units it absorbed, as a subquery (today's Đồng Tháp: itself, the former Đồng Tháp and
 * Tiền Giang; a former province: itself). `column IN (…)` keeps the unit column's index usable, where a function
 * of the column on every row would not.
 */
function unitAndPredecessors(unit: string): SQL {
  return sql`(SELECT ${unit}::text UNION ALL SELECT predecessor_id FROM admin_unit_succession WHERE successor_id = ${unit})`;
}

/** Rows of `unit` itself or of its predecessors. */
export function unitOrPredecessorsOf(column: SQL, unit: string): SQL {
  return sql`${column} IN ${unitAndPredecessors(unit)}`;
}

/** Provincial admin units valid during some part of `year` (a unit ending or starting mid-year counts). */
function provinceValidIn(year: number): SQL {
  return sql`level = 'TINH' AND valid_from <= make_date(${year}, 12, 31)
    AND (valid_to IS NULL OR valid_to >= make_date(${year}, 1, 1))`;
}

export async function isUnitInScope(db: Db, actor: Actor, unitId: string): Promise<boolean> {
  const result = await db.execute(sql`SELECT ${unitScopeCondition(actor, sql`${unitId}::text`)} AS ok`);
  return rowsOf<{ ok: boolean }>(result)[0]?.ok === true;
}

/**
 * The unit named in a plan, programme or report body. Another province's unit is answered like any other
 * record outside the actor's scope: 404, logged as a denied access, so its existence never leaks; a unit inside
 * the scope that is no plan unit of the year (a province not yet or no longer existing) stays a 422.
 */
export async function requirePlanUnit(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  target: { entity: AuditEntity; unitId: string; year: number },
): Promise<void> {
  const { entity, unitId, year } = target;
  if (!(await isUnitInScope(db, actor, unitId))) {
    return notFoundForActor(db, actor, meta, { entity, entityId: unitId });
  }
  if (!(await isUnitValidInYear(db, unitId, year))) {
    throw new AppError("PLAN_UNIT_INVALID", {
      errors: [{ path: "body.unitId", message: `Đơn vị không có hiệu lực trong năm ${year}` }],
    });
  }
}

/**
 * National programmes and the central agency's own figures belong to the national scope: anyone else asking is
 * refused like a missing ability (403, logged).
 */
export async function requireNationalScope(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  target: { entity: AuditEntity },
): Promise<void> {
  if (actor.scope.kind === "NATIONAL") return;
  await logSecurityEvent(
    db,
    {
      category: "ACCESS",
      action: "DENIED:national-scope",
      outcome: "DENIED",
      actor,
      entity: target.entity,
      entityId: null,
    },
    meta,
  );
  throw new AppError("FORBIDDEN", { detail: "Chỉ cán bộ có phạm vi toàn quốc được thực hiện thao tác này" });
}

/** A provincial unit valid during some part of `year`, or the central agency. */
export async function isUnitValidInYear(db: Db, unitId: string, year: number): Promise<boolean> {
  if (unitId === CENTRAL_UNIT_ID) return true;
  const result = await db.execute(
    sql`SELECT 1 FROM admin_unit WHERE id = ${unitId} AND ${provinceValidIn(year)}`,
  );
  return rowsOf(result).length > 0;
}

/** The units a plan or report of `year` may belong to, for the actor: provinces valid in the year and the centre. */
export async function planUnitsFor(db: Db, actor: Actor, year: number) {
  const result = await db.execute(sql`
    SELECT id, "labelVi" FROM (
      SELECT ${CENTRAL_UNIT_ID}::text AS id, ${CENTRAL_UNIT_LABEL}::text AS "labelVi", '' AS sort_key
      UNION ALL
      SELECT id, name, sort_key FROM admin_unit WHERE ${provinceValidIn(year)}
    ) units
    WHERE ${unitScopeCondition(actor, sql`id`)}
    ORDER BY sort_key`);
  return rowsOf<{ id: string; labelVi: string }>(result);
}

/** Names of units for display: provinces by their name, the centre by its label. */
export async function unitLabels(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>([[CENTRAL_UNIT_ID, CENTRAL_UNIT_LABEL]]);
  const provinceIds = ids.filter((id) => id !== CENTRAL_UNIT_ID);
  if (provinceIds.length === 0) return labels;
  const result = await db.execute(
    sql`SELECT id, name, valid_to FROM admin_unit WHERE id = ANY(${sql.param(provinceIds)}::text[])`,
  );
  for (const row of rowsOf<{ id: string; name: string; valid_to: string | null }>(result))
    labels.set(row.id, unitLabel(row.name, row.valid_to));
  return labels;
}

/**
 * A former province is named with the month its successor began ("Đồng Tháp (trước 7/2025)"), so it is never
 * confused with today's province of the same name.
 */
export function unitLabel(name: string, validTo: string | null): string {
  return validTo ? `${name} (trước ${monthAfter(validTo)})` : name;
}

/** "2025-06-30" → "7/2025": the month a unit's successor took over. */
function monthAfter(validTo: string): string {
  const next = new Date(`${validTo}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return `${next.getUTCMonth() + 1}/${next.getUTCFullYear()}`;
}
