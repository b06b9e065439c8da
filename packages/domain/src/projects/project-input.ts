import { z } from "zod";
import { nonNegativeDongSchema } from "../establishments/dong";
import { eligibleIndustryCodes } from "../establishments/establishment.constants";
import { queryBoolean } from "../establishments/establishment.schemas";
import {
  freeTextSchema,
  idSchema,
  isoDateSchema,
  nullableNameSchema,
  requiredTextSchema,
  searchTextSchema,
  textSchema,
} from "../input-schemas";
import { documentKindCodes } from "./documents/documents.constants";
import { projectIndicatorCodes } from "./indicators";
import { transitionCodes } from "./lifecycle/lifecycle.types";
import {
  adjustmentTypeCodes,
  appraisalCriterionCodes,
  appraisalResultCodes,
  authorityLevelCodes,
  fundingLevelCodes,
  localLevelCodes,
  projectKindCodes,
  projectStatusCodes,
  selectionMethodCodes,
} from "./project.constants";
import { estimateLinesSchema, positiveDongSchema, projectLimits } from "./project.schemas";
import { evidenceLabels, supportActivityCodes } from "./support-norms/support-activities.data";

/**
 * What the API and the forms accept for a project, its steps and its money (STYLE.md rules 3–4). Money travels
 * as decimal strings of đồng; dates as YYYY-MM-DD.
 */
export const projectInputLimits = {
  titleMax: 500,
  codeMax: 40,
  summaryMax: 4000,
  noteMax: 2000,
  beneficiariesMax: 500,
  sitesMax: 100,
  queryMax: 200,
  pageSizeMax: 200,
  pageSizeDefault: 50,
  yearMin: 2012,
  yearMax: 2100,
  documentsPerStepMax: 10,
} as const;
const L = projectInputLimits;

const nonEmptyUnique = <T extends string>(values: readonly [T, ...T[]], label: string, max: number) =>
  z
    .array(z.enum(values))
    .min(1, `Chọn ít nhất một ${label}`)
    .max(max)
    .refine((list) => new Set(list).size === list.length, `${label} bị trùng`);

const projectFields = {
  title: requiredTextSchema(L.titleMax, "Tên đề án"),
  kind: z.enum(projectKindCodes).describe("Loại đề án"),
  fundingLevel: z.enum(fundingLevelCodes).describe("Cấp kinh phí"),
  localLevel: z.enum(localLevelCodes).nullable().default(null).describe("Cấp của đề án địa phương"),
  planYear: z.number().int().min(L.yearMin).max(L.yearMax).describe("Năm kế hoạch"),
  provinceId: idSchema("Mã tỉnh")
    .nullable()
    .describe("Tỉnh thực hiện (null: đề án liên tỉnh của đơn vị trung ương)"),
  implementerOrgId: idSchema("Mã tổ chức")
    .nullable()
    .describe("Đơn vị thực hiện là một tổ chức trong danh mục"),
  implementerName: requiredTextSchema(L.titleMax, "Đơn vị thực hiện"),
  coordinatingOrgIds: z.array(idSchema("Mã tổ chức")).max(20).default([]),
  activities: nonEmptyUnique(supportActivityCodes as [string, ...string[]], "hoạt động hỗ trợ", 24),
  industries: z.array(z.enum(eligibleIndustryCodes)).max(7).default([]),
  selectionMethod: z.enum(selectionMethodCodes).describe("Hình thức lựa chọn đơn vị thực hiện"),
  startDate: isoDateSchema("Ngày bắt đầu").nullable().default(null),
  endDate: isoDateSchema("Ngày kết thúc").nullable().default(null),
  summary: freeTextSchema(L.summaryMax, "Tóm tắt").default(""),
  implementerIsBeneficiary: z.boolean().default(false),
  directRouteAllowed: z.boolean().default(false),
  singleProvince: z.boolean().default(true),
  registeredByDoit: z.boolean().default(true),
  biddingWaived: z.boolean().default(false),
  priorityMultiplierBps: z.number().int().min(10_000).max(15_000).nullable().default(null),
  beneficiaries: z
    .array(
      z.strictObject({
        establishmentId: idSchema("Mã cơ sở"),
        shareBps: z.number().int().min(0).max(10_000).nullable().default(null),
      }),
    )
    .max(L.beneficiariesMax)
    .default([]),
  sites: z
    .array(
      z.strictObject({
        communeId: idSchema("Mã xã"),
        addressText: textSchema({ labelVi: "Địa chỉ", max: 500 }).default(""),
      }),
    )
    .max(L.sitesMax)
    .default([]),
  estimateLines: estimateLinesSchema.default([]),
  indicators: z
    .array(
      z.strictObject({
        code: z.enum(projectIndicatorCodes as [string, ...string[]]),
        target: z.number().min(0).max(1e12).nullable(),
      }),
    )
    .max(projectIndicatorCodes.length)
    .default([]),
};

