import { type ReportColumn, reportColumns, reportValueKindLabels } from "@kc/domain";
import { Button, Flex, List, Popover, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AggregateCell } from "./aggregate-api";
import { reportPath } from "./paths";

type Props = {
  row: { code: string; labelVi: string };
  column: ReportColumn;
  cell: AggregateCell | undefined;
  /** How many provinces the aggregate includes: fewer reporting the cell makes its sum partial. */
  includedCount: number;
};

/**
 * One figure of the aggregate, read-only. Its button opens the drill-down: the provinces behind the figure with
 * their own value and a link to their report (those the caller may see). A cell whose provinces gave both
 * estimates and actuals shows the two sums apart; a percentage says it was recomputed; a sum of distinct counts
 * says it is an upper bound.
 */
export function AggregateCellView({ row, column, cell, includedCount }: Props) {
  const { t } = useTranslation();
  const label = `${row.labelVi} — ${reportColumns[column].labelVi}`;
  if (!cell || (cell.value === null && cell.byKind.length === 0 && cell.contributions.length === 0)) {
    return <Typography.Text type="secondary">—</Typography.Text>;
  }
  const mixed = cell.value === null && cell.byKind.length > 1;
  const drill = (
    // 34 provinces do not fit on a screen: the list scrolls inside the popover.
    <Flex vertical gap={4} style={{ maxWidth: 360, maxHeight: "50vh", overflowY: "auto" }}>
      <List
        size="small"
        dataSource={cell.contributions}
        locale={{ emptyText: t("reportAggregate.cell.none") }}
        renderItem={(c) => (
          <List.Item
            extra={
              <Typography.Text strong>
                {c.text}
                {c.valueKind === "ESTIMATE" ? ` (${reportValueKindLabels.ESTIMATE.toLowerCase()})` : ""}
              </Typography.Text>
            }
          >
            <Link to={reportPath(c.reportId)}>{c.provinceLabelVi}</Link>
          </List.Item>
        )}
      />
      {cell.withheld > 0 ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("reportAggregate.cell.withheld", { count: cell.withheld })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
  return (
    <Flex vertical gap={2} align="flex-start" data-cell={cell.cell}>
      <Popover trigger="click" title={t("reportAggregate.cell.drill", { label })} content={drill}>
        <Button
          type="link"
          size="small"
          style={{ padding: 0, height: "auto" }}
          aria-label={t("reportAggregate.cell.drill", { label })}
        >
          {mixed ? (
            <Flex vertical align="flex-start">
              {cell.byKind.map((total) => (
                <span key={total.valueKind}>
                  {reportValueKindLabels[total.valueKind]}: {total.text}
                </span>
              ))}
            </Flex>
          ) : (
            <strong>{cell.text ?? "—"}</strong>
          )}
        </Button>
      </Popover>
      {cell.valueKind === "ESTIMATE" ? <Tag color="gold">{reportValueKindLabels.ESTIMATE}</Tag> : null}
      {mixed ? (
        <Typography.Text type="warning" style={{ fontSize: 12 }}>
          {t("reportAggregate.cell.mixed")}
        </Typography.Text>
      ) : null}
      {cell.recomputed && cell.value !== null ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("reportAggregate.cell.recomputed")}
        </Typography.Text>
      ) : null}
      {cell.distinctCountSum && cell.value !== null ? (
        <Tag>{t("reportAggregate.cell.upperBound")}</Tag>
      ) : null}
      {!cell.recomputed && cell.reporting < includedCount ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t("reportAggregate.cell.partial", { reporting: cell.reporting, included: includedCount })}
        </Typography.Text>
      ) : null}
    </Flex>
  );
}
