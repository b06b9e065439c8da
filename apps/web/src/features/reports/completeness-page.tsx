import { formatDate, type RegionCode, regionCodes, regionLabels, todayInVietnam } from "@kc/domain";
import { Card, Empty, Flex, InputNumber, Select, Table, Tabs, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ResponsiveFilters } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { useReportTemplates } from "./api";
import {
  type AwardsRow,
  type CompletenessPeriod,
  type CompletenessQuery,
  useAwardsRanking,
  useCompleteness,
} from "./obligations-api";
import { reportPath } from "./paths";

type Province = CompletenessPeriod["provinces"][number];

const timelinessColour: Record<Province["timeliness"], string> = {
  ON_TIME: "green",
  LATE: "orange",
  MISSING: "red",
  NOT_YET_DUE: "default",
};

function PeriodCard({ period }: { period: CompletenessPeriod }) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      title={`${period.labelVi} · ${period.titleVi}`}
      extra={t("completeness.due", { date: formatDate(period.dueOn) })}
      style={{ marginBottom: 16 }}
      styles={{ title: { whiteSpace: "normal" }, header: { flexWrap: "wrap" } }}
    >
      <Flex gap={24} wrap style={{ marginBottom: 8 }}>
        <Typography.Text strong data-testid="completeness-rate">
          {t("completeness.completeness")}: {period.totals.completenessText}
        </Typography.Text>
        <Typography.Text strong>
          {t("completeness.timeliness")}: {period.totals.timelinessText}
        </Typography.Text>
        <Typography.Text type="secondary">{t("completeness.totals", period.totals)}</Typography.Text>
      </Flex>
      <Table<Province>
        size="small"
        rowKey="provinceId"
        pagination={false}
        scroll={{ x: 560, y: 360 }}
        dataSource={period.provinces}
        columns={[
          {
            key: "province",
            title: t("completeness.columns.province"),
            width: 160,
            fixed: "left",
            render: (_, p) =>
              p.reportId ? <Link to={reportPath(p.reportId)}>{p.provinceLabel}</Link> : p.provinceLabel,
          },
          {
            key: "timeliness",
            title: t("completeness.columns.timeliness"),
            width: 130,
            render: (_, p) => (
              <Tag color={timelinessColour[p.timeliness]}>
                {t(`completeness.timelinessLabels.${p.timeliness}`)}
              </Tag>
            ),
          },
          {
            key: "region",
            title: t("completeness.columns.region"),
            width: 170,
            render: (_, p) => p.regionLabelVi,
          },
          {
            key: "sent",
            title: t("completeness.columns.sent"),
            width: 110,
            render: (_, p) => (p.firstSubmittedOn ? formatDate(p.firstSubmittedOn) : "—"),
          },
        ]}
      />
    </Card>
  );
}

function CompletenessTab({ query }: { query: CompletenessQuery }) {
  const { t } = useTranslation();
  const data = useCompleteness(query);
  if (data.isPending) return <LoadingSkeleton />;
  if (data.isError) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  if (data.data.periods.length === 0) return <Empty description={t("completeness.empty")} />;
  return (
    <>
      {data.data.periods.map((period) => (
        <PeriodCard key={`${period.templateId}|${period.year}|${period.periodIndex}`} period={period} />
      ))}
    </>
  );
}

function AwardsTab({ year }: { year: number }) {
  const { t } = useTranslation();
  const data = useAwardsRanking(year);
  if (data.isPending) return <LoadingSkeleton />;
  if (data.isError) return <ErrorState error={data.error} onRetry={() => void data.refetch()} />;
  return (
    <>
      <Typography.Paragraph type="secondary">{t("completeness.awards.rule")}</Typography.Paragraph>
      <Table<AwardsRow>
        size="small"
        rowKey="provinceId"
        pagination={false}
        scroll={{ x: 640 }}
        dataSource={data.data.rows}
        locale={{ emptyText: t("completeness.awards.empty") }}
        columns={[
          {
            key: "rank",
            title: t("completeness.awards.rank"),
            width: 70,
            fixed: "left",
            render: (_, r) => r.rank,
          },
          {
            key: "province",
            title: t("completeness.awards.province"),
            width: 180,
            render: (_, r) => r.provinceLabel,
          },
          {
            key: "due",
            title: t("completeness.awards.due"),
            width: 90,
            align: "right",
            render: (_, r) => r.due,
          },
          {
            key: "onTime",
            title: t("completeness.awards.onTime"),
            width: 140,
            align: "right",
            render: (_, r) => `${r.onTime} (${r.onTimeText})`,
          },
          {
            key: "sent",
            title: t("completeness.awards.complete"),
            width: 140,
            align: "right",
            render: (_, r) => `${r.sent} (${r.completeText})`,
          },
          {
            key: "consistent",
            title: t("completeness.awards.consistent"),
            width: 140,
            align: "right",
            render: (_, r) => `${r.consistent} (${r.consistentText})`,
          },
        ]}
      />
    </>
  );
}

/**
 * `/app/tinh-hinh-nop-bao-cao` (issue 17 item 4): completeness and timeliness per period and province, by region
 * as it was in the period, and the year's awards ranking. A province's staff see their own row only.
 */
export function CompletenessPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(todayInVietnam().slice(0, 4));
  const year = Number(params.get("year")) || thisYear;
  const tab = params.get("tab") === "awards" ? "awards" : "completeness";
  const templates = useReportTemplates();
  const query = useMemo<CompletenessQuery>(() => {
    const q: CompletenessQuery = { year };
    const templateId = params.get("templateId");
    if (templateId) q.templateId = templateId;
    const region = params.get("region");
    if (region && (regionCodes as readonly string[]).includes(region)) q.region = region as RegionCode;
    return q;
  }, [params, year]);
  const change = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };
  const activeCount = ["templateId", "region"].filter((key) => params.get(key)).length;

  return (
    <>
      <PageHeader title={t("completeness.title")} description={t("completeness.description")} />
      <Card variant="outlined">
        <ResponsiveFilters
          label={t("completeness.filters.label")}
          activeCount={activeCount}
          onClear={() => change({ templateId: undefined, region: undefined })}
        >
          <InputNumber
            aria-label={t("completeness.filters.year")}
            placeholder={t("completeness.filters.year")}
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => change({ year: value })}
            style={{ width: 110 }}
          />
          {tab === "completeness" ? (
            <>
              <Select
                aria-label={t("completeness.filters.template")}
                placeholder={t("completeness.filters.template")}
                allowClear
                options={(templates.data?.items ?? []).map((tp) => ({ value: tp.id, label: tp.titleVi }))}
                value={query.templateId}
                onChange={(templateId) => change({ templateId })}
                style={{ width: 260 }}
              />
              <Select
                aria-label={t("completeness.filters.region")}
                placeholder={t("completeness.filters.region")}
                allowClear
                options={regionCodes.map((code) => ({ value: code, label: regionLabels[code].vi }))}
                value={query.region}
                onChange={(region) => change({ region })}
                style={{ width: 220 }}
              />
            </>
          ) : null}
        </ResponsiveFilters>
        <Tabs
          activeKey={tab}
          onChange={(key) => change({ tab: key === "awards" ? "awards" : undefined })}
          items={[
            {
              key: "completeness",
              label: t("completeness.tabs.completeness"),
              children: <CompletenessTab query={query} />,
            },
            { key: "awards", label: t("completeness.tabs.awards"), children: <AwardsTab year={year} /> },
          ]}
        />
      </Card>
    </>
  );
}
