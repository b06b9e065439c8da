import { acceptsCertificates } from "../selection/round-lifecycle";
import type { RoundStatus } from "../selection/selection.codes";
import { type ActionAvailability, actionReason, availability } from "./action-availability";

/**
 * Whether a round's certificates can be issued now (issue 16 item 6, Art. 17–18): only by the approver of the
 * round's level, only while the round accepts certificates (recognised, notified, nominated up; not closed), and
 * only when some recognised product still has none. The tab's button and the issuing use case read this one rule.
 */
export function certificateIssueAction(state: {
  callerIsApprover: boolean;
  roundStatus: RoundStatus;
  recognisedWithoutCertificate: number;
}): ActionAvailability {
  const open = acceptsCertificates(state.roundStatus);
  return availability([
    !state.callerIsApprover &&
      actionReason("FORBIDDEN", "Chỉ lãnh đạo cơ quan công nhận của cấp này được cấp giấy chứng nhận"),
    !open && actionReason("SELECTION_CERTIFICATE_NOT_ALLOWED"),
    open &&
      state.recognisedWithoutCertificate === 0 &&
      actionReason(
        "SELECTION_CERTIFICATE_EXISTS",
        "Mọi sản phẩm được công nhận của đợt này đã có giấy chứng nhận",
      ),
  ]);
}
