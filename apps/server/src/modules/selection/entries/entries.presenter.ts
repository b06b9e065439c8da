import { z } from "@hono/zod-openapi";
import {
  entryStatusCodes,
  photoAngleCodes,
  productGroupCodes,
  selectionEntryActions,
  selectionLevelCodes,
} from "@kc/domain";
import type { selectionCertificate } from "../../../db/schema/index";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import type { EntryRow } from "./entries.queries";

const reasonSchema = z.object({
  rule: z.enum(["S1", "S2"]),
  verdict: z.enum(["ELIGIBLE", "NOT_ELIGIBLE", "UNKNOWN"]),
  textVi: z.string(),
});

export const entrySchema = z
  .object({
    id: z.string(),
    roundId: z.string(),
    establishmentId: z.string(),
    establishmentName: z.string(),
    establishmentTaxCode: z.string().nullable(),
    productName: z.string(),
    isSet: z.boolean(),
    productGroup: z.enum(productGroupCodes),
    description: z.string(),
    status: z.enum(entryStatusCodes),
    eligibility: z.object({
      verdict: z.enum(["ELIGIBLE", "NOT_ELIGIBLE", "UNKNOWN"]).nullable(),
      checkedOn: z.string().nullable().describe("Ngày xét điều kiện (ngày của đợt bình chọn)"),
      ruleVersion: z.string().nullable(),
      reasons: z.array(reasonSchema),
    }),
    lowerCertificate: z
      .object({
        id: z.string(),
        number: z.string(),
        level: z.enum(selectionLevelCodes),
        validUntil: z.string(),
      })
      .nullable(),
    recommendationText: z.string().nullable(),
    nominatedFromRoundId: z.string().nullable(),
    photos: z
      .array(z.object({ angle: z.enum(photoAngleCodes), thumbnailUrl: z.string(), url: z.string() }))
      .describe("Ảnh đã tải, theo góc chụp; ảnh thu nhỏ WebP được lưu đệm"),
    meanScore: z.string().nullable(),
    rank: z.number().int().nullable(),
    version: z.number().int(),
    actions: z.object({
      update: actionAvailabilitySchema,
      withdraw: actionAvailabilitySchema,
      photos: actionAvailabilitySchema,
      documents: actionAvailabilitySchema,
    }),
  })
  .openapi("SelectionEntry");
export type EntryView = z.infer<typeof entrySchema>;

type Certificate = typeof selectionCertificate.$inferSelect;

/** The photo URLs carry the entry's version so a replaced photo is fetched anew despite long caching. */
export function photoLinks(entryId: string, angles: readonly string[], stamp: string) {
  return photoAngleCodes
    .filter((angle) => angles.includes(angle))
    .map((angle) => ({
      angle,
      thumbnailUrl: `/api/v1/selection-entries/${entryId}/photos/${angle}/thumbnail?v=${stamp}`,
      url: `/api/v1/selection-entries/${entryId}/photos/${angle}?v=${stamp}`,
    }));
}

export function presentEntry(
  row: EntryRow,
  angles: readonly string[],
  certificates: ReadonlyMap<string, Certificate>,
  canManage: boolean,
): EntryView {
  const e = row.entry;
  const certificate = e.lowerCertificateId ? certificates.get(e.lowerCertificateId) : undefined;
  const actions = selectionEntryActions({ roundStatus: row.roundStatus, entryStatus: e.status });
  const denied = {
    available: false,
    reasons: [{ code: "FORBIDDEN", messageVi: "Bạn không có quyền sửa hồ sơ" }],
  };
  return {
    id: e.id,
    roundId: e.roundId,
    establishmentId: e.establishmentId,
    establishmentName: row.establishmentName,
    establishmentTaxCode: row.establishmentTaxCode,
    productName: e.productName,
    isSet: e.isSet,
    productGroup: e.productGroup,
    description: e.description,
    status: e.status,
    eligibility: {
      verdict: (e.eligibilityResult as EntryView["eligibility"]["verdict"]) ?? null,
      checkedOn: e.eligibilityCheckedOn,
      ruleVersion: e.eligibilityRuleVersion,
      reasons: (e.eligibilityReasons as EntryView["eligibility"]["reasons"]) ?? [],
    },
    lowerCertificate: certificate
      ? {
          id: certificate.id,
          number: certificate.number,
          level: certificate.level,
          validUntil: certificate.validUntil,
        }
      : null,
    recommendationText: e.recommendationText,
    nominatedFromRoundId: e.nominatedFromRoundId,
    photos: photoLinks(e.id, angles, `${e.version}-${e.updatedAt.getTime()}`),
    meanScore: e.meanScore,
    rank: e.rank,
    version: e.version,
    actions: canManage ? actions : { update: denied, withdraw: denied, photos: denied, documents: denied },
  };
}
