import { z } from "@hono/zod-openapi";
import {
  type ActorKind,
  bigIntToDong,
  type CertificatePriority,
  disbursingActor,
  documentKinds,
  type Finding,
  fundingLevelLabels,
  isReportOverdue,
  progressCalendar,
  projectKindLabels,
  projectStatusLabels,
  projectStepLabel,
  reportingStatuses,
  type StepReadiness,
  type SupportActivity,
  settlementFigures,
  supportActivities,
  todayInVietnam,
} from "@kc/domain";
import { certificatePrioritySchema } from "../establishments/certificate-priority";
import { ledgerOf, quantityText } from "./project-snapshot";
import { presentSteps, stepActionSchema } from "./project-steps.presenter";
import type { ProjectDetail, ProjectListRow } from "./projects.queries";
import { editableStatuses } from "./update-project";

const dong = z.string().describe("Số tiền (đồng), số nguyên dạng chuỗi");
const coded = z.object({ code: z.string(), label: z.string() });
const money = (value: bigint | null) => (value === null ? null : bigIntToDong(value));
const activityList = (codes: readonly string[]) =>
  codes.map((code) => ({ code, label: supportActivities[code as SupportActivity]?.labelVi ?? code }));

export const projectListItemSchema = z
  .object({
    id: z.string(),
    code: z.string(),
    title: z.string(),
    kind: coded,
    fundingLevel: coded,
    planYear: z.number().int(),
    province: z.object({ id: z.string(), name: z.string() }).nullable(),
    implementerName: z.string(),
    activities: z.array(coded),
    status: coded,
    statusChangedAt: z.string(),
    kcTotal: dong,
    contractSupport: dong.nullable(),
    disbursedTotal: dong,
    overdue: z.boolean(),
    version: z.number().int(),
  })
  .openapi("ProjectListItem");

export function presentListItem(
  row: ProjectListRow,
  today = todayInVietnam(),
): z.infer<typeof projectListItemSchema> {
  const p = row.p;
  return {
    id: p.id,
    code: p.code,
    title: p.title,
    kind: { code: p.kind, label: projectKindLabels[p.kind] ?? p.kind },
    fundingLevel: {
      code: p.fundingLevel,
      label: fundingLevelLabels[p.fundingLevel] ?? p.fundingLevel,
    },
    planYear: p.planYear,
    province: p.provinceId && row.provinceName ? { id: p.provinceId, name: row.provinceName } : null,
    implementerName: p.implementerName,
    activities: activityList(p.activities),
    status: { code: p.status, label: projectStatusLabels[p.status] ?? p.status },
    statusChangedAt: p.statusChangedAt.toISOString(),
    kcTotal: bigIntToDong(p.kcTotal),
    contractSupport: money(p.contractSupport),
    disbursedTotal: bigIntToDong(p.disbursedTotal),
    overdue: isReportOverdue(p, today),
    version: p.version,
  };
}

/** Steps that end the monthly reporting duty: its calendar stops on their effective date, not when recorded. */
const REPORTING_ENDS = ["REPORT_COMPLETION", "STOP", "STOP_FOR_VIOLATION"];

