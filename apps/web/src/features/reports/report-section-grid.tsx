import { type ReportColumn, reportColumns } from "@kc/domain";
import { Grid, Table, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

/** What the grid needs of a template row; a report's and an aggregate's rows both have it. */
type GridRow = {
  code: string;
  labelVi: string;
  partOf?: unknown;
  columns: readonly string[];
  unit: { kind: "MONEY" | "COUNT"; unitVi?: string };
};

/**
 * One section of a template laid out as a report: a line per row (label, unit) and a column per figure the rows
 * carry. The report page and the aggregate page differ only in what a figure's cell shows (`renderCell`, called
 * for the columns the row has).
 */
export function ReportSectionGrid<Row extends GridRow>({
  section,
  columns: templateColumns,
  renderCell,
}: {
  section: { titleVi: string; rows: readonly Row[] };
  columns: readonly { code: string; labelVi: string }[];
  renderCell: (row: Row, column: ReportColumn) => ReactNode;
}) {
  const { t } = useTranslation();
  // On a phone a pinned 240 px label left no room for the figures: the label scrolls with them, narrower.
  const phone = Grid.useBreakpoint().md === false;
  const used = new Set(section.rows.flatMap((row) => row.columns));
  const columns = templateColumns.filter((column) => used.has(column.code));
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
          width: reportColumns[column.code as ReportColumn].kind === "PERCENT" ? 130 : 170,
          render: (_: unknown, row: Row) =>
            row.columns.includes(column.code) ? renderCell(row, column.code as ReportColumn) : null,
        })),
      ]}
    />
  );
}
