import { Card, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import type { BudgetParams } from "./api";
import { rowsChartOption } from "./chart-options";
import { EChart } from "./echart";
import { useDrill } from "./scope-link";
import { useChartLabels } from "./use-chart-labels";

/** Height that gives each region or province room for its two bars, and never less than the side card. */
function chartHeight(rowCount: number): number {
  return Math.max(280, rowCount * 34 + 60);
}

/** Plan against execution per region (national scope) or per province (region scope); a bar click drills. */
export function RowsChartCard({ data, params }: { data: BudgetDashboard; params: BudgetParams }) {
  const { t } = useTranslation();
  const labels = useChartLabels();
  const drill = useDrill(params);
  const option = useMemo(() => rowsChartOption(data.rows, labels), [data.rows, labels]);
  const byProvince = data.rows[0]?.level === "UNIT";
  const title = byProvince ? t("dashboard.rows.titleProvinces") : t("dashboard.rows.titleRegions");

  return (
    <Card
      size="small"
      variant="outlined"
      title={title}
      extra={
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("dashboard.unit")}
        </Typography.Text>
      }
      style={{ height: "100%" }}
    >
      {data.rows.length === 0 ? (
        <EmptyState description={t("dashboard.empty")} />
      ) : (
        <>
          <EChart
            option={option}
            height={chartHeight(data.rows.length)}
            ariaLabel={t("dashboard.rows.chartAria", { scope: data.scope.labelVi })}
            onItemClick={(event) => drill(data.rows[event.dataIndex])}
          />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("dashboard.rows.drillHint")}
          </Typography.Text>
        </>
      )}
    </Card>
  );
}