const projectRefinements = <T extends z.ZodType<{ startDate: string | null; endDate: string | null }>>(
  schema: T,
) =>
  schema.refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
    message: "Ngày kết thúc trước ngày bắt đầu",
    path: ["endDate"],
  });

export const projectCreateSchema = projectRefinements(
  z
    .strictObject(projectFields)
    .refine((p) => (p.fundingLevel === "KCDP") === (p.localLevel !== null), {
      message: "Đề án khuyến công địa phương cần cấp (tỉnh, huyện, xã); đề án quốc gia thì không",
      path: ["localLevel"],
    })
    .refine((p) => p.fundingLevel === "KCQG" || p.provinceId !== null, {
      message: "Đề án khuyến công địa phương phải thuộc một tỉnh",
      path: ["provinceId"],
    })
    .refine((p) => new Set(p.beneficiaries.map((b) => b.establishmentId)).size === p.beneficiaries.length, {
      message: "Cơ sở thụ hưởng bị trùng",
      path: ["beneficiaries"],
    })
    .refine((p) => p.beneficiaries.reduce((sum, b) => sum + (b.shareBps ?? 0), 0) <= 10_000, {
      message: "Tổng tỷ lệ hỗ trợ của các cơ sở vượt 100 %",
      path: ["beneficiaries"],
    })
    .refine((p) => new Set(p.estimateLines.map((line) => line.id)).size === p.estimateLines.length, {
      message: "Mã dòng dự toán bị trùng",
      path: ["estimateLines"],
    }),
);
export type ProjectCreate = z.infer<typeof projectCreateSchema>;

export const projectUpdateSchema = z.strictObject({
  version: z.number().int().min(1),
  project: projectCreateSchema,
});
export type ProjectUpdate = z.infer<typeof projectUpdateSchema>;

/** A document filed with a step: register fields, and the id of an attachment uploaded to the project before. */
export const stepDocumentSchema = z.strictObject({
  kind: z.enum(documentKindCodes),
  number: nullableNameSchema(projectLimits.documentNumberMax, "Số văn bản"),
  date: isoDateSchema("Ngày ký").nullable(),
  signer: nullableNameSchema(projectLimits.signerMax, "Người ký"),
  signerAuthority: z.enum(authorityLevelCodes).nullable().default(null),
  title: textSchema({ labelVi: "Trích yếu", max: projectLimits.labelMax }).default(""),
  documentId: idSchema("Mã tệp đính kèm")
    .nullable()
    .default(null)
    .describe("Tệp đính kèm đã tải lên đề án (nếu có)"),
});
export type StepDocument = z.infer<typeof stepDocumentSchema>;

