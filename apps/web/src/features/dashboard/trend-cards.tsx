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

/** "T1–T3, T5, T7–T12": the months without a monthly figure, as runs. */
export function monthRuns(months: readonly number[], short: (month: number) => string): string {
  const runs: [number, number][] = [];
  for (const month of months) {
    const last = runs.at(-1);
    if (last && last[1] === month - 1) last[1] = month;
    else runs.push([month, month]);
  }
  return runs.map(([from, to]) => (from === to ? short(from) : `${short(from)}–${short(to)}`)).join(", ");
}

/**
 * Payments month by month and their running total, from January to the cut-off month, with the reported
 * year-to-date values at their cut-off; the months without a monthly figure are named under the chart.
 */
export function MonthlyCard({ data }: { data: BudgetDashboard }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const option = useMemo(
    () => monthlyChartOption(data.monthly, data.reportedCutoffs, labels),
    [data.monthly, data.reportedCutoffs, labels],
  );
  const missing = data.monthly.filter((item) => item.exec === null).map((item) => item.month);
  const noFigures = missing.length === data.monthly.length && data.reportedCutoffs.length === 0;
  return (
    <Card
      size="small"
      variant="outlined"
      title={t("dashboard.monthly.title", { year: data.year })}
      extra={<UnitNote />}
      style={{ height: "100%" }}
    >
      {data.monthly.length === 0 || noFigures ? (
        <EmptyState description={t("dashboard.empty")} />
      ) : (
        <>
          <EChart option={option} height={CHART_HEIGHT} ariaLabel={t("dashboard.monthly.aria")} />
          <div data-testid="dashboard-monthly-notes">
            {data.reportedCutoffs.length > 0 ? (
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
                {t("dashboard.monthly.reportedNote", {
                  list: data.reportedCutoffs
                    .map((cutoff) =>
                      t("dashboard.monthly.reportedItem", {
                        label: labels.reportedAt(cutoff.month, cutoff.kind === "ANNUAL"),
                        value: cutoff.value.text,
                      }),
                    )
                    .join("; "),
                })}
              </Typography.Paragraph>
            ) : null}
            {missing.length > 0 ? (
              <Typography.Paragraph type="secondary" style={{ margin: 0, fontSize: 13 }}>
                {t("dashboard.monthly.noMonthDataNote", { months: monthRuns(missing, labels.monthShort) })}
              </Typography.Paragraph>
            ) : null}
          </div>
        </>
      )}
    </Card>
  );
}
