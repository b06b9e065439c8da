import { formatDate, formatDateTime } from "@kc/domain";
import { Flex, Table, type TableColumnsType, Typography } from "antd";
import type { PlanRevision } from "../../../api/types";
import { usePlansT, useRevisionLabel } from "../use-plans-t";
import { PlanLinesTable } from "./plan-lines-table";

/** The plan's decisions, newest first as the server sends them; each row expands to the lines it set. */
export function PlanRevisionsTable({ revisions }: { revisions: readonly PlanRevision[] }) {
  const t = usePlansT();
  const revisionLabel = useRevisionLabel();
  const columns: TableColumnsType<PlanRevision> = [
    {
      title: t("plans.detail.revisionNo"),
      key: "revision",
      width: 90,
      render: (_, revision) => revisionLabel(revision.revision),
    },
    { title: t("plans.columns.decision"), dataIndex: "decisionNumber", width: 150 },
    {
      title: t("plans.detail.date"),
      key: "date",
      width: 120,
      render: (_, revision) => formatDate(revision.decisionDate),
    },
    { title: t("plans.detail.note"), dataIndex: "noteVi" },
    {
      title: `${t("plans.columns.total")} (${t("plans.figures.millions")})`,
      key: "total",
      width: 140,
      align: "right",
      render: (_, revision) => (
        <span style={{ fontVariantNumeric: "tabular-nums" }}>{revision.total.text}</span>
      ),
    },
    {
      title: t("plans.detail.by"),
      key: "by",
      width: 190,
      render: (_, revision) => (
        <Flex vertical>
          <span>{revision.createdByName}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(revision.createdAt, false)}
          </Typography.Text>
        </Flex>
      ),
    },
  ];
  return (
    <Table<PlanRevision>
      rowKey="revision"
      size="small"
      pagination={false}
      columns={columns}
      dataSource={[...revisions]}
      expandable={{ expandedRowRender: (revision) => <PlanLinesTable lines={revision.lines} /> }}
      scroll={{ x: 900 }}
    />
  );
}
