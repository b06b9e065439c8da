import {
  type AggregateScope,
  aggregateReports,
  type GeographyBasis,
  isValidReportPeriod,
  type ReportAggregate,
  type ReportTemplateVersion,
  type ReportWindow,
  regionLabels,
  reportWindow,
} from "@kc/domain";
import type { Db } from "../../db/client";
import type { Actor, RequestMeta } from "../../platform/context";
import { AppError } from "../../platform/errors";
import { notFoundForActor } from "../../platform/policy";
import { type AggregatePlace, aggregatePlaces, aggregateReportsOfPeriod } from "./report-aggregate.queries";
import { listTemplates } from "./reports.queries";

export type ReportAggregateQuery = {
  templateCode: string;
  year: number;
  periodIndex: number;
  scope: AggregateScope;
  basis: GeographyBasis;
};

export type ReportAggregateView = {
  templateId: string;
  template: ReportTemplateVersion;
  window: ReportWindow;
  query: ReportAggregateQuery;
  scopeLabelVi: string;
  aggregate: ReportAggregate;
  places: ReadonlyMap<string, AggregatePlace>;
  /** The provinces whose figures the caller may see one by one; null: all of them. */
  visible: ReadonlySet<string> | null;
};

/**
 * A region's or the nation's report for a period, computed from the approved province reports (issue 17
 * item 4; `aggregateReports` of the domain says how). Three statements whatever the scope: the template's
 * versions, the period's provinces placed for the basis, the period's reports with the approved ones' cells.
 *
 * Who sees which scope: national staff every region and the nation; a region's staff their region; a
 * province's staff the region their province (or a former province it absorbed) belongs to under the basis:
 * the regional conference shows those figures to every province of the region, and a province measures itself
 * against them. They see the region's totals and which provinces are in or missing, but the figures of other
 * provinces one by one stay hidden, as their reports are (a 404 elsewhere). Anything else is a logged 404.
 */
export async function getReportAggregate(options: {
  db: Db;
  actor: Actor;
  meta: RequestMeta;
  query: ReportAggregateQuery;
}): Promise<ReportAggregateView> {
  const { db, actor, meta, query } = options;
  const { templateId, template, window } = await templateForPeriod(db, query);
  const { places, aggregate } = await aggregateOfPeriod(db, { ...query, templateId, template, window });
  const visible = await visibleProvinces(db, actor, meta, query.scope, places);
  return {
    templateId,
    template,
    window,
    query,
    scopeLabelVi:
      query.scope.kind === "NATIONAL"
        ? "Toàn quốc"
        : (regionLabels[query.scope.region as keyof typeof regionLabels]?.vi ?? query.scope.region),
    aggregate,
    places: new Map(places.map((place) => [place.id, place])),
    visible,
  };
}

/**
 * The aggregate itself, for whoever has already decided the caller may see it (the route above; the conference
 * pack, a national record): the period's provinces placed for the basis and its reports, two statements.
 */
export async function aggregateOfPeriod(
  db: Db,
  input: Omit<ReportAggregateQuery, "templateCode"> & {
    templateId: string;
    template: ReportTemplateVersion;
    window: ReportWindow;
  },
): Promise<{ places: AggregatePlace[]; aggregate: ReportAggregate }> {
  const period = { templateId: input.templateId, year: input.year, periodIndex: input.periodIndex };
  const [places, reports] = await Promise.all([
    aggregatePlaces(db, { ...period, windowTo: input.window.to, basis: input.basis }),
    aggregateReportsOfPeriod(db, period),
  ]);
  const aggregate = aggregateReports({
    template: input.template,
    scope: input.scope,
    provinces: places,
    reports,
  });
  return { places, aggregate };
}

/** The version of the template in force at the end of the period (a new legal text is a new version). */
async function templateForPeriod(db: Db, query: ReportAggregateQuery) {
  const versions = (await listTemplates(db)).filter(({ template }) => template.code === query.templateCode);
  if (versions.length === 0) throw new AppError("NOT_FOUND", { detail: "Không có mẫu báo cáo này" });
  const period = { year: query.year, index: query.periodIndex };
  for (const { id, template } of versions) {
    if (!isValidReportPeriod(template.periodKind, period)) continue;
    const window = reportWindow(template, period);
    if (window.to >= template.validFrom && (template.validTo === null || window.to <= template.validTo))
      return { templateId: id, template, window };
  }
  throw new AppError("REPORT_PERIOD_INVALID", {
    detail: `Mẫu báo cáo không có phiên bản hiệu lực cho kỳ ${query.periodIndex} năm ${query.year}`,
  });
}

async function visibleProvinces(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  scope: AggregateScope,
  places: readonly AggregatePlace[],
): Promise<ReadonlySet<string> | null> {
  const own = actor.scope;
  const denied = () =>
    notFoundForActor(db, actor, meta, {
      entity: "periodic_report",
      entityId: scope.kind === "NATIONAL" ? "TOAN_QUOC" : `region:${scope.region}`,
    });
  if (own.kind === "NATIONAL") return null;
  if (scope.kind === "NATIONAL") return denied();
  if (own.kind === "REGION") return own.regionCode === scope.region ? null : denied();
  if (own.kind !== "PROVINCE") return denied();
  const mine = places.filter((place) => place.currentId === own.provinceId || place.id === own.provinceId);
  if (!mine.some((place) => place.region === scope.region)) return denied();
  return new Set(mine.map((place) => place.id));
}
