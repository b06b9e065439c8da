import { type CertificateStatus, certificateStatusLabels } from "@kc/domain";
import { Tag } from "antd";

const colour: Record<CertificateStatus, string> = { VALID: "green", EXPIRED: "default", REVOKED: "red" };

/** A certificate's state today in words (còn hiệu lực, hết hiệu lực, đã thu hồi), never by colour alone. */
export function CertificateStatusTag({ status }: { status: CertificateStatus }) {
  return <Tag color={colour[status]}>{certificateStatusLabels[status]}</Tag>;
}
