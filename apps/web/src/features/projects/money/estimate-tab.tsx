import { WarningOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Flex, Table, type TableColumnsType, Tooltip, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { EstimateLine, ProjectBudget } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { formatDong, sumDong } from "../../../lib/money";
import { useCodeLabel } from "../labels";
import { LineCapCell } from "./line-cap-cell";
import { formatQuantity, lineTotal } from "./money";

type Row = EstimateLine & { key: number; total: bigint | null; off: boolean };

const amount = (value: string | bigint | null) => (
  <span style={{ fontVariantNumeric: "tabular-nums" }}>{value === null ? "—" : formatDong(value)}</span>
);

/**
 * Dự toán: the estimate lines (Form 1) with their totals by source, and each line's support cap under the norm
 * set valid at approval (the server computes it; hovering shows the norm and its legal basis).
 */
export function EstimateTab({ lines, budget }: { lines: EstimateLine[]; budget?: ProjectBudget }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const rows: Row[] = lines.map((line, index) => {
    const total = lineTotal(line.quantity, line.unitPrice);
    const sources = sumDong([line.kcAmount, line.counterpartAmount, line.otherAmount]);
    return { ...line, key: index, total, off: total !== null && total !== sources };
  });
  const grandTotal = rows.reduce((sum, row) => sum + (row.total ?? 0n), 0n);

  const columns: TableColumnsType<Row> = [
    { title: "#", key: "index", width: 44, render: (_, _row, index) => index + 1 },
    {
      title: t("projects.estimate.item"),
      dataIndex: "item",
      render: (item: string, row) => (
        <Flex vertical>
          <span>{item}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {label("spendingCategories", row.spendingCategory)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("projects.estimate.normCode"),
      dataIndex: "normCode",
      width: 70,
      render: (code) => code ?? t("common.none"),
    },
    {
      title: t("projects.estimate.quantity"),
      dataIndex: "quantity",
      width: 80,
      align: "right",
      render: formatQuantity,
    },
    {
      title: t("projects.estimate.unitPrice"),
      dataIndex: "unitPrice",
      width: 125,
      align: "right",
      render: amount,
    },
    {
      title: t("projects.estimate.lineTotal"),
      key: "total",
      width: 140,
      align: "right",
      render: (_, row) => (
        <>
          {row.off ? (
            <Tooltip title={t("projects.estimate.mismatch")}>
              <WarningOutlined
                style={{ color: "#d46b08", marginInlineEnd: 6 }}
                aria-label={t("projects.estimate.mismatch")}
                role="img"
              />
            </Tooltip>
          ) : null}
          {amount(row.total)}
        </>
      ),
    },
    {
      title: t("projects.estimate.kcAmount"),
      dataIndex: "kcAmount",
      width: 125,
      align: "right",
      render: amount,
    },
    {
      title: t("projects.estimate.cap"),
      key: "cap",
      width: 135,
      align: "right",
      render: (_, row) => <LineCapCell cap={budget?.caps[row.key]} />,
    },
    {
      title: t("projects.estimate.counterpartAmount"),
      dataIndex: "counterpartAmount",
      width: 125,
      align: "right",
      render: amount,
    },
    {
      title: t("projects.estimate.otherAmount"),
      dataIndex: "otherAmount",
      width: 115,
      align: "right",
      render: amount,
    },
  ];

  const norm = budget
    ? budget.normSet
      ? t("projects.estimate.normSet", {
          label: budget.normSet.labelVi,
          version: budget.normSet.version,
          date: formatDate(budget.normDate),
        })
      : t("projects.estimate.noNormSet", { date: formatDate(budget.normDate) })
    : null;
  return (
    <Flex vertical gap={8}>
      {norm ? <Typography.Text type="secondary">{norm}</Typography.Text> : null}
      <Table<Row>
        size="small"
        pagination={false}
        columns={columns}
        dataSource={rows}
        scroll={{ x: 1130 }}
        locale={{ emptyText: <EmptyState description={t("projects.estimate.empty")} /> }}
        summary={() =>
          rows.length === 0 ? null : (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0} colSpan={5}>
                <Typography.Text strong>{t("projects.estimate.total")}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <strong>{amount(grandTotal)}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                <strong>{amount(sumDong(rows.map((row) => row.kcAmount)))}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} />
              <Table.Summary.Cell index={8} align="right">
                <strong>{amount(sumDong(rows.map((row) => row.counterpartAmount)))}</strong>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} align="right">
                <strong>{amount(sumDong(rows.map((row) => row.otherAmount)))}</strong>
              </Table.Summary.Cell>
            </Table.Summary.Row>
          )
        }
      />
    </Flex>
  );
}
