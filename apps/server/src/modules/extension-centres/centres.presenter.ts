import { z } from "@hono/zod-openapi";
import {
  type ConsultingSummary,
  consultingContractStateLabels,
  consultingContractStates,
  contractDeletionRefusal,
  formatFixedVi,
  formatPercentVi,
  organisationTypeLabels,
  type Ratio,
  roundRatio,
  type StaffingAverages,
} from "@kc/domain";
import type { consultingPlan, staffingSnapshot } from "../../db/schema/index";
import { type Money, money } from "../figures/figure-view";
import { unitLabel } from "../plans/unit-scope";
import type { CentreRow } from "./centre-scope";
import type { CentreListRow, centreContracts } from "./centres.queries";

const named = z.object({ id: z.string(), name: z.string() });
const moneySchema = z
  .object({ dong: z.string(), text: z.string() })
  .openapi({ description: "Số tiền: đồng (số nguyên dạng chuỗi) và chữ hiển thị (triệu đồng)" });

const staffingFields = z.object({
  id: z.string(),
  asOf: z.string(),
  total: z.number().int(),
  permanent: z.number().int().nullable(),
  contract: z.number().int().nullable(),
  partTime: z.number().int().nullable(),
  collaborators: z.number().int().nullable(),
  note: z.string(),
  version: z.number().int(),
});

/** Registered once; the centre summary inlines the nullable form, so the component itself never turns nullable. */
export const staffingSchema = staffingFields.openapi("StaffingSnapshot");

export const centreSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    type: z.string(),
    typeLabel: z.string(),
    parent: named.nullable().openapi({ description: "Cơ quan chủ quản (Sở Công Thương, Cục)" }),
    province: named.nullable(),
    regionCode: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    successorId: z.string().nullable(),
    latestStaffing: staffingFields.nullable(),
  })
  .openapi("ExtensionCentre");

/** One decimal, as the reports print staff per centre ("≈17 người/trung tâm" is 16,6). */
const oneDecimal = (r: Ratio | null) => (r ? formatFixedVi(roundRatio(r, 1)) : "—");

export const staffingAveragesSchema = z
  .object({
    day: z.string(),
    centreCount: z.number().int().openapi({ description: "Số trung tâm cấp tỉnh tồn tại vào ngày" }),
    reportingCount: z.number().int().openapi({ description: "Số trung tâm có số liệu đến ngày" }),
    total: z.number().int(),
    permanent: z.number().int(),
    perCentreText: z.object({ total: z.string(), permanent: z.string() }),
    permanentShareText: z.string(),
  })
  .openapi("StaffingAverages");

export function presentAverages(a: StaffingAverages): z.infer<typeof staffingAveragesSchema> {
  return {
    day: a.day,
    centreCount: a.centreCount,
    reportingCount: a.reportingCount,
    total: a.totals.total,
    permanent: a.totals.permanent,
    perCentreText: { total: oneDecimal(a.perCentre.total), permanent: oneDecimal(a.perCentre.permanent) },
    permanentShareText: formatPercentVi(a.permanentSharePercent, { decimals: 1 }),
  };
}

export function presentStaffing(row: typeof staffingSnapshot.$inferSelect): z.infer<typeof staffingSchema> {
  return {
    id: row.id,
    asOf: row.asOf,
    total: row.total,
    permanent: row.permanent,
    contract: row.contract,
    partTime: row.partTime,
    collaborators: row.collaborators,
    note: row.note,
    version: row.version,
  };
}

export function presentCentre(
  row: CentreRow,
  latest: typeof staffingSnapshot.$inferSelect | null,
): z.infer<typeof centreSummarySchema> {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    typeLabel: organisationTypeLabels[row.type] ?? row.type,
    parent: row.parentId ? { id: row.parentId, name: row.parentName ?? row.parentId } : null,
    province: row.provinceId
      ? { id: row.provinceId, name: unitLabel(row.provinceName ?? row.provinceId, row.provinceValidTo) }
      : null,
    regionCode: row.regionCode,
    validFrom: row.validFrom,
    validTo: row.validTo,
    successorId: row.successorId,
    latestStaffing: latest ? presentStaffing(latest) : null,
  };
}

export const presentCentreListRow = (row: CentreListRow) => presentCentre(row, row.snapshot);

