import { z } from "@hono/zod-openapi";
import { type ActionAvailability, capUnitLabels, confidenceLabels, fundingLevelLabels } from "@kc/domain";
import { actionAvailabilitySchema } from "../../platform/action-availability";
import type { SupportNormSetRecord } from "./support-norm-record";
import type { NormSetReferences } from "./support-norms.queries";

const percentBaseLabels: Record<string, string> = {
  ITEM_COST: "Chi phí của nội dung",
  PROJECT_ESTIMATE: "Dự toán đề án",
  ANNUAL_KC_BUDGET: "Kinh phí khuyến công được giao trong năm",
};

export const supportNormSchema = z
  .object({
    code: z.string().openapi({ example: "b1" }),
    activityVi: z.string(),
    maxShareBps: z.number().int().nullable().openapi({ description: "Tỷ lệ tối đa, phần vạn (3000 = 30 %)" }),
    percentBase: z.string(),
    percentBaseLabel: z.string(),
    capDong: z
      .string()
      .nullable()
      .openapi({ description: "Mức trần (đồng), số nguyên dạng chuỗi", example: "500000000" }),
    capUnit: z.string().nullable(),
    capUnitLabel: z.string().nullable(),
    priorityMultiplierMaxBps: z.number().int().openapi({ description: "Hệ số ưu tiên tối đa, phần vạn" }),
    noteVi: z.string().nullable(),
    legalBasis: z.string(),
    confidence: z.string(),
    confidenceLabel: z.string(),
  })
  .openapi("SupportNorm");

export const supportNormSetSchema = z
  .object({
    id: z.string(),
    version: z.number().int(),
    labelVi: z.string(),
    legalDocumentKey: z.string(),
    legalDocument: z.object({ number: z.string(), title: z.string() }).nullable(),
    fundingLevel: z.string(),
    fundingLevelLabel: z.string(),
    provinceId: z.string().nullable(),
    provinceName: z.string().nullable(),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    confidence: z.string(),
    confidenceLabel: z.string(),
    datesConfidence: z.string(),
    datesConfidenceLabel: z.string(),
    noteVi: z.string(),
    source: z
      .enum(["SEED", "ADMIN"])
      .openapi({ description: "SEED: nạp sẵn theo văn bản; ADMIN: do người dùng nhập" }),
    createdAt: z.string(),
    normCount: z.number().int(),
    actions: z
      .object({
        copy: actionAvailabilitySchema.optional(),
        close: actionAvailabilitySchema.optional(),
      })
      .describe(
        "copy: lập phiên bản mới từ bộ này; close: kết thúc hiệu lực; mỗi thao tác kèm lý do sẽ bị từ chối; vắng mặt: người gọi không quản lý định mức",
      ),
    applies: z.boolean().openapi({
      description:
        "Là bộ định mức được áp dụng vào ngày tra cứu (mặc định hôm nay) cho cấp kinh phí và địa bàn của nó",
    }),
  })
  .openapi("SupportNormSet");

export const supportNormSetDetailSchema = supportNormSetSchema
  .extend({ norms: z.array(supportNormSchema) })
  .openapi("SupportNormSetDetail");

export type SupportNormSetItem = z.infer<typeof supportNormSetSchema>;

/** What a manager of norms may do with a set (nothing for a reader), by the rule the close use case enforces. */
export type NormSetActions = { copy?: ActionAvailability; close?: ActionAvailability };

export function presentNormSet(
  set: SupportNormSetRecord,
  refs: NormSetReferences,
  applies: boolean,
  actions: NormSetActions,
): SupportNormSetItem {
  return {
    id: set.id,
    version: set.version,
    labelVi: set.labelVi,
    legalDocumentKey: set.legalDocumentKey,
    legalDocument: refs.legalDocuments.get(set.legalDocumentKey) ?? null,
    fundingLevel: set.fundingLevel,
    fundingLevelLabel: fundingLevelLabels[set.fundingLevel],
    provinceId: set.provinceId,
    provinceName: set.provinceId ? (refs.provinces.get(set.provinceId) ?? null) : null,
    validFrom: set.validFrom,
    validTo: set.validTo,
    confidence: set.confidence,
    confidenceLabel: confidenceLabels[set.confidence] ?? set.confidence,
    datesConfidence: set.datesConfidence,
    datesConfidenceLabel: confidenceLabels[set.datesConfidence] ?? set.datesConfidence,
    noteVi: set.noteVi,
    source: set.source,
    createdAt: set.createdAt.toISOString(),
    normCount: set.norms.length,
    actions,
    applies,
  };
}

/** The set with its table; money leaves as decimal strings, never as JSON numbers. */
export function presentNormSetDetail(
  set: SupportNormSetRecord,
  refs: NormSetReferences,
  applies: boolean,
  actions: NormSetActions,
) {
  return {
    ...presentNormSet(set, refs, applies, actions),
    norms: set.norms.map((norm) => ({
      code: norm.code,
      activityVi: norm.activityVi,
      maxShareBps: norm.maxShareBps,
      percentBase: norm.percentBase,
      percentBaseLabel: percentBaseLabels[norm.percentBase] ?? norm.percentBase,
      capDong: norm.capDong === null ? null : norm.capDong.toString(),
      capUnit: norm.capUnit,
      capUnitLabel: norm.capUnit ? capUnitLabels[norm.capUnit] : null,
      priorityMultiplierMaxBps: norm.priorityMultiplierMaxBps,
      noteVi: norm.noteVi ?? null,
      legalBasis: norm.legalBasis,
      confidence: norm.confidence,
      confidenceLabel: confidenceLabels[norm.confidence] ?? norm.confidence,
    })),
  };
}
