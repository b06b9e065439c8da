import { type FundingSource, fundingSourceCodes, planContentCodes } from "@kc/domain";
import { Table, type TableColumnsType, Typography } from "antd";
import type { PlanLine } from "../../../api/types";
import { formatDong, sumDong } from "../../../lib/money";
import { usePlanLabels, usePlansT } from "../use-plans-t";

type Row =
  | { key: string; kind: "line"; source: FundingSource; content: string; amount: string }
  | { key: string; kind: "subtotal"; source: FundingSource; amount: bigint };

const contentRank = (content: string) => {
  const index = (planContentCodes as readonly string[]).indexOf(content);
  return index === -1 ? planContentCodes.length : index;
};

/** Lines ordered by source then content, each source closed by its subtotal. */
function groupedRows(lines: readonly PlanLine[]): Row[] {
  return fundingSourceCodes.flatMap((source): Row[] => {
    const ofSource = lines
      .filter((line) => line.source === source)
      .sort((a, b) => contentRank(a.content) - contentRank(b.content));
    if (ofSource.length === 0) return [];
    return [
      ...ofSource.map(
        (line, index): Row => ({ key: `${source}:${index}:${line.content}`, kind: "line", ...line }),
      ),
      {
        key: `${source}:subtotal`,
        kind: "subtotal",
        source,
        amount: sumDong(ofSource.map((line) => line.amount)),
      },
    ];
  });
}

/** The budget lines of a plan (or of one revision), grouped by funding source with subtotals, in exact đồng. */
export function PlanLinesTable({
  lines,
  size = "small",
}: {
  lines: readonly PlanLine[];
  size?: "small" | "middle";
}) {
  const t = usePlansT();
  const labels = usePlanLabels();
  const rows = groupedRows(lines);
  const columns: TableColumnsType<Row> = [
    {
      title: t("plans.detail.source"),
      key: "source",
      width: 280,
      render: (_, row) =>
        row.kind === "subtotal" ? (
          <Typography.Text strong>
            {t("plans.detail.subtotal", { source: labels.source(row.source) })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{labels.source(row.source)}</Typography.Text>
        ),
      // A subtotal's label spans the content column.
      onCell: (row) => (row.kind === "subtotal" ? { colSpan: 2 } : {}),
    },
    {
      title: t("plans.detail.content"),
      key: "content",
      render: (_, row) => (row.kind === "line" ? labels.content(row.content) : null),
      onCell: (row) => (row.kind === "subtotal" ? { colSpan: 0 } : {}),
    },
    {
      title: t("plans.detail.amount"),
      key: "amount",
      width: 180,
      align: "right",
      render: (_, row) => (
        <Typography.Text strong={row.kind === "subtotal"} style={{ fontVariantNumeric: "tabular-nums" }}>
          {formatDong(row.amount)}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<Row>
      rowKey="key"
      size={size}
      pagination={false}
      columns={columns}
      dataSource={rows}
      locale={{ emptyText: t("plans.detail.noLines") }}
    />
  );
}
