import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Flex, Tag, Tooltip, Typography } from "antd";
import type { CertificatePriority } from "../../api/types";

/**
 * "Ưu tiên (Điều 21 TT 26/2014)": the establishment holds a representative-product certificate valid today (the
 * server reads it from the certificates at each request). The tag links to the certificate's verification page,
 * which says whether it is still valid; the reason names the certificate and the end of its validity.
 */
export function CertificatePriorityTag({
  priority,
  showReason = false,
}: {
  priority: CertificatePriority | null | undefined;
  showReason?: boolean;
}) {
  if (!priority) return null;
  const link = (
    <a href={`/xac-minh/${encodeURIComponent(priority.publicId)}`} target="_blank" rel="noreferrer">
      {priority.number}
    </a>
  );
  const tag = (
    <Tag color="gold" icon={<SafetyCertificateOutlined />} style={{ marginInlineEnd: 0 }}>
      {priority.labelVi}
    </Tag>
  );
  return (
    <Flex gap={6} wrap align="center" data-testid="certificate-priority">
      {showReason ? tag : <Tooltip title={priority.reasonVi}>{tag}</Tooltip>}
      {link}
      {showReason ? (
        <Typography.Text type="secondary" style={{ flexBasis: "100%" }}>
          {priority.reasonVi}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
