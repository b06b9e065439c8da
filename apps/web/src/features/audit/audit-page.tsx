import { FileExcelOutlined } from "@ant-design/icons";
import { formatDateTime } from "@kc/domain";
import { Button, Card, Flex, Grid, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { useDownload } from "../../lib/use-download";
import { type AuditFilters, useAuditEvents } from "./api";
import { AuditDetails } from "./audit-details";
import { AuditFilterForm } from "./audit-filters";
import { RecordLink } from "./record-link";

const outcomeColors: Record<string, string> = { SUCCESS: "green", FAILED: "red", DENIED: "volcano" };

/** Only the filters that are set, as query values for the export. */
function exportQuery(filters: AuditFilters): Record<string, string> {
  return Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
}

/**
 * The append-only audit trail, in words: when, who (name and role), what (the action), which record (its name,
 * a link and a short id) and the result; a row opens on the fields it changed. The five columns fit a 1440 px
 * screen with the result in view; below 768 px the table scrolls inside its card with the time kept in place.
 */
export function AuditPage() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState<Paging>(() => firstPage());
  const events = useAuditEvents({ ...filters, ...paging });
  const download = useDownload(() => t("audit.exportFailed"));
  const narrow = screens.md === false;
  const filtered = Object.values(filters).some(Boolean);

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t("audit.at"),
      dataIndex: "at",
      width: 150,
      fixed: narrow ? "left" : undefined,
      render: (at: string) => (
        <time dateTime={at} title={t("common.vietnamTime")} style={{ fontVariantNumeric: "tabular-nums" }}>
          {formatDateTime(at)}
        </time>
      ),
    },
    {
      title: t("audit.actor"),
      key: "actor",
      render: (_, event) => (
        <Flex vertical style={{ minWidth: 0 }}>
          <Typography.Text ellipsis={{ tooltip: event.actorEmail }}>
            {event.actorName ?? event.actorEmail ?? t("audit.system")}
          </Typography.Text>
          {event.actorRoleLabel ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }} ellipsis>
              {event.actorRoleLabel}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t("audit.action"),
      dataIndex: "actionLabel",
      width: "26%",
    },
    {
      title: t("audit.record"),
      key: "record",
      width: "28%",
      render: (_, event) => <RecordLink event={event} />,
    },
    {
      title: t("audit.outcome"),
      dataIndex: "outcome",
      width: 120,
      render: (outcome: string, event) => (
        <Tag color={outcomeColors[outcome] ?? "default"}>{event.outcomeLabel}</Tag>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title={t("audit.title")}
        description={t("audit.description")}
        extra={
          <Button
            icon={<FileExcelOutlined />}
            loading={download.pending === "log"}
            onClick={() =>
              download.run("log", {
                path: "/audit-events/export",
                fallbackName: "nhat-ky-he-thong.xlsx",
                query: exportQuery(filters),
              })
            }
          >
            {t("audit.export")}
          </Button>
        }
      />
      <Card variant="outlined">
        <AuditFilterForm
          onApply={(next) => {
            setFilters(next);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
        />
        {events.isPending ? (
          <LoadingSkeleton />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Table<AuditEvent>
            className="kc-audit-table"
            data-testid="audit-table"
            rowKey="id"
            size="middle"
            tableLayout="fixed"
            columns={columns}
            dataSource={events.data.items}
            loading={events.isFetching && events.isPlaceholderData}
            locale={{
              emptyText: <EmptyState description={filtered ? t("audit.emptyFiltered") : undefined} />,
            }}
            pagination={serverPagination(paging, events.data.total, setPaging)}
            expandable={{ expandedRowRender: (event) => <AuditDetails event={event} /> }}
            scroll={narrow ? { x: 760 } : undefined}
          />
        )}
      </Card>
    </>
  );
}
