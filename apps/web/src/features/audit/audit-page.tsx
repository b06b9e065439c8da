import { auditEntityCodes, fixedAuditActionLabels } from "@kc/domain";
import {
  Button,
  Card,
  DatePicker,
  Flex,
  Form,
  Input,
  Select,
  Table,
  type TableColumnsType,
  Tag,
  Typography,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { DATE_FORMAT, formatDateTime, toIsoDate } from "../../lib/format";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { foldedSelectSearch } from "../../lib/text";
import { type AuditEvent, type AuditFilters, useAuditEvents } from "./api";
import { AuditDetails } from "./audit-details";
import { useAuditLabels } from "./labels";

type FilterValues = {
  period?: [Dayjs | null, Dayjs | null] | null;
  actor?: string;
  entity?: string;
  action?: string;
  category?: string;
};

const outcomeColors: Record<string, string> = { SUCCESS: "green", FAILED: "red", DENIED: "volcano" };

function OutcomeTag({ outcome }: { outcome: string }) {
  const { t } = useTranslation();
  const code = outcome.toUpperCase();
  const label =
    code === "SUCCESS" || code === "FAILED" || code === "DENIED" ? t(`audit.outcomes.${code}`) : outcome;
  return <Tag color={outcomeColors[code] ?? "default"}>{label}</Tag>;
}

/** The actions offered in the filter; old rows written under a legacy code are found by the current one. */
const actionCodes = Object.keys(fixedAuditActionLabels);

const text = (value?: string) => value?.trim() || undefined;

function toFilters(values: FilterValues): AuditFilters {
  return {
    from: toIsoDate(values.period?.[0]),
    to: toIsoDate(values.period?.[1]),
    actor: text(values.actor),
    entity: text(values.entity),
    action: text(values.action),
    category: text(values.category),
  };
}

/** The append-only audit trail: who did what, when, to which record, with before/after snapshots. */
export function AuditPage() {
  const { t } = useTranslation();
  const labels = useAuditLabels();
  const [form] = Form.useForm<FilterValues>();
  const [filters, setFilters] = useState<AuditFilters>({});
  const [paging, setPaging] = useState<Paging>(() => firstPage());
  const events = useAuditEvents({ ...filters, ...paging });

  const columns: TableColumnsType<AuditEvent> = [
    {
      title: t("audit.at"),
      dataIndex: "at",
      width: 160,
      render: (at: string) => <span title={t("common.vietnamTime")}>{formatDateTime(at)}</span>,
    },
    {
      title: t("audit.actor"),
      dataIndex: "actorEmail",
      width: 200,
      render: (v: string | null) => v ?? t("audit.system"),
    },
    {
      title: t("audit.role"),
      key: "actorRole",
      width: 160,
      render: (_, event) => event.actorRoleLabel ?? event.actorRole ?? t("common.none"),
    },
    {
      title: t("audit.action"),
      key: "action",
      width: 170,
      render: (_, event) => <span title={event.action}>{labels.action(event.action)}</span>,
    },
    {
      title: t("audit.entity"),
      key: "entity",
      width: 140,
      render: (_, event) => (event.entity ? labels.entity(event.entity) : t("common.none")),
    },
    {
      title: t("audit.entityId"),
      dataIndex: "entityId",
      render: (id: string | null) => (id ? <Typography.Text code>{id}</Typography.Text> : t("common.none")),
    },
    {
      title: t("audit.outcome"),
      dataIndex: "outcome",
      width: 110,
      render: (outcome: string) => <OutcomeTag outcome={outcome} />,
    },
  ];

  const apply = (values: FilterValues) => {
    setFilters(toFilters(values));
    setPaging((current) => ({ ...current, page: 1 }));
  };

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.description")} />
      <Card variant="outlined">
        <Form<FilterValues>
          form={form}
          name="audit-filters"
          layout="vertical"
          onFinish={apply}
          className="kc-toolbar"
        >
          <Flex gap={12} wrap align="flex-end">
            <Form.Item label={t("audit.period")} name="period" style={{ marginBottom: 0 }}>
              <DatePicker.RangePicker
                format={DATE_FORMAT}
                allowEmpty={[true, true]}
                placeholder={[t("audit.periodStart"), t("audit.periodEnd")]}
              />
            </Form.Item>
            <Form.Item label={t("audit.actor")} name="actor" style={{ marginBottom: 0 }}>
              <Input allowClear placeholder={t("audit.actorPlaceholder")} style={{ width: 240 }} />
            </Form.Item>
            <Form.Item label={t("audit.entity")} name="entity" style={{ marginBottom: 0 }}>
              <Select
                allowClear
                placeholder={t("audit.anyEntity")}
                style={{ width: 180 }}
                options={auditEntityCodes.map((value) => ({ value, label: labels.entity(value) }))}
              />
            </Form.Item>
            <Form.Item label={t("audit.action")} name="action" style={{ marginBottom: 0 }}>
              <Select
                allowClear
                showSearch={foldedSelectSearch}
                placeholder={t("audit.anyAction")}
                style={{ width: 240 }}
                options={actionCodes.map((value) => ({ value, label: labels.action(value) }))}
              />
            </Form.Item>
            <Form.Item label={t("audit.category")} name="category" style={{ marginBottom: 0 }}>
              <Select
                allowClear
                placeholder={t("audit.anyCategory")}
                style={{ width: 200 }}
                options={(["DATA", "AUTH", "ACCESS"] as const).map((value) => ({
                  value,
                  label: t(`audit.categories.${value}`),
                }))}
              />
            </Form.Item>
            <Flex gap={8}>
              <Button type="primary" htmlType="submit">
                {t("common.filter")}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  apply({});
                }}
              >
                {t("common.clearFilters")}
              </Button>
            </Flex>
          </Flex>
        </Form>
        {events.isPending ? (
          <LoadingSkeleton />
        ) : events.isError ? (
          <ErrorState error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Table<AuditEvent>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={events.data.items}
            loading={events.isFetching && events.isPlaceholderData}
            locale={{ emptyText: <EmptyState /> }}
            pagination={serverPagination(paging, events.data.total, setPaging)}
            expandable={{ expandedRowRender: (event) => <AuditDetails event={event} /> }}
            scroll={{ x: 1080 }}
          />
        )}
      </Card>
    </>
  );
}
