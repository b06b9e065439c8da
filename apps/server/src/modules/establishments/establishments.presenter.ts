import { z } from "@hono/zod-openapi";
import {
  bigIntToDong,
  type CertificatePriority,
  type EligibilityVerdict,
  eligibilityVerdictLabels,
  eligibleIndustryLabels,
  establishmentActions,
  type LegalForm,
  legalFormLabels,
  priorityIndustryLabels,
  type SubjectClass,
  subjectClassLabels,
} from "@kc/domain";
import { actionAvailabilitySchema } from "../../platform/action-availability";
import { certificatePrioritySchema } from "./certificate-priority";
import type { EstablishmentDetailRow, EstablishmentListRow } from "./establishments.queries";

const place = z.object({ id: z.string(), name: z.string() });

export const establishmentListItemSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    legalForm: z.string(),
    legalFormLabel: z.string(),
    subjectClass: z.string(),
    taxCode: z.string().nullable(),
    ownerName: z.string().nullable(),
    province: place,
    commune: place,
    addressText: z.string(),
    industries: z.array(z.object({ code: z.string(), label: z.string() })),
    mainProducts: z.string(),
    eligibility: z.object({ verdict: z.string(), verdictLabel: z.string() }),
    hasSupport: z.boolean(),
    status: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi("EstablishmentListItem");

const storedEvaluationSchema = z.object({
  verdict: z.string(),
  verdictLabel: z.string(),
  evaluatedOn: z.string(),
  ruleSet: z
    .object({ id: z.string(), version: z.number(), labelVi: z.string(), confidence: z.string() })
    .nullable(),
  summaryVi: z.string(),
  results: z.array(
    z.object({
      code: z.string(),
      verdict: z.string(),
      verdictLabel: z.string(),
      applicable: z.boolean(),
      reasonVi: z.string(),
    }),
  ),
  priorityFlags: z.array(z.object({ code: z.string(), labelVi: z.string(), reasonVi: z.string() })),
  certificatePriority: certificatePrioritySchema.nullable(),
});

export const establishmentDetailSchema = establishmentListItemSchema
  .extend({
    subjectClassLabel: z.string(),
    businessRegNo: z.string().nullable(),
    sites: z.array(
      z.object({
        communeId: z.string(),
        communeName: z.string(),
        provinceName: z.string().nullable(),
        addressText: z.string(),
      }),
    ),
    vsicCodes: z.array(z.string()),
    phone: z.string().nullable(),
    email: z.string().nullable(),
    website: z.string().nullable(),
    yearData: z.array(
      z.object({
        year: z.number().int(),
        employees: z.number().int().nullable(),
        totalCapital: z.string().nullable(),
        totalAssets: z.string().nullable(),
        revenue: z.string().nullable(),
        localMaterialSharePct: z.number().nullable(),
        hasExportContract: z.boolean().nullable(),
        cnhtProduct: z.boolean().nullable(),
      }),
    ),
    eligibility: storedEvaluationSchema,
    abilities: z.array(z.enum(["update", "archive", "restore"])),
    actions: z
      .object({
        update: actionAvailabilitySchema.optional(),
        archive: actionAvailabilitySchema.optional(),
        restore: actionAvailabilitySchema.optional(),
      })
      .describe(
        "Thao tác trang chi tiết đưa ra, mỗi thao tác kèm lý do sẽ bị từ chối (issue 14); vắng mặt: không phải việc của người gọi",
      ),
    createdAt: z.string(),
  })
  .openapi("Establishment");

const verdictLabel = (verdict: string) => eligibilityVerdictLabels[verdict as EligibilityVerdict] ?? verdict;

