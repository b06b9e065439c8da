import { Grid, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { TemplateDefinition } from "./api";

type Section = TemplateDefinition["sections"][number];
type Row = Section["rows"][number];

/**
 * One section of a template as its reports will look, read-only: a line per row (label, unit, where its figures
 * come from, the total it is part of or the row that bounds it) and a column per figure the section's rows carry;
 * a cell the row does not have is hatched.
 */
export function TemplatePreviewTable({
  section,
  columns,
}: {
  section: Section;
  columns: TemplateDefinition["columns"];
}) {
  const { t } = useTranslation();
  const phone = Grid.useBreakpoint().md === false;
  const used = new Set(section.rows.flatMap((row) => row.columns));
  const shown = columns.filter((column) => used.has(column.code));
  const labelOf = new Map(section.rows.map((row) => [row.code, row.labelVi]));
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
          title: t("reportTemplates.indicator"),
          fixed: phone ? undefined : "left",
          width: phone ? 170 : 300,
          render: (_, row) => (
            <div style={{ paddingInlineStart: row.partOf ? 16 : 0 }}>
              <div>
                {row.partOf ? <Typography.Text type="secondary">– </Typography.Text> : null}
                {row.labelVi}
              </div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {row.code}
                {row.partOf
                  ? ` · ${t("reportTemplates.partOf", { row: labelOf.get(row.partOf.row) ?? row.partOf.row })}`
                  : ""}
                {row.atMost ? ` · ${t("reportTemplates.atMost", { row: row.atMost })}` : ""}
              </Typography.Text>
            </div>
          ),
        },
        {
          key: "unit",
          title: t("reportTemplates.unit"),
          width: 100,
          render: (_, row) => (row.unit.kind === "MONEY" ? t("reportTemplates.money") : row.unit.unitVi),
        },
        {
          key: "source",
          title: t("reportTemplates.source"),
          width: 110,
          render: (_, row) =>
            row.prefilled ? (
              <Tag color="blue">{t("reportTemplates.prefilled")}</Tag>
            ) : (
              <Tag>{t("reportTemplates.manual")}</Tag>
            ),
        },
        ...shown.map((column) => ({
          key: column.code,
          title: column.labelVi,
          width: 130,
          onCell: (row: Row) => ({
            className: row.columns.includes(column.code) ? undefined : "kc-template-cell-absent",
          }),
          render: (_: unknown, row: Row) => (row.columns.includes(column.code) ? "" : null),
        })),
      ]}
    />
  );
}
