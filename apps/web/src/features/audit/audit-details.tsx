import { Descriptions, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../api/types";
import { ChangeList } from "./change-list";

/** Expanded audit row: the changed fields in words, then the request id and address for an investigation. */
export function AuditDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} style={{ padding: "4px 8px" }}>
      <div>
        <Typography.Text strong style={{ display: "block", marginBottom: 8 }}>
          {t("audit.changes")}
        </Typography.Text>
        <ChangeList changes={event.changes} />
      </div>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: "request",
            label: t("audit.requestId"),
            children: event.requestId ? (
              <Typography.Text copyable>{event.requestId}</Typography.Text>
            ) : (
              t("common.none")
            ),
          },
          { key: "ip", label: t("audit.ip"), children: event.ip ?? t("common.none") },
          {
            key: "category",
            label: t("audit.category"),
            children: t(`audit.categories.${event.category}`),
          },
        ]}
      />
    </Flex>
  );
}
