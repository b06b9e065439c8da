import { EditOutlined } from "@ant-design/icons";
import { Button, Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import type { ReportedFigure } from "../../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
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

  const columns: TableColumnsType<ReportedFigure> = [
    { title: t("plans.figures.unit"), dataIndex: "unitLabelVi", width: 170 },
    { title: t("plans.figures.year"), dataIndex: "year", width: 70 },
    {
      title: t("plans.figures.indicator"),
      key: "indicator",
      width: 260,
      render: (_, figure) => labels.indicator(figure.indicator, figure.indicatorLabelVi),
    },
    {
      title: t("plans.figures.source"),
      key: "source",
      width: 220,
      render: (_, figure) => (figure.source ? labels.source(figure.source) : "—"),
    },
    {
      title: t("plans.figures.cutoff"),
      key: "cutoff",
      width: 200,
      render: (_, figure) => t("plans.figures.cutoffOf", { month: figure.cutoffMonth }),
    },
    {
      title: t("plans.figures.value"),
      key: "value",
      width: 190,
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
    { title: t("plans.figures.note"), dataIndex: "noteVi" },
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
        <>
          <Typography.Paragraph className="kc-count-line" aria-live="polite">
            <Typography.Text strong>{formatNumber(figures.data.length)}</Typography.Text>{" "}
            {t("plans.figures.countSuffix")}
          </Typography.Paragraph>
          <Table<ReportedFigure>
            data-testid="reported-figures-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={figures.data}
            loading={figures.isFetching && figures.isPlaceholderData}
            locale={{ emptyText: <EmptyState /> }}
            pagination={{ defaultPageSize: 50, showSizeChanger: true, hideOnSinglePage: true }}
            scroll={{ x: 1400 }}
          />
        </>
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
