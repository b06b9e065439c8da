import {
  geographyBasisCodes,
  geographyBasisLabels,
  type ReportPeriodKind,
  regionCodes,
  regionLabels,
  reportPeriodLabelVi,
  todayInVietnam,
} from "@kc/domain";
import { Alert, Card, Flex, InputNumber, Segmented, Select, Space, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { usePhoneLayout } from "../../lib/use-phone-layout";
import { useCurrentUser } from "../auth/current-user";
import { useRegions } from "../regions/api";
import { type AggregateProvince, type ReportAggregateQuery, useReportAggregate } from "./aggregate-api";
import { AggregateSectionTable } from "./aggregate-section-table";
import { useReportTemplates } from "./api";
import { REPORTS_PATH, reportPath } from "./paths";
import { ReportStateTag } from "./report-state-tag";

const PERIODS: Record<ReportPeriodKind, number> = { QUARTER: 4, HALF_YEAR: 2, YEAR: 1, CUTOFF_MONTH: 12 };
type Scope = ReportAggregateQuery["scope"];
type Basis = (typeof geographyBasisCodes)[number];

/**
 * `/app/bao-cao/tong-hop`: a region's or the nation's report computed from the provinces' approved reports (issue
 * 17 item 4), chosen by template, year, period, scope and geography basis (kept in the address, so it can be
 * shared); the table is laid out like a report, each figure opening the provinces behind it, and the provinces
 * included and still missing are listed beside it.
 */
export function ReportAggregatePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const today = todayInVietnam();
  const [params, setParams] = useSearchParams();
  const templates = useReportTemplates();
  const regions = useRegions(today);
  const phone = usePhoneLayout();

  const codes = [...new Map((templates.data?.items ?? []).map((tpl) => [tpl.code, tpl])).values()];
  const templateCode = params.get("templateCode") ?? codes[0]?.code ?? null;
  const periodKind = codes.find((tpl) => tpl.code === templateCode)?.periodKind ?? "YEAR";
  const year = Number(params.get("year")) || Number(today.slice(0, 4)) - 1;
  const periodIndex = Math.min(Number(params.get("periodIndex")) || 1, PERIODS[periodKind]);
  const basis: Basis = params.get("basis") === "CURRENT" ? "CURRENT" : "AS_OF";
  const ownRegion =
    me.scope.kind === "REGION"
      ? me.scope.regionCode
      : me.scope.kind === "PROVINCE"
        ? regions.data?.find((r) => r.provinces.some((p) => p.id === me.scope.provinceId))?.code
        : undefined;
  const scope = (params.get("scope") ??
    (me.scope.kind === "NATIONAL" ? "national" : ownRegion ? `region:${ownRegion}` : null)) as Scope | null;

  const query = useMemo<ReportAggregateQuery | null>(
    () => (templateCode && scope ? { templateCode, year, periodIndex, scope, basis } : null),
    [templateCode, year, periodIndex, scope, basis],
  );
  const aggregate = useReportAggregate(query);

  const change = (patch: Record<string, string | number | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };
  const scopeOptions = [
    ...(me.scope.kind === "NATIONAL" ? [{ value: "national", label: t("reportAggregate.national") }] : []),
    ...regionCodes
      .filter((code) => me.scope.kind === "NATIONAL" || code === ownRegion)
      .map((code) => ({ value: `region:${code}`, label: regionLabels[code].vi })),
  ];
  const periodOptions = Array.from({ length: PERIODS[periodKind] }, (_, i) => ({
    value: i + 1,
    label: reportPeriodLabelVi(periodKind, { year, index: i + 1 }),
  }));

  return (
    <>
      <PageHeader
        title={t("reportAggregate.title")}
        description={t("reportAggregate.description")}
        extra={<Link to={REPORTS_PATH}>{t("reports.backToList")}</Link>}
      />
      <Card variant="outlined">
        {/* Every selector is needed to say which aggregate: none is folded away on a phone. */}
        <Flex gap={12} wrap align="center" role="search" aria-label={t("reportAggregate.filters.label")}>
          <Select
            aria-label={t("reportAggregate.filters.template")}
            options={codes.map((tpl) => ({ value: tpl.code, label: tpl.titleVi }))}
            value={templateCode ?? undefined}
            onChange={(code) => change({ templateCode: code, periodIndex: null })}
            style={{ width: 360, maxWidth: "100%" }}
          />
          <InputNumber
            aria-label={t("reportAggregate.filters.year")}
            min={2000}
            max={2100}
            value={year}
            onChange={(value) => change({ year: value })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t("reportAggregate.filters.period")}
            options={periodOptions}
            value={periodIndex}
            onChange={(value) => change({ periodIndex: value })}
            style={{ width: 200 }}
          />
          <Select
            aria-label={t("reportAggregate.filters.scope")}
            placeholder={t("reportAggregate.chooseScope")}
            options={scopeOptions}
            value={scope ?? undefined}
            onChange={(value) => change({ scope: value })}
            style={{ width: 220 }}
          />
          <Segmented<Basis>
            // Side by side the two long labels are wider than a phone.
            vertical={phone}
            aria-label={t("reportAggregate.filters.basis")}
            options={geographyBasisCodes.map((code) => ({ value: code, label: geographyBasisLabels[code] }))}
            value={basis}
            onChange={(value) => change({ basis: value })}
          />
        </Flex>
      </Card>
      {aggregate.isError ? (
        <ErrorState error={aggregate.error} onRetry={() => void aggregate.refetch()} />
      ) : !aggregate.data ? (
        query ? (
          <LoadingSkeleton />
        ) : null
      ) : (
        <AggregateBody data={aggregate.data} />
      )}
    </>
  );
}