export function presentListItem(row: EstablishmentListRow): z.infer<typeof establishmentListItemSchema> {
  const e = row.e;
  return {
    id: e.id,
    name: e.name,
    legalForm: e.legalForm,
    legalFormLabel: legalFormLabels[e.legalForm as LegalForm] ?? e.legalForm,
    subjectClass: e.subjectClass,
    taxCode: e.taxCode,
    ownerName: e.ownerName,
    province: { id: e.provinceId, name: row.provinceName },
    commune: { id: e.communeId, name: row.communeName },
    addressText: e.addressText,
    industries: e.industries.map((code) => ({
      code,
      label: eligibleIndustryLabels[code as keyof typeof eligibleIndustryLabels] ?? code,
    })),
    mainProducts: e.mainProducts,
    eligibility: { verdict: e.eligibilityVerdict, verdictLabel: verdictLabel(e.eligibilityVerdict) },
    hasSupport: e.hasSupport,
    status: e.status,
    updatedAt: e.updatedAt.toISOString(),
    version: e.version,
  };
}

type StoredEvaluation = {
  verdict: string;
  summaryVi: string;
  ruleSet: { id: string; version: number; labelVi: string; confidence: string } | null;
  results: { code: string; verdict: string; applicable: boolean; reasonVi: string }[];
  priorityFlags: { code: string; labelVi: string; reasonVi: string }[];
};

/**
 * The stored verdict's flags with the certificate flag (SP_TIEU_BIEU) replaced by the one read today: the stored
 * one was true on the evaluation day and may have ended since (revoked, expired) or begun (issued).
 */
function currentPriorityFlags(stored: StoredEvaluation, priority: CertificatePriority | null) {
  const flags = stored.priorityFlags
    .filter((f) => f.code !== "SP_TIEU_BIEU")
    .map((f) => ({ code: f.code, labelVi: f.labelVi, reasonVi: f.reasonVi }));
  if (!priority) return flags;
  return [
    { code: "SP_TIEU_BIEU", labelVi: priorityIndustryLabels.SP_TIEU_BIEU, reasonVi: priority.reasonVi },
    ...flags,
  ];
}

export function presentDetail(
  row: EstablishmentDetailRow,
  canWrite: boolean,
  priority: CertificatePriority | null,
): z.infer<typeof establishmentDetailSchema> {
  const e = row.e;
  const stored = row.eligibility as StoredEvaluation;
  const abilities: ("update" | "archive" | "restore")[] = !canWrite
    ? []
    : e.status === "ACTIVE"
      ? ["update", "archive"]
      : ["restore"];
  return {
    ...presentListItem(row),
    subjectClassLabel: subjectClassLabels[e.subjectClass as SubjectClass] ?? e.subjectClass,
    businessRegNo: e.businessRegNo,
    sites: row.sites,
    vsicCodes: e.vsicCodes,
    phone: e.phone,
    email: e.email,
    website: e.website,
    yearData: row.years.map((y) => ({
      year: y.year,
      employees: y.employees,
      totalCapital: y.totalCapital === null ? null : bigIntToDong(y.totalCapital),
      totalAssets: y.totalAssets === null ? null : bigIntToDong(y.totalAssets),
      revenue: y.revenue === null ? null : bigIntToDong(y.revenue),
      localMaterialSharePct: y.localMaterialSharePct === null ? null : Number(y.localMaterialSharePct),
      hasExportContract: y.hasExportContract,
      cnhtProduct: y.cnhtProduct,
    })),
    eligibility: {
      verdict: e.eligibilityVerdict,
      verdictLabel: verdictLabel(e.eligibilityVerdict),
      evaluatedOn: e.eligibilityEvaluatedOn,
      ruleSet: stored.ruleSet,
      summaryVi: stored.summaryVi,
      results: stored.results.map((r) => ({ ...r, verdictLabel: verdictLabel(r.verdict) })),
      priorityFlags: currentPriorityFlags(stored, priority),
      certificatePriority: priority,
    },
    abilities,
    actions: canWrite ? establishmentActions(e) : {},
    createdAt: e.createdAt.toISOString(),
  };
}