export const projectDetailSchema = projectListItemSchema
  .extend({
    localLevel: z.string().nullable(),
    selectionMethod: z.string(),
    implementerOrgId: z.string().nullable(),
    coordinatingOrgIds: z.array(z.string()),
    coordinatingOrgs: z.array(z.object({ id: z.string(), name: z.string() })),
    industries: z.array(z.string()),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    summary: z.string(),
    flags: z.record(z.string(), z.boolean()),
    priorityMultiplierBps: z.number().int().nullable(),
    counterpartTotal: dong,
    otherTotal: dong,
    contractSignedOn: z.string().nullable(),
    pendingAdjustment: z.array(z.string()).nullable(),
    money: z
      .object({
        contractedSupport: dong,
        disbursed: dong,
        refunded: dong,
        acceptedSpend: dong.nullable(),
        settled: dong.nullable(),
        refundDue: dong.nullable(),
        stillPayable: dong.nullable(),
      })
      .nullable(),
    beneficiaries: z.array(
      z.object({
        establishmentId: z.string(),
        name: z.string(),
        taxCode: z.string().nullable(),
        shareBps: z.number().int().nullable(),
        certificatePriority: certificatePrioritySchema.nullable(),
      }),
    ),
    sites: z.array(z.object({ communeId: z.string(), communeName: z.string(), addressText: z.string() })),
    estimateLines: z.array(
      z.object({
        id: z.string(),
        item: z.string(),
        spendingCategory: z.string(),
        normCode: z.string().nullable(),
        capUnits: z.number().int(),
        quantity: z.string(),
        unitPrice: dong,
        kcAmount: dong,
        counterpartAmount: dong,
        otherAmount: dong,
      }),
    ),
    indicators: z.array(
      z.object({ code: z.string(), target: z.string().nullable(), achieved: z.string().nullable() }),
    ),
    timeline: z.array(
      z.object({
        id: z.number().int(),
        code: z.string(),
        label: z.string(),
        fromStatus: z.string().nullable(),
        toStatus: z.string().nullable(),
        effectiveOn: z.string(),
        at: z.string(),
        actorName: z.string(),
        actorRole: z.string(),
        note: z.string(),
        /** What the step recorded beyond its documents (appraisal, amounts, adjustment types): step-specific. */
        details: z.unknown(),
        /** The warnings the step's guards raised and the user went past (a blocking finding stops the step). */
        warnings: z.array(
          z.object({ code: z.string(), severity: z.enum(["BLOCK", "WARN"]), messageVi: z.string() }),
        ),
        documentIds: z.array(z.string()),
      }),
    ),
    documents: z.array(
      z.object({
        id: z.string(),
        stepId: z.number().int().nullable(),
        kind: coded,
        number: z.string().nullable(),
        issuedOn: z.string().nullable(),
        signer: z.string().nullable(),
        title: z.string(),
        evidenceCode: z.string().nullable(),
        file: z
          .object({ name: z.string(), size: z.number().int(), mediaType: z.string(), sha256: z.string() })
          .nullable(),
      }),
    ),
    disbursements: z.array(
      z.object({
        id: z.number().int(),
        kind: z.string(),
        amount: dong,
        paidOn: z.string(),
        treasuryRef: z.string().nullable(),
      }),
    ),
    progress: z.array(
      z.object({
        period: z.string(),
        dueBefore: z.string(),
        status: z.string(),
        reportedOn: z.string().nullable(),
      }),
    ),
    budget: z.object({
      normDate: z.string(),
      normSet: z.object({ id: z.string(), labelVi: z.string(), version: z.number().int() }).nullable(),
      caps: z.array(
        z.object({
          status: z.string(),
          capDong: dong.nullable(),
          explanationVi: z.string(),
          exceeds: z.boolean(),
        }),
      ),
    }),
    duplicateSupport: z
      .array(
        z.object({
          projectId: z.string(),
          code: z.string(),
          title: z.string(),
          establishmentId: z.string(),
          establishmentName: z.string(),
          content: z.string(),
          matchedOn: z.enum(["ITEM", "CONTENT"]),
        }),
      )
      .describe("E9: dự án khác hỗ trợ cùng cơ sở, cùng nội dung trong thời gian trùng (cảnh báo)"),
    actions: z.object({
      steps: z.array(stepActionSchema),
      edit: z.boolean(),
      disburse: z.boolean(),
      reportProgress: z.boolean(),
      attach: z.boolean(),
    }),
  })
  .openapi("ProjectDetail");

export type DuplicateSupport = z.infer<typeof projectDetailSchema>["duplicateSupport"];

export type Permissions = {
  kinds: readonly ActorKind[];
  canUpdate: boolean;
  canTransition: boolean;
  canDisburse: boolean;
  canAttach: boolean;
  /** The steps the caller's body may take from the current state, with what they still lack (policy). */
  steps: readonly StepReadiness[];
};