function AggregateBody({ data }: { data: NonNullable<ReturnType<typeof useReportAggregate>["data"]> }) {
  const { t } = useTranslation();
  const failing = data.checks.filter((check) => !check.result.ok);
  const total = data.included.length + data.missing.length;
  return (
    <Flex vertical gap={16} style={{ marginTop: 16 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {data.template.titleVi} — {data.period.labelVi} — {data.scope.labelVi}
      </Typography.Title>
      <Typography.Text aria-live="polite">
        {t("reportAggregate.completeness", {
          included: formatNumber(data.included.length),
          total: formatNumber(total),
        })}
        {" · "}
        {data.basisLabelVi}
      </Typography.Text>
      {data.included.length > 0 ? (
        <Alert
          type={failing.length > 0 ? "warning" : "success"}
          showIcon
          title={
            failing.length > 0
              ? t("reportAggregate.checksFailed", { count: failing.length })
              : t("reportAggregate.checksOk")
          }
          description={
            failing.length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                {failing.map((check) => (
                  <li key={check.id}>
                    <Typography.Text strong>{check.result.labelVi}</Typography.Text>:{" "}
                    {t("reports.checks.line", {
                      stated: check.result.stated,
                      computed: check.result.computed,
                      difference: check.result.difference,
                    })}
                  </li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
      {data.cells.some((cell) => cell.distinctCountSum && cell.value !== null) ? (
        <Alert type="info" showIcon title={t("reportAggregate.distinctNote")} />
      ) : null}
      {data.template.sections.map((section) => (
        <AggregateSectionTable key={section.code} section={section} aggregate={data} />
      ))}
      <Card size="small" title={t("reportAggregate.included", { count: data.included.length })}>
        <ProvinceList provinces={data.included} empty={t("reportAggregate.noneIncluded")} />
      </Card>
      <Card size="small" title={t("reportAggregate.missing", { count: data.missing.length })}>
        <ProvinceList provinces={data.missing} empty={t("reportAggregate.noneMissing")} />
      </Card>
    </Flex>
  );
}

function ProvinceList({ provinces, empty }: { provinces: AggregateProvince[]; empty: string }) {
  const { t } = useTranslation();
  if (provinces.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>;
  return (
    <Space size={[8, 8]} wrap>
      {provinces.map((province) => (
        <Tag key={province.id} style={{ marginInlineEnd: 0, paddingBlock: 2 }}>
          {province.reportId ? (
            <Link to={reportPath(province.reportId)}>{province.labelVi}</Link>
          ) : (
            province.labelVi
          )}
          {province.countedAsId !== province.id ? (
            <Typography.Text type="secondary">
              {" "}
              ({t("reportAggregate.countedAs", { name: province.countedAsLabelVi })})
            </Typography.Text>
          ) : null}{" "}
          {province.state ? <ReportStateTag state={province.state} /> : null}
        </Tag>
      ))}
    </Space>
  );
}
