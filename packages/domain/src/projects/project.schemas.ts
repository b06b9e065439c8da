import { z } from "zod";
import { dongSchema, nonNegativeDongSchema } from "../establishments/dong";
import {
  codeSchema,
  freeTextSchema,
  idSchema,
  isoDateSchema,
  nullableNameSchema,
  requiredTextSchema,
} from "../input-schemas";
import { documentKindCodes } from "./documents/documents.constants";
import {
  adjustmentTypeCodes,
  authorityLevelCodes,
  fundingLevelCodes,
  spendingCategoryCodes,
} from "./project.constants";
import type { EstimateLine } from "./project.types";
import { capUnitCodes, percentBaseCodes, type SupportNormSet } from "./support-norms/support-norms";

/**
 * Input schemas shared by the API routes and the React forms (STYLE.md rules 3–4): money as decimal strings of
 * đồng, converted to `bigint` by the `to…` functions once validated.
 */

export const projectLimits = {
  itemMax: 500,
  documentNumberMax: 60,
  signerMax: 150,
  reasonsMax: 4000,
  normCodeMax: 10,
  labelMax: 500,
  capUnitsMax: 100_000,
  estimateLinesMax: 500,
} as const;

const L = projectLimits;

export const documentRefSchema = z
  .strictObject({
    kind: z.enum(documentKindCodes).describe("Loại văn bản"),
    number: nullableNameSchema(L.documentNumberMax, "Số văn bản").describe("Số văn bản, ví dụ 1234/QĐ-BCT"),
    date: isoDateSchema("Ngày ký").nullable().describe("Ngày ký"),
    signer: nullableNameSchema(L.signerMax, "Người ký").describe("Người ký"),
    signerAuthority: z.enum(authorityLevelCodes).nullable().describe("Cấp của người ký"),
  })
  .describe("Văn bản làm căn cứ cho một bước");

export const estimateLineInputSchema = z
  .strictObject({
    id: idSchema("Mã dòng dự toán"),
    item: requiredTextSchema(L.itemMax, "Nội dung chi"),
    spendingCategory: z.enum(spendingCategoryCodes).describe("Nội dung chi (TTLT 26/2014 Điều 5)"),
    normCode: codeSchema("Mã định mức", L.normCodeMax).nullable().describe("Mã định mức hỗ trợ, ví dụ b1"),
    capUnits: z.number().int().min(1).max(L.capUnitsMax).default(1).describe("Số đơn vị tính mức hỗ trợ"),
    quantity: z
      .string()
      .max(16, { message: "Số lượng là số không âm, tối đa 3 chữ số thập phân", abort: true })
      .regex(/^(0|[1-9]\d{0,11})(\.\d{1,3})?$/u, "Số lượng là số không âm, tối đa 3 chữ số thập phân")
      .describe('Số lượng, ví dụ "2.5"'),
    unitPrice: nonNegativeDongSchema.describe("Đơn giá (đồng)"),
    kcAmount: nonNegativeDongSchema.describe("Kinh phí khuyến công (đồng)"),
    counterpartAmount: nonNegativeDongSchema.describe("Vốn đối ứng (đồng)"),
    otherAmount: nonNegativeDongSchema.describe("Nguồn khác (đồng)"),
  })
  .describe("Dòng dự toán (Mẫu 1)");
export type EstimateLineInput = z.infer<typeof estimateLineInputSchema>;

export const estimateLinesSchema = z.array(estimateLineInputSchema).max(L.estimateLinesMax);

export function toEstimateLine(input: EstimateLineInput): EstimateLine {
  return {
    ...input,
    unitPrice: BigInt(input.unitPrice),
    kcAmount: BigInt(input.kcAmount),
    counterpartAmount: BigInt(input.counterpartAmount),
    otherAmount: BigInt(input.otherAmount),
  };
}

export const adjustmentRequestSchema = z
  .strictObject({
    types: z.array(z.enum(adjustmentTypeCodes)).min(1, "Chọn ít nhất một nội dung điều chỉnh").max(11),
    reasons: requiredTextSchema(L.reasonsMax, "Lý do đề nghị"),
  })
  .describe("Đề nghị điều chỉnh, bổ sung, gia hạn, ngừng");

/** A payment or refund amount: a positive number of đồng. */
export const positiveDongSchema = dongSchema
  .refine((value) => BigInt(value) > 0n, "Số tiền phải lớn hơn 0")
  .describe("Số tiền (đồng), số nguyên dương dạng chuỗi");

const bpsSchema = (max: number) => z.number().int().min(0).max(max);

export const supportNormInputSchema = z.strictObject({
  code: codeSchema("Mã định mức", L.normCodeMax),
  activityVi: requiredTextSchema(L.labelMax, "Nội dung hỗ trợ"),
  maxShareBps: bpsSchema(10_000).nullable().describe("Tỷ lệ tối đa, phần vạn (3000 = 30 %)"),
  percentBase: z.enum(percentBaseCodes),
  capDong: nonNegativeDongSchema.nullable().describe("Mức trần tuyệt đối (đồng)"),
  capUnit: z.enum(capUnitCodes).nullable(),
  priorityMultiplierMaxBps: bpsSchema(100_000)
    .min(10_000)
    .describe("Hệ số ưu tiên tối đa, phần vạn (15000 = ×1,5)"),
  noteVi: freeTextSchema(L.labelMax, "Ghi chú").optional(),
  legalBasis: requiredTextSchema(L.labelMax, "Căn cứ pháp lý"),
  confidence: z.enum(["CONFIRMED", "SECONDARY", "UNCONFIRMED"]),
});

/** A new version of a norm set, entered on the admin screen (later versions are data, never code). */
export const supportNormSetInputSchema = z
  .strictObject({
    id: idSchema("Mã bộ định mức"),
    version: z.number().int().min(1),
    labelVi: requiredTextSchema(L.labelMax, "Tên bộ định mức"),
    legalDocumentKey: idSchema("Mã văn bản"),
    fundingLevel: z.enum(fundingLevelCodes),
    provinceId: idSchema("Mã tỉnh").nullable(),
    validFrom: isoDateSchema("Ngày hiệu lực"),
    validTo: isoDateSchema("Ngày hết hiệu lực").nullable(),
    confidence: z.enum(["CONFIRMED", "SECONDARY", "UNCONFIRMED"]),
    datesConfidence: z.enum(["CONFIRMED", "SECONDARY", "UNCONFIRMED"]),
    noteVi: freeTextSchema(L.reasonsMax, "Ghi chú"),
    norms: z.array(supportNormInputSchema).max(200),
  })
  .refine(
    (set) => set.validTo === null || set.validTo >= set.validFrom,
    "Ngày hết hiệu lực trước ngày hiệu lực",
  )
  .refine(
    (set) => (set.fundingLevel === "KCDP") === (set.provinceId !== null),
    "Bộ định mức địa phương cần tỉnh",
  )
  .refine((set) => new Set(set.norms.map((n) => n.code)).size === set.norms.length, "Mã định mức bị trùng");
export type SupportNormSetInput = z.infer<typeof supportNormSetInputSchema>;

export function toSupportNormSet(input: SupportNormSetInput): SupportNormSet {
  return {
    ...input,
    norms: input.norms.map((norm) => ({
      ...norm,
      capDong: norm.capDong === null ? null : BigInt(norm.capDong),
    })),
  };
}
