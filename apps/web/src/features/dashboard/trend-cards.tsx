import { Card, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import { monthlyChartOption, trendChartOption } from "./chart-options";
import { EChart } from "./echart";
import { useChartLabels } from "./use-chart-labels";

const CHART_HEIGHT = 300;

function UnitNote() {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {t("dashboard.unit")}
    </Typography.Text>
  );
}

/** Up to ten years of plan and execution to the same cut-off month, with the % of plan. */
export function TrendCard({ data }: { data: BudgetDashboard }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const option = useMemo(() => trendChartOption(data.trend, labels), [data.trend, labels]);
  return (
    <Card
      size="small"
      variant="outlined"
      title={t("dashboard.trend.title")}
      extra={<UnitNote />}
      style={{ height: "100%" }}
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("dashboard.trend.subtitle", { month: data.cutoffMonth })}
      </Typography.Text>
      {data.trend.length === 0 ? (
        <EmptyState description={t("dashboard.empty")} />
      ) : (
        <EChart option={option} height={CHART_HEIGHT} ariaLabel={t("dashboard.trend.aria")} />
      )}
    </Card>
  );
}

/** Execution month by month and cumulated, from January to the cut-off month. */
export function MonthlyCard({ data }: { data: BudgetDashboard }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const option = useMemo(() => monthlyChartOption(data.monthly, labels), [data.monthly, labels]);
  return (
    <Card
      size="small"
      variant="outlined"
      title={t("dashboard.monthly.title", { year: data.year })}
      extra={<UnitNote />}
      style={{ height: "100%" }}
    >
      {data.monthly.length === 0 ? (
        <EmptyState description={t("dashboard.empty")} />
      ) : (
        <EChart option={option} height={CHART_HEIGHT} ariaLabel={t("dashboard.monthly.aria")} />
      )}
    </Card>
  );
}
