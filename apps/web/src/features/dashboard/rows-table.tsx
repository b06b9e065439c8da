import { Card, Table, type TableColumnsType, Typography } from "antd";
import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard, DashboardRow } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import type { BudgetParams } from "./api";
import { moneyColumn, pctColumn, useAmountTitle } from "./figure-cells";
import { RowName, useDrill } from "./scope-link";

/** The table's summary line: the scope's own totals as the server sent them (never summed here). */
function TotalsRow({ data }: { data: BudgetDashboard }) {
  const { t } = useTranslation();
  const kcqg = data.bySource.find((line) => line.source === "KCQG");
  const kcdp = data.bySource.find((line) => line.source === "KCDP");
  const { totals } = data;
  const cells: [string, string | undefined][] = [
    ["plan", totals.plan?.text ?? t("dashboard.noPlan")],
    ["exec", totals.exec.text],
    ["execPct", totals.execPct?.text],
    ["growth", totals.growth?.text],
    ["kcqgExec", kcqg?.exec.text],
    ["kcdpExec", kcdp?.exec.text],
  ];
  return (
    <Table.Summary.Row>
      <Table.Summary.Cell index={0}>
        <Typography.Text strong>{t("dashboard.columns.total")}</Typography.Text>
      </Table.Summary.Cell>
      {cells.map(([key, text], index) => (
        <Table.Summary.Cell key={key} index={index + 1} align="right">
          <Typography.Text strong style={{ whiteSpace: "nowrap" }}>
            {text ?? t("common.none")}
          </Typography.Text>
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}

/** The rows of the chart as a table; a row's name links to its next level, and clicking the row drills too. */
export function RowsTable({ data, params }: { data: BudgetDashboard; params: BudgetParams }) {
  const { t } = useTranslation();
  const amountTitle = useAmountTitle();
  const drill = useDrill(params);
  const byProvince = data.rows[0]?.level === "UNIT";
  const title = byProvince ? t("dashboard.rows.titleProvinces") : t("dashboard.rows.titleRegions");

  const columns: TableColumnsType<DashboardRow> = [
    {
      key: "name",
      title: byProvince ? t("dashboard.columns.province") : t("dashboard.columns.region"),
      width: "22%",
      render: (_, row) => <RowName params={params} row={row} />,
    },
    moneyColumn("plan", amountTitle(t("dashboard.columns.plan")), (row) => row.plan, t("dashboard.noPlan")),
    moneyColumn("exec", amountTitle(t("dashboard.columns.exec")), (row) => row.exec),
    pctColumn("execPct", t("dashboard.columns.execPct"), (row) => row.execPct),
    pctColumn("growth", t("dashboard.columns.growth"), (row) => row.growth, true),
    moneyColumn("kcqgExec", amountTitle(t("dashboard.columns.kcqgExec")), (row) => row.bySource.KCQG.exec),
    moneyColumn("kcdpExec", amountTitle(t("dashboard.columns.kcdpExec")), (row) => row.bySource.KCDP.exec),
  ];

  // The name cell is already a link: a click on it must not navigate a second time.
  const onRowClick = (row: DashboardRow) => (event: MouseEvent) => {
    if ((event.target as HTMLElement).closest("a")) return;
    drill(row);
  };

  return (
    <Card size="small" variant="outlined" title={title} style={{ marginBottom: 16 }}>
      <div data-testid="dashboard-rows">
        <Table<DashboardRow>
          rowKey="key"
          size="small"
          columns={columns}
          dataSource={data.rows}
          pagination={false}
          scroll={{ x: 880 }}
          locale={{ emptyText: <EmptyState description={t("dashboard.empty")} /> }}
          rowClassName={(row) => (row.drill ? "kc-clickable-row" : "")}
          onRow={(row) => ({ onClick: onRowClick(row) })}
          summary={() => (data.rows.length > 0 ? <TotalsRow data={data} /> : null)}
        />
      </div>
    </Card>
  );
}
