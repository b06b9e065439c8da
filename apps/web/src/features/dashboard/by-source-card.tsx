import { Card, Table, type TableColumnsType, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import { moneyColumn, pctColumn, useAmountTitle } from "./figure-cells";

type SourceLine = BudgetDashboard["bySource"][number];

/** "Kế hoạch và thực hiện theo nguồn vốn": KCQG, KCĐP, counterpart and other funds, each with its % of plan. */
export function BySourceCard({ data }: { data: BudgetDashboard }) {
  const { t } = useTranslation();
  const amountTitle = useAmountTitle();
  const columns: TableColumnsType<SourceLine> = [
    { key: "source", title: t("dashboard.bySource.source"), width: "30%", render: (_, line) => line.labelVi },
    moneyColumn("plan", amountTitle(t("dashboard.columns.plan")), (line) => line.plan, t("dashboard.noPlan")),
    moneyColumn("exec", amountTitle(t("dashboard.columns.exec")), (line) => line.exec),
    pctColumn("execPct", t("dashboard.columns.execPct"), (line) => line.execPct),
    pctColumn("growth", t("dashboard.columns.growth"), (line) => line.growth, true),
  ];
  return (
    <Card size="small" variant="outlined" title={t("dashboard.bySource.title")} style={{ height: "100%" }}>
      <Table<SourceLine>
        rowKey="source"
        size="small"
        columns={columns}
        dataSource={data.bySource}
        pagination={false}
        scroll={{ x: 460 }}
        locale={{ emptyText: <EmptyState /> }}
      />
      <Typography.Paragraph type="secondary" style={{ margin: "8px 0 0", fontSize: 13 }}>
        {t("dashboard.bySource.note")}
      </Typography.Paragraph>
    </Card>
  );
}
