import {
  type ActionAvailability,
  actionReason,
  availability,
  can,
  type RoleCode,
  type SelectionLevel,
} from "@kc/domain";
import { modulePolicy } from "../../../platform/access";
import type { Actor } from "../../../platform/context";
import type { CertificateRow } from "./certificate-scope";

export const certificatePolicy = modulePolicy<"selection.read" | "selection.manage" | "selection.approve">(
  "selection_certificate",
);

/**
 * Whose leader issues and revokes a level's certificates (Art. 17–18, 20): the provincial leader for district and
 * provincial rounds, the central leader for regional and national ones; the scope check is the query's.
 */
export function approverRoleFor(level: SelectionLevel): RoleCode {
  return level === "HUYEN" || level === "TINH" ? "PROVINCIAL_LEADER" : "CENTRAL_LEADER";
}

/** Revocation (S8): by the approver of the certificate's level, once, on a certificate not yet revoked. */
export function revokeAction(
  actor: Actor,
  certificate: Pick<CertificateRow, "level" | "status">,
): ActionAvailability {
  return availability([
    (!can(actor.role, "selection.approve") || actor.role !== approverRoleFor(certificate.level)) &&
      actionReason("FORBIDDEN", "Chỉ lãnh đạo cơ quan công nhận của cấp này được thu hồi giấy chứng nhận"),
    certificate.status === "REVOKED" && actionReason("SELECTION_CERTIFICATE_REVOKED"),
  ]);
}

/** Holder reports (R8) are kept by the organising body's staff, on a certificate that is not revoked. */
export function reportAction(actor: Actor, certificate: Pick<CertificateRow, "status">): ActionAvailability {
  return availability([
    !can(actor.role, "selection.manage") && actionReason("FORBIDDEN"),
    certificate.status === "REVOKED" && actionReason("SELECTION_CERTIFICATE_REVOKED"),
  ]);
}
