import { normalizeText } from "@kc/domain";
import type { Db } from "../../../db/client";
import { selectionCertificate } from "../../../db/schema/index";
import { assertAvailable } from "../../../platform/action-availability";
import { writeAudit } from "../../../platform/audit";
import type { Actor, RequestMeta } from "../../../platform/context";
import { AppError } from "../../../platform/errors";
import { notFoundForActor } from "../../../platform/policy";
import { atExpectedVersion, nextVersion, rowAtVersion, updatedRow } from "../../../platform/versioned-write";
import { findCertificateInScope } from "./certificate-scope";
import { revokeAction } from "./certificates.policy";

export type RevokeInput = {
  version: number;
  revokedOn: string;
  decisionNumber: string;
  decisionOn: string;
  reason: string;
};

/**
 * Revokes a certificate by the revoking decision (Art. 20, S8): the level's approver, at the version read, from a
 * day not before the issue; the public page says "revoked" from that day and the priority flag ends with it.
 */
export async function revokeCertificate(
  db: Db,
  actor: Actor,
  meta: RequestMeta,
  id: string,
  input: RevokeInput,
) {
  return db.transaction(async (tx) => {
    const found = await findCertificateInScope(tx, actor, id, { lock: true });
    if (!found) return notFoundForActor(tx, actor, meta, { entity: "selection_certificate", entityId: id });
    const current = atExpectedVersion(found, input.version);
    assertAvailable(revokeAction(actor, current));
    if (input.revokedOn < current.issuedOn)
      throw new AppError("VALIDATION_FAILED", {
        errors: [{ path: "revokedOn", message: "Ngày thu hồi không được trước ngày cấp giấy chứng nhận" }],
      });
    if (input.revokedOn < input.decisionOn)
      throw new AppError("VALIDATION_FAILED", {
        errors: [{ path: "revokedOn", message: "Ngày thu hồi không được trước ngày quyết định thu hồi" }],
      });
    const row = updatedRow(
      await tx
        .update(selectionCertificate)
        .set({
          status: "REVOKED",
          revokedOn: input.revokedOn,
          revokingDecisionNumber: normalizeText(input.decisionNumber),
          revokingDecisionOn: input.decisionOn,
          revokedReason: normalizeText(input.reason),
          ...nextVersion(current),
        })
        .where(rowAtVersion(selectionCertificate, id, input.version))
        .returning(),
    );
    await writeAudit(tx, actor, meta, {
      action: "CERTIFICATE_REVOKED",
      entity: "selection_certificate",
      entityId: id,
      before: current,
      after: row,
    });
    return row;
  });
}
