import { Flex, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AuditEvent } from "../../api/types";

/**
 * Where each audited record is shown: its own page when it has one (an establishment, a project), otherwise the
 * list it belongs to. A record kind missing here is shown without a link.
 */
const recordPaths: Record<string, (id: string) => string> = {
  establishment: (id) => `/app/co-so-cnnt/${encodeURIComponent(id)}`,
  project: (id) => `/app/de-an/${encodeURIComponent(id)}`,
  annual_plan: () => "/app/ke-hoach",
  programme: () => "/app/ke-hoach",
  reported_figure: () => "/app/ke-hoach",
  user: () => "/app/nguoi-dung",
  support_norm_set: () => "/app/danh-muc/dinh-muc-ho-tro",
  organisation: () => "/app/danh-muc/to-chuc",
  legal_document: () => "/app/danh-muc/van-ban-phap-ly",
  admin_unit: () => "/app/danh-muc/don-vi-hanh-chinh",
  dashboard: () => "/app/tong-quan",
};

export function recordPath(entity: string | null, id: string | null): string | null {
  if (!entity || !id) return null;
  return recordPaths[entity]?.(id) ?? null;
}

/** "Cơ sở CNNT · Cơ sở mây tre Phú Vinh" with the short id under it; the full id is in the tooltip. */
export function RecordLink({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  if (!event.entity) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  const path = recordPath(event.entity, event.entityId);
  const title = event.entityName ?? event.entityLabel ?? event.entity;
  return (
    <Flex vertical style={{ minWidth: 0 }}>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {event.entityLabel}
      </Typography.Text>
      {path ? (
        <Link to={path} className="kc-audit-record">
          {title}
        </Link>
      ) : (
        <span className="kc-audit-record">{title}</span>
      )}
      {event.entityShortId ? (
        <Tooltip title={t("audit.recordId", { id: event.entityId })}>
          <Typography.Text type="secondary" style={{ fontSize: 12, fontVariantNumeric: "tabular-nums" }}>
            #{event.entityShortId}
          </Typography.Text>
        </Tooltip>
      ) : null}
    </Flex>
  );
}