export const transitionRequestSchema = z.strictObject({
  version: z.number().int().min(1).describe("Phiên bản đề án đang xem (chống ghi đè)"),
  effectiveOn: isoDateSchema("Ngày của bước").describe("Ngày của bước (ngày quyết định, ngày nộp)"),
  note: freeTextSchema(L.noteMax, "Ghi chú").default(""),
  documents: z.array(stepDocumentSchema).max(L.documentsPerStepMax).default([]),
  appraisal: z
    .strictObject({
      result: z.enum(appraisalResultCodes),
      failedCriteria: z
        .array(z.enum(appraisalCriterionCodes))
        .max(appraisalCriterionCodes.length)
        .default([]),
    })
    .optional(),
  contractSupport: nonNegativeDongSchema.optional().describe("Kinh phí khuyến công trong hợp đồng (đồng)"),
  adjustmentTypes: z.array(z.enum(adjustmentTypeCodes)).max(adjustmentTypeCodes.length).optional(),
  acceptedSpend: nonNegativeDongSchema.optional().describe("Giá trị nghiệm thu được chấp nhận (đồng)"),
});
export type TransitionRequest = z.infer<typeof transitionRequestSchema>;
export const transitionCodeSchema = z.enum(transitionCodes);

export const disbursementKindCodes = ["ADVANCE", "PAYMENT", "REFUND"] as const;
export type DisbursementKind = (typeof disbursementKindCodes)[number];
export const disbursementKindLabels: Record<DisbursementKind, string> = {
  ADVANCE: "Tạm ứng",
  PAYMENT: "Thanh toán",
  REFUND: "Thu hồi, hoàn trả",
};

export const disbursementInputSchema = z.strictObject({
  version: z.number().int().min(1),
  kind: z.enum(disbursementKindCodes),
  amount: positiveDongSchema,
  paidOn: isoDateSchema("Ngày chi"),
  treasuryRef: nullableNameSchema(60, "Số chứng từ kho bạc").default(null).describe("Số chứng từ kho bạc"),
  note: freeTextSchema(L.noteMax, "Ghi chú").default(""),
});
export type DisbursementInput = z.infer<typeof disbursementInputSchema>;

export const progressReportInputSchema = z.strictObject({
  version: z.number().int().min(1),
  period: z
    .string()
    .max(7, { message: "Kỳ báo cáo dạng YYYY-MM", abort: true })
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/u, "Kỳ báo cáo dạng YYYY-MM"),
  reportedOn: isoDateSchema("Ngày báo cáo"),
  percentComplete: z.number().min(0).max(100),
  spend: nonNegativeDongSchema.nullable().default(null),
  workDone: freeTextSchema(L.noteMax, "Công việc đã thực hiện").default(""),
  verifiedByDoit: z.boolean().default(false),
});
export type ProgressReportInput = z.infer<typeof progressReportInputSchema>;

export const projectDocumentFieldsSchema = z.strictObject({
  kind: z.enum(documentKindCodes),
  number: nullableNameSchema(projectLimits.documentNumberMax, "Số văn bản").default(null),
  date: isoDateSchema("Ngày ký").nullable().default(null),
  signer: nullableNameSchema(projectLimits.signerMax, "Người ký").default(null),
  signerAuthority: z.enum(authorityLevelCodes).nullable().default(null),
  title: textSchema({ labelVi: "Trích yếu", max: projectLimits.labelMax }).default(""),
  evidenceCode: z
    .enum(Object.keys(evidenceLabels) as [string, ...string[]])
    .nullable()
    .default(null),
});
export type ProjectDocumentFields = z.infer<typeof projectDocumentFieldsSchema>;

export const projectSortValues = ["-planYear", "planYear", "code", "-updatedAt"] as const;

export const projectListQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(L.pageSizeMax).default(L.pageSizeDefault),
  sort: z.enum(projectSortValues).default("-planYear"),
  q: searchTextSchema(L.queryMax).optional().describe("Tìm theo mã, tên đề án, đơn vị thực hiện (không dấu)"),
  provinceId: idSchema("Mã tỉnh").optional(),
  planYear: z.coerce.number().int().min(L.yearMin).max(L.yearMax).optional(),
  status: z.enum(projectStatusCodes).optional(),
  activity: z.enum(supportActivityCodes as [string, ...string[]]).optional(),
  fundingLevel: z.enum(fundingLevelCodes).optional(),
  overdue: queryBoolean.optional().describe("Chậm báo cáo tiến độ"),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;
