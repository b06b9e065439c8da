import { EditOutlined } from "@ant-design/icons";
import { Button, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import type { ReportedFigure } from "../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { useAbility } from "../../auth/current-user";
import { useReportedFigures } from "../api";
import { FigureValue } from "../figure-value";
import { PlanUnitSelect, YearSelect } from "../filters";
import { usePlanLabels, usePlansT } from "../use-plans-t";
import { ReportedFiguresFormDrawer } from "./reported-figures-form-drawer";

/**
 * Số liệu báo cáo: figures units reported for years before the system (or report now), each cumulative from
 * January to its cut-off month. Everyone with the page may read them; "figures.report" may enter them.
 */
export function ReportedFiguresTab() {
  const t = usePlansT();
  const labels = usePlanLabels();
  const canReport = useAbility("figures.report");
  const [year, setYear] = useState<number | undefined>();
  const [unit, setUnit] = useState<string | undefined>();
  const [entering, setEntering] = useState(false);
  const figures = useReportedFigures({ year, unit });

  // Unit, year, indicator and value first; the note is in the column chooser.
  const columns: DataColumn<ReportedFigure>[] = [
    {
      title: t("plans.figures.unit"),
      key: "unit",
      dataIndex: "unitLabelVi",
      width: 150,
      alwaysVisible: true,
      render: (label: string) => <ClampText text={label} />,
    },
    { title: t("plans.figures.year"), key: "year", dataIndex: "year", width: 64 },
    {
      title: t("plans.figures.indicator"),
      key: "indicator",
      width: 220,
      render: (_, figure) => <ClampText text={labels.indicator(figure.indicator, figure.indicatorLabelVi)} />,
    },
    {
      title: t("plans.figures.value"),
      key: "value",
      width: 150,
      align: "right",
      render: (_, figure) => <FigureValue indicator={figure.indicator} text={figure.valueText} />,
    },
    {
      title: t("plans.figures.kind"),
      key: "kind",
      width: 130,
      render: (_, figure) => (
        <Tag color={figure.valueKind === "ACTUAL" ? "green" : "gold"}>
          {t(`plans.figures.kinds.${figure.valueKind}`)}
        </Tag>
      ),
    },
    {
      title: t("plans.figures.cutoff"),
      key: "cutoff",
      width: 130,
      render: (_, figure) => t("plans.figures.cutoffOf", { month: figure.cutoffMonth }),
    },
    {
      title: t("plans.figures.source"),
      key: "source",
      width: 180,
      render: (_, figure) => <ClampText text={figure.source ? labels.source(figure.source) : null} />,
    },
    {
      title: t("plans.figures.note"),
      key: "note",
      dataIndex: "noteVi",
      width: 220,
      hiddenByDefault: true,
      render: (note: string | null) => <ClampText text={note} />,
    },
  ];

  return (
    <>
      <Flex gap={12} wrap align="center" justify="space-between" className="kc-toolbar">
        <Flex gap={12} wrap align="center">
          <YearSelect
            aria-label={t("plans.filters.year")}
            placeholder={t("plans.filters.allYears")}
            allowClear
            value={year}
            onChange={(value?: number) => {
              setYear(value);
              if (value === undefined) setUnit(undefined);
            }}
          />
          <PlanUnitSelect
            aria-label={t("plans.filters.unit")}
            placeholder={t("plans.filters.allUnits")}
            allowClear
            year={year}
            value={unit}
            onChange={(value?: string) => setUnit(value)}
          />
        </Flex>
        {canReport ? (
          <Button type="primary" icon={<EditOutlined />} onClick={() => setEntering(true)}>
            {t("plans.figures.enter")}
          </Button>
        ) : null}
      </Flex>
      {figures.isPending ? (
        <LoadingSkeleton />
      ) : figures.isError ? (
        <ErrorState error={figures.error} onRetry={() => void figures.refetch()} />
      ) : (
        <DataTable<ReportedFigure>
          tableId="reported-figures"
          data-testid="reported-figures-table"
          countLine={
            <Typography.Text aria-live="polite">
              <Typography.Text strong>{formatNumber(figures.data.length)}</Typography.Text>{" "}
              {t("plans.figures.countSuffix")}
            </Typography.Text>
          }
          rowKey="id"
          columns={columns}
          dataSource={figures.data}
          loading={figures.isFetching && figures.isPlaceholderData}
          locale={{
            emptyText: (
              <ListEmptyState
                what={t("plans.figures.emptyWhat")}
                filtered={year !== undefined || unit !== undefined}
                onClearFilters={() => {
                  setYear(undefined);
                  setUnit(undefined);
                }}
              />
            ),
          }}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
        />
      )}
      {canReport ? (
        <ReportedFiguresFormDrawer
          open={entering}
          defaults={{ year, unitId: unit }}
          onClose={() => setEntering(false)}
          onSaved={(saved) => {
            setEntering(false);
            // Show what was just saved.
            setYear(saved.year);
            setUnit(saved.unitId);
          }}
        />
      ) : null}
    </>
  );
}
