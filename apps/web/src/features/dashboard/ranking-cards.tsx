import { Card, Col, Row, Table, type TableColumnsType } from "antd";
import { useTranslation } from "react-i18next";
import type { BudgetDashboard, DashboardRow } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import type { BudgetParams } from "./api";
import { moneyColumn, pctColumn, useAmountTitle } from "./figure-cells";
import { RowName } from "./scope-link";

type RankedRow = DashboardRow & { rank: number };

function RankingTable({ rows, params }: { rows: DashboardRow[]; params: BudgetParams }) {
  const { t } = useTranslation();
  const amountTitle = useAmountTitle();
  const columns: TableColumnsType<RankedRow> = [
    { key: "rank", title: t("dashboard.ranking.rank"), dataIndex: "rank", width: 64, align: "right" },
    {
      key: "name",
      title: t("dashboard.columns.province"),
      width: "36%",
      render: (_, row) => <RowName params={params} row={row} />,
    },
    pctColumn("execPct", t("dashboard.columns.execPct"), (row) => row.execPct),
    moneyColumn("exec", amountTitle(t("dashboard.columns.exec")), (row) => row.exec),
  ];
  // The order is the server's ranking; the rank shown is the position in its list.
  const ranked = rows.map((row, index) => ({ ...row, rank: index + 1 }));
  return (
    <Table<RankedRow>
      rowKey="key"
      size="small"
      columns={columns}
      dataSource={ranked}
      pagination={false}
      scroll={{ x: 440 }}
      locale={{ emptyText: <EmptyState /> }}
    />
  );
}

/** Top 5 and bottom 5 provinces in scope by execution rate (only provinces with a plan). */
export function RankingCards({ data, params }: { data: BudgetDashboard; params: BudgetParams }) {
  const { t } = useTranslation();
  const { top, bottom } = data.ranking;
  if (top.length === 0 && bottom.length === 0) return null;
  return (
    <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
      <Col xs={24} xl={12}>
        <Card size="small" variant="outlined" title={t("dashboard.ranking.top")} style={{ height: "100%" }}>
          <div data-testid="dashboard-ranking-top">
            <RankingTable rows={top} params={params} />
          </div>
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card
          size="small"
          variant="outlined"
          title={t("dashboard.ranking.bottom")}
          style={{ height: "100%" }}
        >
          <div data-testid="dashboard-ranking-bottom">
            <RankingTable rows={bottom} params={params} />
          </div>
        </Card>
      </Col>
    </Row>
  );
}
