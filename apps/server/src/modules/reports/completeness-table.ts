import { z } from "@hono/zod-openapi";
import {
  awardsRanking,
  type CompletenessCounts,
  completenessByPeriod,
  formatPercentVi,
  type RegionCode,
  regionLabels,
} from "@kc/domain";
import type { Db } from "../../db/client";
import type { Actor, AppConfig } from "../../platform/context";
import { unitLabels } from "../plans/unit-scope";
import { currentUnits, loadObligations, regionsOn } from "./report-obligations.queries";

const timelinessSchema = z.enum(["ON_TIME", "LATE", "MISSING", "NOT_YET_DUE"]);

const countsSchema = z.object({
  expected: z.number().int(),
  onTime: z.number().int(),
  late: z.number().int(),
  missing: z.number().int(),
  notYetDue: z.number().int(),
  completenessText: z.string().describe('Đã gửi / phải gửi, "84,12 %"'),
  timelinessText: z.string().describe("Gửi đúng hạn / phải gửi"),
});

export const completenessSchema = z
  .object({
    periods: z.array(
      z.object({
        templateId: z.string(),
        titleVi: z.string(),
        year: z.number().int(),
        periodIndex: z.number().int(),
        labelVi: z.string(),
        dueOn: z.string(),
        totals: countsSchema,
        provinces: z.array(
          z.object({
            provinceId: z.string(),
            provinceLabel: z.string(),
            regionCode: z.string(),
            regionLabelVi: z.string(),
            timeliness: timelinessSchema,
            firstSubmittedOn: z.string().nullable(),
            reportId: z.string().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi("ReportCompleteness");

function presentCounts(counts: CompletenessCounts) {
  const { completeness, timeliness, ...rest } = counts;
  return {
    ...rest,
    completenessText: formatPercentVi(completeness),
    timelinessText: formatPercentVi(timeliness),
  };
}

const regionName = (code: string) => regionLabels[code as RegionCode]?.vi ?? "Chưa thuộc vùng";

/**
 * Completeness and timeliness per template and period, per province (issue 17 item 4): on time, late, missing,
 * not yet due, with totals and DHIS2's percentages. A province's region is its membership on the last day of the
 * period (as the dashboard resolves regions by date), so the region filter follows the map of that period.
 */
export async function completenessTable(options: {
  db: Db;
  actor: Actor;
  config: AppConfig;
  today: string;
  filter: { templateId?: string; year?: number; region?: RegionCode };
}) {
  const { db, actor, config, today, filter } = options;
  const { obligations } = await loadObligations(db, { actor }, { config, today, filter });
  const regions = await regionsOn(
    db,
    obligations.map((o) => ({ provinceId: o.provinceId, on: o.window.to })),
  );
  const regionOf = (provinceId: string, on: string) => regions.get(`${provinceId}|${on}`) ?? "";
  const kept = filter.region
    ? obligations.filter((o) => regionOf(o.provinceId, o.window.to) === filter.region)
    : obligations;
  const labels = await unitLabels(db, [...new Set(kept.map((o) => o.provinceId))]);
  const windowEnd = new Map(kept.map((o) => [`${o.templateId}|${o.year}|${o.periodIndex}`, o.window.to]));
  return {
    periods: completenessByPeriod(kept).map((period) => {
      const on = windowEnd.get(`${period.templateId}|${period.year}|${period.periodIndex}`) ?? period.dueOn;
      return {
        ...period,
        totals: presentCounts(period.totals),
        provinces: period.provinces.map((p) => {
          const regionCode = regionOf(p.provinceId, on);
          return {
            ...p,
            provinceLabel: labels.get(p.provinceId) ?? p.provinceId,
            regionCode,
            regionLabelVi: regionName(regionCode),
          };
        }),
      };
    }),
  };
}

export const awardsSchema = z
  .object({
    year: z.number().int(),
    rows: z.array(
      z.object({
        rank: z.number().int(),
        provinceId: z.string(),
        provinceLabel: z.string(),
        due: z.number().int(),
        onTime: z.number().int(),
        sent: z.number().int(),
        consistent: z.number().int(),
        onTimeText: z.string(),
        completeText: z.string(),
        consistentText: z.string(),
      }),
    ),
  })
  .openapi("ReportAwardsRanking");

/**
 * The awards ranking of a year (issue 17 item 4; the rule in packages/domain report-awards-ranking.ts): on time,
 * then complete, then consistent, over the reports of the year already due; a former province counts toward
 * today's province that succeeded it.
 */
export async function awardsTable(options: {
  db: Db;
  actor: Actor;
  config: AppConfig;
  today: string;
  year: number;
}) {
  const { db, actor, config, today, year } = options;
  const { obligations, quality } = await loadObligations(db, { actor }, { config, today, filter: { year } });
  const current = await currentUnits(db, [...new Set(obligations.map((o) => o.provinceId))]);
  const rows = awardsRanking(obligations, quality, (id) => current.get(id) ?? id);
  const labels = await unitLabels(
    db,
    rows.map((row) => row.provinceId),
  );
  return {
    year,
    rows: rows.map((row) => ({
      rank: row.rank,
      provinceId: row.provinceId,
      provinceLabel: labels.get(row.provinceId) ?? row.provinceId,
      due: row.due,
      onTime: row.onTime,
      sent: row.sent,
      consistent: row.consistent,
      onTimeText: formatPercentVi(row.onTimeShare),
      completeText: formatPercentVi(row.completeShare),
      consistentText: formatPercentVi(row.consistentShare),
    })),
  };
}