export function presentDetail(
  detail: ProjectDetail,
  permissions: Permissions,
  duplicateSupport: DuplicateSupport,
  budget: z.infer<typeof projectDetailSchema>["budget"],
  priorities: ReadonlyMap<string, CertificatePriority>,
): z.infer<typeof projectDetailSchema> {
  const { row } = detail;
  const today = todayInVietnam();
  const status = row.status;
  const level = row.fundingLevel;
  const ledger = ledgerOf(row, detail.disbursements);
  const figures = ledger ? settlementFigures(ledger) : null;
  const steps = permissions.canTransition ? presentSteps(permissions.steps, level) : [];
  return {
    ...presentListItem({ p: row, provinceName: detail.province?.name ?? null }, today),
    localLevel: row.localLevel,
    selectionMethod: row.selectionMethod,
    implementerOrgId: row.implementerOrgId,
    coordinatingOrgIds: row.coordinatingOrgIds,
    coordinatingOrgs: detail.coordinatingOrgs,
    industries: row.industries,
    startDate: row.startDate,
    endDate: row.endDate,
    summary: row.summary,
    flags: {
      implementerIsBeneficiary: row.implementerIsBeneficiary,
      directRouteAllowed: row.directRouteAllowed,
      singleProvince: row.singleProvince,
      registeredByDoit: row.registeredByDoit,
      biddingWaived: row.biddingWaived,
    },
    priorityMultiplierBps: row.priorityMultiplierBps,
    counterpartTotal: bigIntToDong(row.counterpartTotal),
    otherTotal: bigIntToDong(row.otherTotal),
    contractSignedOn: row.contractSignedOn,
    pendingAdjustment: row.pendingAdjustment,
    money: ledger
      ? {
          contractedSupport: bigIntToDong(ledger.contractedSupport),
          disbursed: bigIntToDong(row.disbursedTotal),
          refunded: bigIntToDong(row.refundedTotal),
          acceptedSpend: money(row.acceptedSpend),
          settled: money(row.settledAmount),
          refundDue: figures ? bigIntToDong(figures.refundDue) : null,
          stillPayable: figures ? bigIntToDong(figures.stillPayable) : null,
        }
      : null,
    beneficiaries: detail.beneficiaries.map((b) => ({
      establishmentId: b.establishmentId,
      name: b.name,
      taxCode: b.taxCode,
      shareBps: b.shareBps,
      certificatePriority: priorities.get(b.establishmentId) ?? null,
    })),
    sites: detail.sites,
    estimateLines: detail.lines.map((l) => ({
      id: `L${l.position + 1}`,
      item: l.item,
      spendingCategory: l.spendingCategory,
      normCode: l.normCode,
      capUnits: l.capUnits,
      quantity: quantityText(l.quantity),
      unitPrice: bigIntToDong(l.unitPrice),
      kcAmount: bigIntToDong(l.kcAmount),
      counterpartAmount: bigIntToDong(l.counterpartAmount),
      otherAmount: bigIntToDong(l.otherAmount),
    })),
    indicators: detail.indicators.map((i) => ({
      code: i.indicatorCode,
      target: i.target,
      achieved: i.achieved,
    })),
    timeline: detail.steps.map((s) => ({
      id: s.id,
      code: s.code,
      label: projectStepLabel(s.code),
      fromStatus: s.fromStatus,
      toStatus: s.toStatus,
      effectiveOn: s.effectiveOn,
      at: s.at.toISOString(),
      actorName: s.actorName,
      actorRole: s.actorRole,
      note: s.note,
      details: s.details,
      // Written by take-step.ts from the guards' findings.
      warnings: s.warnings as Finding[],
      documentIds: detail.documents.filter((d) => d.stepId === s.id).map((d) => d.id),
    })),
    documents: detail.documents.map((d) => ({
      id: d.id,
      stepId: d.stepId,
      kind: { code: d.kind, label: documentKinds[d.kind as keyof typeof documentKinds]?.labelVi ?? d.kind },
      number: d.number,
      issuedOn: d.issuedOn,
      signer: d.signer,
      title: d.title,
      evidenceCode: d.evidenceCode,
      file: d.file?.name
        ? {
            name: d.file.name,
            size: d.file.size ?? 0,
            mediaType: d.file.mediaType ?? "",
            sha256: d.file.sha256 ?? "",
          }
        : null,
    })),
    disbursements: detail.disbursements.map((d) => ({
      id: d.id,
      kind: d.kind,
      amount: bigIntToDong(d.amount),
      paidOn: d.paidOn,
      treasuryRef: d.treasuryRef,
    })),
    progress: row.contractSignedOn
      ? progressCalendar({
          from: row.contractSignedOn,
          until: (reportingStatuses as readonly string[]).includes(row.status)
            ? null
            : (detail.steps.findLast((s) => REPORTING_ENDS.includes(s.code))?.effectiveOn ??
              detail.steps.at(-1)?.effectiveOn ??
              null),
          reports: detail.reports.map((r) => ({ period: r.period, reportedOn: r.reportedOn })),
          today,
        })
      : [],
    budget,
    duplicateSupport,
    actions: {
      steps,
      edit: permissions.canUpdate && editableStatuses.includes(status),
      disburse: permissions.canDisburse && permissions.kinds.includes(disbursingActor(level)),
      reportProgress:
        permissions.canTransition &&
        (reportingStatuses as readonly string[]).includes(status) &&
        (permissions.kinds.includes("implementer") || permissions.kinds.includes("provincial")),
      attach: permissions.canAttach,
    },
  };
}
