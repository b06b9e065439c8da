import { Card, DatePicker, Form, Table, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { OutputIndicator } from "../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { type BudgetParams, useOutputsDashboard } from "./api";
import { outputDrillHref } from "./output-links";

/** Output counts arrive as decimal strings; shown in the Vietnamese format (1.234), anything else as sent. */
function countText(value: string | undefined, none: string): string {
  if (value === undefined) return none;
  return /^-?\d+(\.\d+)?$/.test(value) ? formatNumber(Number(value)) : value;
}

const NUMERIC_CELL = { style: { whiteSpace: "nowrap" } } as const;

/** The outputs of the programme (products certified, fairs, trainees…) over a range of years. */
export function OutputsCard({ params }: { params: BudgetParams }) {
  const { t } = useTranslation();
  const rangeId = useId();
  // Defaults to the five years ending at the dashboard's year, until the user picks another range.
  const [range, setRange] = useState<[number, number] | null>(null);
  const [yearFrom, yearTo] = range ?? [params.year - 4, params.year];
  const outputs = useOutputsDashboard({
    yearFrom,
    yearTo,
    basis: params.basis,
    region: params.region,
    unit: params.unit,
  });
  const none = t("common.none");

  const years = outputs.data
    ? Array.from(
        { length: outputs.data.yearTo - outputs.data.yearFrom + 1 },
        (_, i) => outputs.data.yearFrom + i,
      )
    : [];
  const columns: TableColumnsType<OutputIndicator> = [
    {
      key: "label",
      title: t("dashboard.outputs.indicator"),
      dataIndex: "labelVi",
      fixed: "left",
      width: 280,
    },
    { key: "unit", title: t("dashboard.outputs.unit"), dataIndex: "unitVi", width: 120 },
    {
      key: "total",
      title: t("dashboard.outputs.total"),
      align: "right",
      onCell: () => NUMERIC_CELL,
      render: (_, indicator) => <strong>{countText(indicator.total, none)}</strong>,
    },
    ...years.map((year) => ({
      key: `y${year}`,
      title: String(year),
      align: "right" as const,
      onCell: () => NUMERIC_CELL,
      render: (_: unknown, indicator: OutputIndicator) => {
        const cell = indicator.byYear.find((item) => item.year === year);
        const text = countText(cell?.value, none);
        // A reported figure stays as reported; the count from records is shown beside it for the check.
        const note =
          cell?.reported != null
            ? t("dashboard.outputs.reportedNote", { recounted: countText(cell.recounted, none) })
            : undefined;
        const href = cell && cell.value !== "0" ? outputDrillHref(indicator.code, year, params) : undefined;
        const shown = note ? (
          <span title={note}>
            {text}
            <sup aria-hidden="true">*</sup>
            <span className="kc-visually-hidden">{` (${note})`}</span>
          </span>
        ) : (
          text
        );
        return href ? <Link to={href}>{shown}</Link> : shown;
      },
    })),
  ];

  return (
    <Card
      size="small"
      variant="outlined"
      title={t("dashboard.outputs.title")}
      extra={
        <Form.Item label={t("dashboard.outputs.range")} htmlFor={rangeId} style={{ marginBottom: 0 }}>
          <DatePicker.RangePicker
            id={rangeId}
            picker="year"
            allowClear={false}
            size="small"
            value={[dayjs(`${yearFrom}-01-01`), dayjs(`${yearTo}-01-01`)]}
            onChange={(dates) => {
              const [from, to] = dates ?? [];
              if (from && to) setRange([from.year(), to.year()]);
            }}
          />
        </Form.Item>
      }
      style={{ marginBottom: 16 }}
    >
      {outputs.isPending ? (
        <LoadingSkeleton rows={4} />
      ) : outputs.isError ? (
        <ErrorState error={outputs.error} onRetry={() => void outputs.refetch()} />
      ) : (
        <Table<OutputIndicator>
          rowKey="code"
          size="small"
          columns={columns}
          dataSource={outputs.data.indicators}
          loading={outputs.isFetching && outputs.isPlaceholderData}
          pagination={false}
          scroll={{ x: "max-content" }}
          locale={{ emptyText: <EmptyState description={t("dashboard.outputs.empty")} /> }}
          footer={() => t("dashboard.outputs.reportedFooter")}
        />
      )}
    </Card>
  );
}
