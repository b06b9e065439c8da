import { formatDate, type ObligationStatus, obligationStatuses, obligationStatusLabels } from "@kc/domain";
import { Button, Card, Flex, Grid, InputNumber, Select, Tag, Typography } from "antd";
import type { TFunction } from "i18next";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ClampText, type DataColumn, DataTable, ResponsiveFilters } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { ErrorAlert } from "../../components/error-alert";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { useCurrentUser } from "../auth/current-user";
import { useOpenReport, useReportTemplates } from "./api";
import { type Obligation, type ObligationQuery, useObligations } from "./obligations-api";
import { reportPath } from "./paths";

const FILTERS = ["year", "templateId", "status"] as const;

/** Waiting for the province in warm colours, done in cool ones; the words always say it too. */
const statusColour: Record<ObligationStatus, string> = {
  OVERDUE: "red",
  RETURNED: "orange",
  DUE_SOON: "gold",
  NOT_YET_DUE: "default",
  SENT_LATE: "blue",
  SENT_ON_TIME: "blue",
  APPROVED: "green",
  LOCKED: "purple",
};

function readQuery(params: URLSearchParams): ObligationQuery {
  const query: ObligationQuery = {};
  const year = Number(params.get("year"));
  if (year) query.year = year;
  const templateId = params.get("templateId");
  if (templateId) query.templateId = templateId;
  const status = params.get("status");
  if (status && (obligationStatuses as readonly string[]).includes(status))
    query.status = status as ObligationStatus;
  return query;
}

function OpenAction({ item }: { item: Obligation }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const opening = useOpenReport();
  if (item.reportId) {
    return <Link to={reportPath(item.reportId)}>{t("myReports.open")}</Link>;
  }
  if (!item.canOpen) return null;
  // The promise, not mutate's callback: the list is read again as the report opens, and the row re-renders.
  const open = () =>
    void opening
      .mutateAsync({
        templateId: item.templateId,
        provinceId: item.provinceId,
        year: item.year,
        index: item.periodIndex,
      })
      .then((report) => navigate(reportPath(report.id)))
      .catch(() => undefined);
  return (
    <>
      <Button size="small" type="primary" loading={opening.isPending} onClick={open}>
        {t("myReports.create")}
      </Button>
      {opening.isError ? <ErrorAlert error={opening.error} /> : null}
    </>
  );
}

/** On a phone the first column also says the status and the days, since the other columns scroll off. */
function columns(t: TFunction, showProvince: boolean, phone: boolean): DataColumn<Obligation>[] {
  const all: DataColumn<Obligation>[] = [
    {
      key: "province",
      title: t("myReports.columns.province"),
      width: 160,
      render: (_, item) => <ClampText text={item.provinceLabel} />,
    },
    {
      key: "report",
      title: t("myReports.columns.report"),
      width: 300,
      alwaysVisible: true,
      render: (_, item) => (
        <>
          <Typography.Text strong>{item.periodLabelVi}</Typography.Text>
          <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
            {item.titleVi}
          </Typography.Text>
          {phone ? (
            <Flex gap={4} wrap align="center" style={{ marginTop: 4 }}>
              <Tag color={statusColour[item.status]}>{item.statusLabelVi}</Tag>
              <Typography.Text type={item.daysToDue < 0 ? "danger" : undefined} style={{ fontSize: 12 }}>
                {item.dueInWordsVi}
              </Typography.Text>
            </Flex>
          ) : null}
        </>
      ),
    },
    {
      key: "dueOn",
      title: t("myReports.columns.dueOn"),
      width: 110,
      render: (_, item) => formatDate(item.dueOn),
    },
    {
      key: "when",
      title: t("myReports.columns.when"),
      width: 120,
      render: (_, item) =>
        ["OVERDUE", "DUE_SOON", "NOT_YET_DUE", "RETURNED"].includes(item.status) ? (
          <Typography.Text type={item.daysToDue < 0 ? "danger" : undefined}>
            {item.dueInWordsVi}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      key: "status",
      title: t("myReports.columns.status"),
      width: 170,
      render: (_, item) => <Tag color={statusColour[item.status]}>{item.statusLabelVi}</Tag>,
    },
    {
      key: "action",
      title: t("myReports.columns.action"),
      width: 130,
      render: (_, item) => <OpenAction item={item} />,
    },
  ];
  return showProvince ? all : all.filter((column) => column.key !== "province");
}

/**
 * `/app/bao-cao-cua-toi` (issue 17 item 3): the reports the caller's scope owes, what waits for the province first,
 * each with its due date and days left or late, opening the report or starting it (the open-report API).
 */
export function MyReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => readQuery(searchParams), [searchParams]);
  const list = useObligations(query);
  const templates = useReportTemplates();
  const activeCount = FILTERS.filter((key) => searchParams.get(key)).length;
  const showProvince = me.scope.kind !== "PROVINCE";
  const phone = !Grid.useBreakpoint().md;

  const change = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    setSearchParams(next, { replace: true });
  };
  const clear = () => change(Object.fromEntries(FILTERS.map((key) => [key, undefined])));
  const items = list.data?.items ?? [];

  return (
    <>
      <PageHeader title={t("myReports.title")} description={t("myReports.description")} />
      <Card variant="outlined">
        <ResponsiveFilters label={t("myReports.filters.label")} activeCount={activeCount} onClear={clear}>
          <InputNumber
            aria-label={t("myReports.filters.year")}
            placeholder={t("myReports.filters.year")}
            min={2000}
            max={2100}
            value={query.year ?? null}
            onChange={(year) => change({ year })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t("myReports.filters.template")}
            placeholder={t("myReports.filters.template")}
            allowClear
            options={(templates.data?.items ?? []).map((template) => ({
              value: template.id,
              label: template.titleVi,
            }))}
            value={query.templateId}
            onChange={(templateId) => change({ templateId })}
            style={{ width: 260 }}
          />
          <Select
            aria-label={t("myReports.filters.status")}
            placeholder={t("myReports.filters.status")}
            allowClear
            options={obligationStatuses.map((code) => ({ value: code, label: obligationStatusLabels[code] }))}
            value={query.status}
            onChange={(status) => change({ status })}
            style={{ width: 200 }}
          />
        </ResponsiveFilters>
        {list.isPending ? (
          <LoadingSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<Obligation>
            tableId="report-obligations"
            rowKey={(item) => `${item.templateId}|${item.provinceId}|${item.year}|${item.periodIndex}`}
            columns={columns(t, showProvince, phone)}
            dataSource={items}
            loading={list.isFetching && list.isPlaceholderData}
            countLine={
              <Typography.Text aria-live="polite">
                {t("myReports.count", { formatted: formatNumber(items.length) })}
              </Typography.Text>
            }
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("myReports.what")}
                  filtered={activeCount > 0}
                  onClearFilters={clear}
                />
              ),
            }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          />
        )}
      </Card>
    </>
  );
}
