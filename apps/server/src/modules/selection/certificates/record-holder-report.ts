import { normalizeText } from "@kc/domain";
import type { Db } from "../../../db/client";
import { certificateHolderReport } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
import { findCertificateInScope } from "./certificate-scope";
import { reportAction } from "./certificates.policy";

export type HolderReportInput = {
  year: number;
  supportReceived?: string | null | undefined;
  revenue?: string | null | undefined;
  notes?: string | undefined;
};

/**
 * Records a holder's annual report (R8, Circ. 26 Art. 22.2): support received and business results, once per
 * year, for a year the certificate was valid in. Amounts are whole đồng given as digit strings.
 */
export async function recordHolderReport(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  certificateId: string,
  input: HolderReportInput,
) {
  return db.transaction(async (tx) => {
    const certificate = await findCertificateInScope(tx, actor, certificateId, { lock: true });
    if (!certificate)
      return notFoundForActor(tx, actor, meta, { entity: "selection_certificate", entityId: certificateId });
    assertAvailable(reportAction(actor, certificate));
    const first = Number(certificate.issuedOn.slice(0, 4));
    const last = Number(certificate.validUntil.slice(0, 4));
    if (input.year < first || input.year > last)
      throw new AppError("VALIDATION_FAILED", {
        errors: [
          { path: "year", message: `Năm báo cáo phải trong thời hạn của giấy chứng nhận (${first}–${last})` },
        ],
      });
    const [row] = await tx
      .insert(certificateHolderReport)
      .values({
        certificateId,
        year: input.year,
        supportReceived: input.supportReceived ? BigInt(input.supportReceived) : null,
        revenue: input.revenue ? BigInt(input.revenue) : null,
        notes: normalizeText(input.notes ?? ""),
        createdBy: actor.userId,
      })
      .onConflictDoNothing()
      .returning();
    if (!row) throw new AppError("SELECTION_HOLDER_REPORT_EXISTS");
    await writeAudit(tx, actor, meta, {
      action: "CERTIFICATE_HOLDER_REPORTED",
      entity: "certificate_holder_report",
      entityId: `${certificateId}:${input.year}`,
      after: row,
    });
    return row;
  });
}
