import { type ReportColumn, reportColumns } from "@kc/domain";
import { Grid, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ReportCheck, ReportComment, ReportDetail } from "./api";
import { ReportCellView } from "./report-cell";
import type { ReportDraft } from "./report-draft";

type Section = ReportDetail["template"]["sections"][number];
type Row = Section["rows"][number];

type Props = {
  section: Section;
  report: ReportDetail;
  editable: boolean;
  draft: ReportDraft;
  failingByCell: ReadonlyMap<string, ReportCheck[]>;
  commentsByCell: ReadonlyMap<string, ReportComment[]>;
};

/** One section of the template as a table: a line per row (label, unit) and a column per figure the rows carry. */
export function ReportSectionTable({
  section,
  report,
  editable,
  draft,
  failingByCell,
  commentsByCell,
}: Props) {
  const { t } = useTranslation();
  // On a phone a pinned 240 px label left no room for the figures: the label scrolls with them, narrower.
  const phone = Grid.useBreakpoint().md === false;
  const used = new Set(section.rows.flatMap((row) => row.columns));
  const columns = report.template.columns.filter((column) => used.has(column.code));
  const cells = new Map(report.cells.map((cell) => [cell.cell, cell]));
  const missing = new Set(report.missingCells);
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
          render: (_: unknown, row: Row) => {
            if (!row.columns.includes(column.code)) return null;
            const key = `${row.code}/${column.code}`;
            return (
              <ReportCellView
                row={row}
                column={column.code as ReportColumn}
                cell={cells.get(key)}
                missing={missing.has(key)}
                failing={failingByCell.get(key) ?? []}
                comments={commentsByCell.get(key) ?? []}
                editable={editable}
                draft={draft}
              />
            );
          },
        })),
      ]}
    />
  );
}
