import {
  consultingSummary,
  ORG_KEYS,
  type RegionCode,
  regionalCentreKey,
  regionLabels,
  staffingAveragesOn,
} from "@kc/domain";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "../../db/rows";
import { consultingContract, consultingPlan, staffingSnapshot } from "../../db/schema/index";
import { budgetView } from "../dashboard/budget-view";
import { scopeFilter } from "../dashboard/dashboard-scope";
import { presentAverages, presentConsulting } from "../extension-centres/centres.presenter";
import { conferenceReportFigures } from "./conference-pack-reports";
import { type ConferenceRow, conferenceResolutions } from "./conferences.queries";

const regionalCentreOf: Record<RegionCode, string> = {
  BAC: regionalCentreKey(1),
  TRUNG_TAY_NGUYEN: regionalCentreKey(2),
  NAM: regionalCentreKey(3),
};

/**
 * The region's centres on the last day of the period: the provincial centres of the provinces that belonged to
 * the region that day (DOMAIN §9.7 Q3, membership by date) and the region's national centre.
 */
async function regionCentres(db: Db, region: RegionCode, day: string) {
  const result = await db.execute(sql`
    SELECT id, type, valid_from AS "validFrom", valid_to AS "validTo" FROM organisation
    WHERE valid_from <= ${day}::date AND (valid_to IS NULL OR valid_to >= ${day}::date)
      AND ((type = 'TT_KHUYEN_CONG_TINH' AND kc_region_at(admin_unit_id, ${day}::date) = ${region})
        OR id = ${regionalCentreOf[region]})`);
  return rowsOf<{ id: string; type: string; validFrom: string; validTo: string | null }>(result);
}

/** The central agency's name on the conference day (it was renamed in 2017 and 2025; DOMAIN §6.1). */
async function agencyNameOn(db: Db, day: string): Promise<string> {
  const result = await db.execute(sql`
    SELECT name FROM organisation_name WHERE organisation_id = ${ORG_KEYS.centralAgency}
      AND valid_from <= ${day}::date AND (valid_to IS NULL OR valid_to >= ${day}::date)
    ORDER BY valid_from DESC LIMIT 1`);
  return rowsOf<{ name: string }>(result)[0]?.name ?? "Cục Khuyến công";
}

/**
 * Everything the conference pack prints, computed from records: the region's budget for the period from the
 * figure summary the dashboard reads (membership as it was, AS_OF), the consulting figure of the region's centres
 * from their contracts and plans, and the staff per centre over the centres existing at the end of the period;
 * and, where the provinces' reports of the same period have been approved, the region's aggregate of them.
 */
export async function conferencePack(db: Db, conference: ConferenceRow) {
  const { row } = conference;
  const region = row.regionCode;
  const year = Number(row.periodFrom.slice(0, 4));
  const cutoffMonth = Number(row.periodTo.slice(5, 7));
  const labelVi = regionLabels[region].vi;
  const scope = {
    level: "REGION" as const,
    region,
    unit: null,
    labelVi,
    parents: [],
    formerUnits: [],
    filter: scopeFilter("AS_OF", { region }),
  };
  const centres = await regionCentres(db, region, row.periodTo);
  const ids = centres.map((c) => c.id);
  const provincial = centres.filter((c) => c.type === "TT_KHUYEN_CONG_TINH");
  const [budget, contracts, plans, snapshots, resolutions, agencyName, fromReports] = await Promise.all([
    budgetView(db, scope, { year, cutoffMonth, basis: "AS_OF", region }),
    ids.length
      ? db
          .select({
            centreId: consultingContract.centreOrgId,
            signedOn: consultingContract.signedOn,
            revenueReceived: consultingContract.revenueReceived,
          })
          .from(consultingContract)
          .where(
            and(
              inArray(consultingContract.centreOrgId, ids),
              sql`${consultingContract.signedOn} between ${`${year - 1}-01-01`} and ${row.periodTo}`,
            ),
          )
      : [],
    ids.length
      ? db
          .select({
            centreId: consultingPlan.centreOrgId,
            year: consultingPlan.year,
            revenuePlan: consultingPlan.revenuePlan,
          })
          .from(consultingPlan)
          .where(and(inArray(consultingPlan.centreOrgId, ids), eq(consultingPlan.year, year)))
      : [],
    provincial.length
      ? db
          .select({
            centreId: staffingSnapshot.centreOrgId,
            asOf: staffingSnapshot.asOf,
            total: staffingSnapshot.total,
            permanent: staffingSnapshot.permanent,
            contract: staffingSnapshot.contract,
            partTime: staffingSnapshot.partTime,
            collaborators: staffingSnapshot.collaborators,
          })
          .from(staffingSnapshot)
          .where(
            and(
              inArray(
                staffingSnapshot.centreOrgId,
                provincial.map((c) => c.id),
              ),
              sql`${staffingSnapshot.asOf} <= ${row.periodTo}`,
            ),
          )
      : [],
    conferenceResolutions(db, row.id),
    agencyNameOn(db, row.heldOn),
    conferenceReportFigures(db, region, { from: row.periodFrom, to: row.periodTo }),
  ]);
  const consulting = consultingSummary({ from: row.periodFrom, to: row.periodTo }, contracts, plans);
  return {
    conference,
    regionLabelVi: labelVi,
    agencyName,
    budget,
    consulting: presentConsulting(consulting, plans.length > 0),
    staffing: presentAverages(staffingAveragesOn(row.periodTo, provincial, snapshots)),
    resolutions: resolutions.map((r) => ({ text: r.row.text, documentNumber: r.row.documentNumber })),
    /** The region's figures from approved province reports of the same period, when there are any. */
    fromReports,
  };
}

export type ConferencePack = Awaited<ReturnType<typeof conferencePack>>;
