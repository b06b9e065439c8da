import type { ReportColumn } from "@kc/domain";
import { reportColumns } from "@kc/domain";
import { Grid, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { AggregateCell, ReportAggregate } from "./aggregate-api";
import { AggregateCellView } from "./aggregate-cell";

type Section = ReportAggregate["template"]["sections"][number];
type Row = Section["rows"][number];

/**
 * One section of the aggregate laid out as the report page lays out a province's report (label, unit, a column
 * per figure the rows carry), every figure read-only with its drill-down to the provinces.
 */
export function AggregateSectionTable({
  section,
  aggregate,
}: {
  section: Section;
  aggregate: ReportAggregate;
}) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const used = new Set(section.rows.flatMap((row) => row.columns));
  const columns = aggregate.template.columns.filter((column) => used.has(column.code));
  const cells = new Map<string, AggregateCell>(aggregate.cells.map((cell) => [cell.cell, cell]));
  return (
    <Table<Row>
      size="small"
      bordered
      pagination={false}
      rowKey="code"
      dataSource={[...section.rows]}
      scroll={{ x: "max-content" }}
      title={() => <Typography.Text strong>{section.titleVi}</Typography.Text>}
      columns={[
        {
          key: "label",
          title: t("reports.table.row"),
          fixed: phone ? undefined : "left",
          width: phone ? 150 : 240,
          render: (_, row) => (
            <span style={{ paddingInlineStart: row.partOf ? 16 : 0 }}>
              {row.partOf ? <Typography.Text type="secondary">– </Typography.Text> : null}
              {row.labelVi}
            </span>
          ),
        },
        {
          key: "unit",
          title: t("reports.table.unit"),
          width: phone ? 70 : 100,
          render: (_, row) => (row.unit.kind === "MONEY" ? t("reports.table.million") : row.unit.unitVi),
        },
        ...columns.map((column) => ({
          key: column.code,
          title: column.labelVi,
          width: reportColumns[column.code].kind === "PERCENT" ? 130 : 170,
          render: (_: unknown, row: Row) =>
            row.columns.includes(column.code) ? (
              <AggregateCellView
                row={row}
                column={column.code as ReportColumn}
                cell={cells.get(`${row.code}/${column.code}`)}
                includedCount={aggregate.included.length}
              />
            ) : null,
        })),
      ]}
    />
  );
}
