import { z } from "@hono/zod-openapi";
import { consultingSummary, todayInVietnam } from "@kc/domain";
import type { Context } from "hono";
import type { AppEnv } from "../../platform/context";
import { requireActor } from "../../platform/router";
import { findCentreInScope } from "./centre-scope";
import { canManageCentres, centrePolicy } from "./centres.policy";
import {
  centreSummarySchema,
  consultingSummarySchema,
  contractSchema,
  planSchema,
  presentCentre,
  presentConsulting,
  presentContract,
  presentPlan,
  presentStaffing,
  staffingSchema,
} from "./centres.presenter";
import { centreContracts, centrePlans, centreSnapshots } from "./centres.queries";

export const centrePageSchema = z
  .object({
    centre: centreSummarySchema,
    staffing: z.array(staffingSchema).openapi({ description: "Số người làm việc theo ngày, mới nhất trước" }),
    contracts: z.array(contractSchema),
    plans: z.array(planSchema),
    consulting: consultingSummarySchema.openapi({
      description: "Tư vấn, dịch vụ của năm đã chọn so với kế hoạch",
    }),
    canEdit: z.boolean(),
  })
  .openapi("ExtensionCentrePage");

export const centrePageQuerySchema = z.strictObject({
  year: z.coerce
    .number({ error: "Năm phải là số" })
    .int("Năm phải là số nguyên")
    .min(2007, "Năm phải từ 2007")
    .max(2100, "Năm phải đến 2100")
    .optional()
    .openapi({ description: "Năm của số liệu tư vấn, dịch vụ (mặc định năm nay)" }),
});

/** The centre in the caller's scope, or a logged 404: what every centre route starts from. */
export async function centreOr404(c: Context<AppEnv>, id: string) {
  const actor = requireActor(c);
  return centrePolicy.inScopeOr404(c, await findCentreInScope(c.get("deps").db, actor, id), id);
}

/**
 * The centre's page: its catalogue facts, staffing history, contracts, plans and the year's consulting figure
 * computed from the contracts by the domain (never stored).
 */
export async function centrePage(c: Context<AppEnv>, id: string, year?: number) {
  const actor = requireActor(c);
  const { db } = c.get("deps");
  const centre = await centreOr404(c, id);
  const [staffing, contracts, plans] = await Promise.all([
    centreSnapshots(db, id),
    centreContracts(db, id),
    centrePlans(db, id),
  ]);
  // By default this year, or the last year of a centre that no longer exists (merged away in 2025).
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const shownYear =
    year ?? Math.min(thisYear, centre.validTo ? Number(centre.validTo.slice(0, 4)) : thisYear);
  const summary = consultingSummary(
    { from: `${shownYear}-01-01`, to: `${shownYear}-12-31` },
    contracts.map(({ row }) => ({
      centreId: row.centreOrgId,
      signedOn: row.signedOn,
      revenueReceived: row.revenueReceived,
    })),
    plans.map((p) => ({ centreId: p.centreOrgId, year: p.year, revenuePlan: p.revenuePlan })),
  );
  return {
    centre: presentCentre(centre, staffing[0] ?? null),
    staffing: staffing.map(presentStaffing),
    contracts: contracts.map(presentContract),
    plans: plans.map(presentPlan),
    consulting: presentConsulting(
      summary,
      plans.some((p) => p.year === shownYear),
    ),
    canEdit: canManageCentres(actor),
  };
}