export const contractSchema = z
  .object({
    id: z.string(),
    client: z.object({ establishmentId: z.string().nullable(), name: z.string() }),
    subject: z.string(),
    contractNumber: z.string().nullable(),
    value: moneySchema,
    signedOn: z.string(),
    finishedOn: z.string().nullable(),
    revenueReceived: moneySchema,
    state: z.enum(consultingContractStates),
    stateLabel: z.string(),
    deletionRefusal: z
      .string()
      .nullable()
      .openapi({ description: "Vì sao hợp đồng không xóa được nữa; null khi còn xóa được (ghi nhầm)" }),
    version: z.number().int(),
  })
  .openapi("ConsultingContract");

export function presentContract(
  r: Awaited<ReturnType<typeof centreContracts>>[number],
): z.infer<typeof contractSchema> {
  const { row } = r;
  return {
    id: row.id,
    client: { establishmentId: row.clientEstablishmentId, name: r.establishmentName ?? row.clientName ?? "" },
    subject: row.subject,
    contractNumber: row.contractNumber,
    value: money(row.value),
    signedOn: row.signedOn,
    finishedOn: row.finishedOn,
    revenueReceived: money(row.revenueReceived),
    state: row.state,
    stateLabel: consultingContractStateLabels[row.state],
    deletionRefusal: contractDeletionRefusal(row),
    version: row.version,
  };
}

export const planSchema = z
  .object({
    year: z.number().int(),
    revenuePlan: moneySchema,
    plannedProjects: z.number().int().nullable().openapi({ description: "Số dự án tư vấn kế hoạch năm" }),
    version: z.number().int(),
  })
  .openapi("ConsultingPlan");

export const presentPlan = (row: typeof consultingPlan.$inferSelect): z.infer<typeof planSchema> => ({
  year: row.year,
  revenuePlan: money(row.revenuePlan),
  plannedProjects: row.plannedProjects,
  version: row.version,
});

export const consultingSummarySchema = z
  .object({
    from: z.string(),
    to: z.string(),
    contractCount: z.number().int(),
    revenue: moneySchema,
    yearPlan: moneySchema.nullable().openapi({ description: "Kế hoạch doanh thu năm; null khi chưa có" }),
    percentOfYearPlanText: z.string().openapi({ example: "49,1 %" }),
    samePeriodLastYear: z.object({ contractCount: z.number().int(), revenue: moneySchema }),
    percentOfSamePeriodText: z.string().openapi({ example: "153,7 %" }),
    sentenceVi: z.string().openapi({
      description: "Câu như báo cáo hội nghị in: số dự án, doanh thu (tỷ đồng), % kế hoạch năm",
    }),
  })
  .openapi("ConsultingSummary");

/** "4,87 tỷ đồng": the unit the conference reports use for revenue, two decimals. */
export function billionText(dong: bigint): string {
  return `${formatFixedVi(roundRatio({ num: dong, den: 1_000_000_000n }, 2))} tỷ đồng`;
}

/**
 * The consulting figure with every text the page and the conference pack print, computed once here from the
 * domain's exact ratios (one decimal, as R-2024-north prints "49,1 %").
 */
export function presentConsulting(
  s: ConsultingSummary,
  hasPlan: boolean,
): z.infer<typeof consultingSummarySchema> {
  const ofPlan = formatPercentVi(s.percentOfYearPlan, { decimals: 1 });
  const ofLastYear = formatPercentVi(s.percentOfSamePeriod, { decimals: 1 });
  const planPart = s.percentOfYearPlan ? `, đạt ${ofPlan} kế hoạch năm` : ", chưa có kế hoạch năm để so sánh";
  const lastYearPart = s.percentOfSamePeriod ? `, bằng ${ofLastYear} so với cùng kỳ` : "";
  const yearPlan: Money | null = hasPlan ? money(s.yearPlan) : null;
  return {
    from: s.window.from,
    to: s.window.to,
    contractCount: s.contractCount,
    revenue: money(s.revenue),
    yearPlan,
    percentOfYearPlanText: ofPlan,
    samePeriodLastYear: {
      contractCount: s.samePeriodLastYear.contractCount,
      revenue: money(s.samePeriodLastYear.revenue),
    },
    percentOfSamePeriodText: ofLastYear,
    sentenceVi: `${s.contractCount} dự án tư vấn, ${billionText(s.revenue)}${planPart}${lastYearPart}`,
  };
}
