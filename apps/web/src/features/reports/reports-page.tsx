import { BarChartOutlined, PlusOutlined } from "@ant-design/icons";
import {
  reportPeriodKindLabels,
  reportPeriodKinds,
  reportStateLabels,
  reportStates,
  todayInVietnam,
} from "@kc/domain";
import { Button, Card, InputNumber, Select, Space, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { DataTable, ResponsiveFilters } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { useProvinceOptions } from "../admin-units/api";
import { useAbility, useCurrentUser } from "../auth/current-user";
import { REPORT_AGGREGATE_PATH } from "./aggregate-api";
import { type ReportListQuery, type ReportSummary, useReports, useReportTemplates } from "./api";
import { OpenReportModal } from "./open-report-modal";
import { reportColumns } from "./report-columns";

const FILTERS = ["year", "periodKind", "provinceId", "state"] as const;
const stateOptions = reportStates.map((code) => ({ value: code, label: reportStateLabels[code] }));
const kindOptions = reportPeriodKinds.map((code) => ({ value: code, label: reportPeriodKindLabels[code] }));

/** The server's filters from the address bar; the period kind is the templates', filtered here. */
function readQuery(params: URLSearchParams): ReportListQuery {
  const query: ReportListQuery = {};
  const year = Number(params.get("year"));
  if (year) query.year = year;
  const provinceId = params.get("provinceId");
  if (provinceId) query.provinceId = provinceId;
  const state = params.get("state");
  if (state && (reportStates as readonly string[]).includes(state))
    query.state = state as ReportListQuery["state"];
  return query;
}

/**
 * `/app/bao-cao`: the periodic reports in the caller's scope (issue 17 item 2) by year, period kind, province (for
 * central users) and state, each opening its report page; a province's officer opens a new one for a period.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const canFill = useAbility("reports.fill");
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => readQuery(searchParams), [searchParams]);
  const periodKind = searchParams.get("periodKind");
  const list = useReports(query);
  const templates = useReportTemplates();
  const today = todayInVietnam();
  const provinces = useProvinceOptions(today);
  const [opening, setOpening] = useState(false);
  const ownProvince = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? null) : null;
  const activeCount = FILTERS.filter((key) => searchParams.get(key)).length;

  const change = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    setSearchParams(next, { replace: true });
  };
  const clear = () => change(Object.fromEntries(FILTERS.map((key) => [key, undefined])));

  const kindOf = new Map((templates.data?.items ?? []).map((template) => [template.id, template.periodKind]));
  const items = (list.data?.items ?? []).filter(
    (report) => !periodKind || kindOf.get(report.templateId) === periodKind,
  );

  return (
    <>
      <PageHeader
        title={t("reports.title")}
        description={t("reports.description")}
        extra={
          <Space wrap>
            <Link to={REPORT_AGGREGATE_PATH}>
              <Button icon={<BarChartOutlined />}>{t("reportAggregate.link")}</Button>
            </Link>
            {canFill && ownProvince ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
                {t("reports.open.button")}
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card variant="outlined">
        <ResponsiveFilters label={t("reports.filters.label")} activeCount={activeCount} onClear={clear}>
          <InputNumber
            aria-label={t("reports.filters.year")}
            placeholder={t("reports.filters.year")}
            min={2000}
            max={2100}
            value={query.year ?? null}
            onChange={(year) => change({ year })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t("reports.filters.periodKind")}
            placeholder={t("reports.filters.periodKind")}
            allowClear
            options={kindOptions}
            value={periodKind ?? undefined}
            onChange={(kind) => change({ periodKind: kind })}
            style={{ width: 200 }}
          />
          {ownProvince ? null : (
            <Select
              aria-label={t("reports.filters.province")}
              placeholder={t("reports.filters.province")}
              allowClear
              showSearch
              optionFilterProp="label"
              options={provinces.options}
              value={query.provinceId}
              onChange={(provinceId) => change({ provinceId })}
              style={{ width: 200 }}
            />
          )}
          <Select
            aria-label={t("reports.filters.state")}
            placeholder={t("reports.filters.state")}
            allowClear
            options={stateOptions}
            value={query.state}
            onChange={(state) => change({ state })}
            style={{ width: 160 }}
          />
        </ResponsiveFilters>
        {list.isPending ? (
          <LoadingSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<ReportSummary>
            tableId="periodic-reports"
            rowKey="id"
            columns={reportColumns(t, today)}
            dataSource={items}
            loading={list.isFetching && list.isPlaceholderData}
            countLine={
              <Typography.Text aria-live="polite">
                {t("reports.count", { formatted: formatNumber(items.length) })}
              </Typography.Text>
            }
            locale={{
              emptyText: (
                <ListEmptyState what={t("reports.what")} filtered={activeCount > 0} onClearFilters={clear} />
              ),
            }}
            pagination={{ pageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
          />
        )}
      </Card>
      {ownProvince ? (
        <OpenReportModal
          open={opening}
          onClose={() => setOpening(false)}
          provinceId={ownProvince}
          templates={templates.data?.items ?? []}
          defaultYear={Number(today.slice(0, 4))}
        />
      ) : null}
    </>
  );
}
