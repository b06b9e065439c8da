import { ClockCircleOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Coded } from "../../api/types";
import { useCodeLabel } from "./labels";
import { statusColor } from "./status-groups";

/** A project's status, coloured by its phase. */
export function StatusTag({ status }: { status: Coded }) {
  const label = useCodeLabel();
  return (
    <Tag color={statusColor(status.code)} style={{ marginInlineEnd: 0 }} data-status={status.code}>
      {label("statuses", status.code, status.label)}
    </Tag>
  );
}

/** "Chậm báo cáo": a monthly progress report is missing although its due day has passed. */
export function OverdueTag() {
  const { t } = useTranslation();
  return (
    <Tag color="error" icon={<ClockCircleOutlined aria-hidden />} style={{ marginInlineEnd: 0 }}>
      {t("projects.overdue")}
    </Tag>
  );
}
