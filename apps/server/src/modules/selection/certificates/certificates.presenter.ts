import { z } from "@hono/zod-openapi";
import {
  certificatePayload,
  certificateStatusCodes,
  certificateStatusOn,
  certificateVerificationUrl,
  productGroupCodes,
  selectionLevelCodes,
  todayInVietnam,
} from "@kc/domain";
import type { certificateHolderReport } from "../../../db/schema/index";
import { actionAvailabilitySchema } from "../../../platform/action-availability";
import type { Actor } from "../../../platform/context";
import type { SigningKey } from "./certificate-keys";
import type { CertificateRow } from "./certificate-scope";
import { signCertificate } from "./certificate-signature";
import { reportAction, revokeAction } from "./certificates.policy";

export const holderReportSchema = z
  .object({
    year: z.number().int(),
    supportReceived: z.string().nullable().describe("Kinh phí hỗ trợ đã nhận (đồng)"),
    revenue: z.string().nullable().describe("Doanh thu (đồng)"),
    notes: z.string(),
  })
  .openapi("CertificateHolderReport");

export const certificateSchema = z
  .object({
    id: z.string(),
    number: z.string(),
    level: z.enum(selectionLevelCodes),
    year: z.number().int(),
    roundId: z.string(),
    entryId: z.string().nullable(),
    establishmentId: z.string(),
    establishmentName: z.string(),
    productName: z.string(),
    productGroup: z.enum(productGroupCodes),
    provinceId: z.string().nullable(),
    issuedOn: z.string(),
    validUntil: z.string(),
    decisionNumber: z.string(),
    decisionOn: z.string(),
    decisionSigner: z.string(),
    status: z
      .enum(certificateStatusCodes)
      .describe("Tình trạng hôm nay: còn hiệu lực, hết hiệu lực, đã thu hồi"),
    revokedOn: z.string().nullable(),
    revokingDecisionNumber: z.string().nullable(),
    revokingDecisionOn: z.string().nullable(),
    revokedReason: z.string().nullable(),
    publicId: z.string(),
    verificationUrl: z.string().describe("Địa chỉ mã QR mở: trang xác minh công khai kèm chữ ký số"),
    version: z.number().int(),
    actions: z.object({ revoke: actionAvailabilitySchema, report: actionAvailabilitySchema }),
  })
  .openapi("SelectionCertificate");

export const certificateDetailSchema = certificateSchema
  .extend({ holderReports: z.array(holderReportSchema) })
  .openapi("SelectionCertificateDetail");

/** The signed token of a certificate: deterministic (Ed25519), so the QR code of a certificate never changes. */
export function tokenOf(row: CertificateRow, key: SigningKey): string {
  return signCertificate(
    certificatePayload({
      publicId: row.publicId,
      number: row.number,
      product: row.productName,
      establishment: row.establishmentName,
      level: row.level,
      year: row.year,
      issuedOn: row.issuedOn,
      validUntil: row.validUntil,
    }),
    key,
  );
}

export function presentCertificate(
  row: CertificateRow,
  context: { actor: Actor; key: SigningKey; publicUrl: string; today?: string },
): z.infer<typeof certificateSchema> {
  return {
    id: row.id,
    number: row.number,
    level: row.level,
    year: row.year,
    roundId: row.roundId,
    entryId: row.entryId,
    establishmentId: row.establishmentId,
    establishmentName: row.establishmentName,
    productName: row.productName,
    productGroup: row.productGroup,
    provinceId: row.provinceId,
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    decisionNumber: row.decisionNumber,
    decisionOn: row.decisionOn,
    decisionSigner: row.decisionSigner,
    status: certificateStatusOn(row, context.today ?? todayInVietnam()),
    revokedOn: row.revokedOn,
    revokingDecisionNumber: row.revokingDecisionNumber,
    revokingDecisionOn: row.revokingDecisionOn,
    revokedReason: row.revokedReason,
    publicId: row.publicId,
    verificationUrl: certificateVerificationUrl(context.publicUrl, row.publicId, tokenOf(row, context.key)),
    version: row.version,
    actions: { revoke: revokeAction(context.actor, row), report: reportAction(context.actor, row) },
  };
}

export function presentHolderReport(row: typeof certificateHolderReport.$inferSelect) {
  return {
    year: row.year,
    supportReceived: row.supportReceived === null ? null : row.supportReceived.toString(),
    revenue: row.revenue === null ? null : row.revenue.toString(),
    notes: row.notes,
  };
}
