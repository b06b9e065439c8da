import { PaperClipOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import type { ProjectDocument } from "../../../api/types";
import { documentFileUrl } from "../api";

/** Size in kB/MB, the Vietnamese way. */
function fileSize(bytes: number): string {
  const format = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024
    ? `${format.format(bytes / 1024 / 1024)} MB`
    : `${format.format(bytes / 1024)} kB`;
}

/** The download link of an attachment (served only within the user's scope); nothing for a register entry. */
export function DocumentLink({ projectId, document }: { projectId: string; document: ProjectDocument }) {
  if (!document.file) return null;
  return (
    <Typography.Link href={documentFileUrl(projectId, document.id)} download={document.file.name}>
      <PaperClipOutlined aria-hidden /> {document.file.name}{" "}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        ({fileSize(document.file.size)})
      </Typography.Text>
    </Typography.Link>
  );
}
