import {
  DEFAULT_REMINDER_OFFSETS,
  type ExistingReport,
  type ObligationTemplate,
  type ReportObligation,
  type ReportQuality,
  reportObligations,
  todayInVietnam,
} from "@kc/domain";
import { type SQL, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import type { Actor, AppConfig } from "../../platform/context";
import { unitScopeCondition } from "../plans/unit-scope";
import { listTemplates } from "./reports.queries";

/**
 * The reads behind "my reports", completeness and the awards ranking: the template versions, the provinces in the
 * actor's scope with their validity, and their reports with the days they were first and last sent (as calendar
 * days in Vietnam). The domain's `reportObligations` turns them into the reports owed; a few hundred reports a year
 * nationally, so the whole set is read at once.
 */
export const DEFAULT_COUNT_FROM = "2026-01-01";

export function obligationSettings(config: AppConfig) {
  return (
    config.reportObligations ?? { countFrom: DEFAULT_COUNT_FROM, reminderOffsets: DEFAULT_REMINDER_OFFSETS }
  );
}

export type ObligationFilter = { templateId?: string; year?: number; provinceId?: string };

/** A whole-database read (the reminder sweep) or the actor's scope (every page). */
export type ObligationScope = { actor: Actor } | { all: true };

function scopeOn(scope: ObligationScope, column: SQL): SQL {
  return "actor" in scope ? unitScopeCondition(scope.actor, column) : sql`true`;
}

async function obligationTemplates(db: Db, templateId?: string): Promise<ObligationTemplate[]> {
  const templates = await listTemplates(db);
  return templates
    .filter(({ id }) => templateId === undefined || id === templateId)
    .map(({ id, template }) => ({ id, ...template }));
}

async function provincesInScope(db: Db, scope: ObligationScope, provinceId?: string) {
  const result = await db.execute(sql`
    SELECT id, valid_from AS "validFrom", valid_to AS "validTo" FROM admin_unit
    WHERE level = 'TINH' AND ${scopeOn(scope, sql`id`)}
      ${provinceId ? sql`AND id IN (SELECT ${provinceId}::text UNION ALL SELECT predecessor_id FROM admin_unit_succession WHERE successor_id = ${provinceId})` : sql``}
    ORDER BY sort_key, id`);
  return rowsOf<{ id: string; validFrom: string; validTo: string | null }>(result).map((row) => ({
    id: row.id,
    validFrom: String(row.validFrom).slice(0, 10),
    validTo: row.validTo === null ? null : String(row.validTo).slice(0, 10),
  }));
}

type ReportRead = Omit<ExistingReport, "firstSubmittedOn" | "lastSubmittedOn"> & {
  firstSubmittedAt: string | Date | null;
  lastSubmittedAt: string | Date | null;
  consistent: boolean;
};

const vnDay = (at: string | Date | null) => (at === null ? null : todayInVietnam(new Date(at)));

/**
 * The reports in scope. `consistent`: sent, never returned (no RESUBMIT among its submissions, not RETURNED now)
 * and no generated-check warning acknowledged in any submission — the awards' third criterion.
 */
async function reportsInScope(db: Db, scope: ObligationScope) {
  const result = await db.execute(sql`
    SELECT r.id, r.template_id AS "templateId", r.province_id AS "provinceId", r.year,
      r.period_index AS "periodIndex", r.state, r.first_submitted_at AS "firstSubmittedAt",
      r.last_submitted_at AS "lastSubmittedAt",
      (r.first_submitted_at IS NOT NULL AND r.state <> 'RETURNED' AND NOT EXISTS (
        SELECT 1 FROM report_submission s WHERE s.report_id = r.id
          AND (s.step = 'RESUBMIT' OR jsonb_array_length(s.acknowledgements) > 0))) AS consistent
    FROM periodic_report r
    WHERE ${scopeOn(scope, sql`r.province_id`)}`);
  return rowsOf<ReportRead>(result).map((row) => ({
    report: {
      id: row.id,
      templateId: row.templateId,
      provinceId: row.provinceId,
      year: Number(row.year),
      periodIndex: Number(row.periodIndex),
      state: row.state,
      firstSubmittedOn: vnDay(row.firstSubmittedAt),
      lastSubmittedOn: vnDay(row.lastSubmittedAt),
    } satisfies ExistingReport,
    consistent: row.consistent === true,
  }));
}

export type ObligationData = { obligations: ReportObligation[]; quality: Map<string, ReportQuality> };

/** Every report owed in the scope, with each report's consistency (for the ranking). */
export async function loadObligations(
  db: Db,
  scope: ObligationScope,
  options: { config: AppConfig; today: string; filter?: ObligationFilter },
): Promise<ObligationData> {
  const { filter = {}, today } = options;
  const [templates, provinces, reports] = await Promise.all([
    obligationTemplates(db, filter.templateId),
    provincesInScope(db, scope, filter.provinceId),
    reportsInScope(db, scope),
  ]);
  const obligations = reportObligations({
    templates,
    provinces,
    reports: reports.map((r) => r.report),
    today,
    countFrom: obligationSettings(options.config).countFrom,
    ...(filter.year ? { years: { from: filter.year, to: filter.year } } : {}),
  });
  return { obligations, quality: new Map(reports.map((r) => [r.report.id, { consistent: r.consistent }])) };
}

/** The region of each province on each date asked (membership valid then, else the nearest, as kc_region_at). */
export async function regionsOn(db: Db, pairs: readonly { provinceId: string; on: string }[]) {
  const regions = new Map<string, string>();
  if (pairs.length === 0) return regions;
  const unique = [...new Map(pairs.map((p) => [`${p.provinceId}|${p.on}`, p])).values()];
  const result = await db.execute(sql`
    SELECT p.unit || '|' || p.on_day AS key, kc_region_at(p.unit, p.on_day::date) AS region
    FROM unnest(${sql.param(unique.map((p) => p.provinceId))}::text[], ${sql.param(unique.map((p) => p.on))}::text[])
      AS p(unit, on_day)`);
  for (const row of rowsOf<{ key: string; region: string }>(result)) regions.set(row.key, row.region);
  return regions;
}

/** Today's province of each unit (a former province's successor), for the awards given to today's departments. */
export async function currentUnits(db: Db, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const result = await db.execute(
    sql`SELECT id, kc_current_unit(id) AS current FROM unnest(${sql.param([...ids])}::text[]) AS u(id)`,
  );
  return new Map(rowsOf<{ id: string; current: string }>(result).map((row) => [row.id, row.current]));
}
