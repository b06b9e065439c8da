import { Card, Flex, Grid, Segmented, Table, type TableColumnsType, Tag, Typography } from "antd";
import type { Ref } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { RecordProject, RecordReported } from "../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { projectPath } from "../projects/paths";
import { type BudgetParams, useDashboardRecords } from "./api";
import { moneyColumn, useAmountTitle } from "./figure-cells";

export type RecordsSource = "ALL" | "KCQG" | "KCDP";

type RecordsCardProps = {
  params: BudgetParams;
  /** The unit the dashboard shows (from the server's scope, so provincial users need not name theirs). */
  unit: string;
  source: RecordsSource;
  onSourceChange: (source: RecordsSource) => void;
  ref?: Ref<HTMLDivElement>;
};

/**
 * What a unit's execution figure is made of: the projects' disbursements and the reported figures of years
 * before the system. The total is the server's and equals the unit's execution figure.
 */
export function RecordsCard({ params, unit, source, onSourceChange, ref }: RecordsCardProps) {
  const { t } = useTranslation();
  const amountTitle = useAmountTitle();
  const narrow = !Grid.useBreakpoint().md;
  const records = useDashboardRecords({
    year: params.year,
    cutoffMonth: params.cutoffMonth,
    basis: params.basis,
    unit,
    source: source === "ALL" ? undefined : source,
  });

  const projectColumns: TableColumnsType<RecordProject> = [
    { key: "code", title: t("dashboard.records.code"), dataIndex: "code", width: 140 },
    {
      key: "title",
      title: t("dashboard.records.projectTitle"),
      width: "40%",
      render: (_, project) => <Link to={projectPath(project.id)}>{project.title}</Link>,
    },
    {
      key: "funding",
      title: t("dashboard.records.funding"),
      render: (_, project) => <Tag>{t(`dashboard.records.source${project.fundingLevel}`)}</Tag>,
    },
    { key: "budgetYear", title: t("dashboard.records.budgetYear"), dataIndex: "budgetYear", align: "right" },
    moneyColumn("exec", amountTitle(t("dashboard.columns.exec")), (project) => project.exec),
  ];

  const reportedColumns: TableColumnsType<RecordReported> = [
    {
      key: "unit",
      title: t("dashboard.records.unitLabel"),
      render: (_, figure) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{figure.unitLabelVi}</span>
          <Tag color="blue">{t("dashboard.records.reported")}</Tag>
        </Flex>
      ),
    },
    {
      key: "cutoffMonth",
      title: t("dashboard.records.cutoffMonth"),
      dataIndex: "cutoffMonth",
      align: "right",
    },
    { key: "source", title: t("dashboard.records.source"), dataIndex: "sourceLabelVi" },
    moneyColumn("value", amountTitle(t("dashboard.records.value")), (figure) => figure.value),
    {
      key: "kind",
      title: t("dashboard.records.kind"),
      render: (_, figure) => (
        <Tag color={figure.valueKind === "ESTIMATE" ? "gold" : "green"}>
          {t(`dashboard.records.kind${figure.valueKind}`)}
        </Tag>
      ),
    },
    { key: "note", title: t("dashboard.records.note"), dataIndex: "noteVi" },
  ];

  const data = records.data;
  const sourcePicker = (
    <Segmented<RecordsSource>
      size="small"
      // On a phone the three sources stack under the title instead of pushing the page sideways.
      vertical={narrow}
      value={source}
      onChange={onSourceChange}
      options={(["ALL", "KCQG", "KCDP"] as const).map((value) => ({
        value,
        label: t(value === "ALL" ? "dashboard.records.sourceAll" : `dashboard.records.source${value}`),
      }))}
    />
  );
  return (
    <Card
      ref={ref}
      size="small"
      variant="outlined"
      title={t("dashboard.records.title")}
      extra={narrow ? undefined : sourcePicker}
      // Scrolled to from the KPI card: keep its title clear of the sticky header.
      style={{ marginBottom: 16, scrollMarginTop: 72 }}
      data-testid="dashboard-records"
    >
      {narrow ? <div style={{ marginBottom: 12 }}>{sourcePicker}</div> : null}
      {records.isPending ? (
        <LoadingSkeleton rows={4} />
      ) : records.isError || !data ? (
        <ErrorState error={records.error} onRetry={() => void records.refetch()} />
      ) : (
        <Flex vertical gap={16}>
          <Typography.Text strong data-testid="dashboard-records-total">
            {t("dashboard.records.total", { value: data.total.text })}
          </Typography.Text>
          <div>
            <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
              {t("dashboard.records.projects")}
            </Typography.Title>
            <Table<RecordProject>
              rowKey="id"
              size="small"
              columns={projectColumns}
              dataSource={data.projects}
              loading={records.isFetching && records.isPlaceholderData}
              pagination={data.projects.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
              scroll={{ x: 760 }}
              locale={{ emptyText: <EmptyState description={t("dashboard.records.empty")} /> }}
            />
          </div>
          {data.reported.length > 0 ? (
            <div>
              <Typography.Title level={2} style={{ fontSize: 15, marginTop: 0 }}>
                {t("dashboard.records.reported")}
              </Typography.Title>
              <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
                {t("dashboard.records.reportedHint")}
              </Typography.Paragraph>
              <Table<RecordReported>
                rowKey="id"
                size="small"
                columns={reportedColumns}
                dataSource={data.reported}
                pagination={false}
                scroll={{ x: 860 }}
              />
            </div>
          ) : null}
        </Flex>
      )}
    </Card>
  );
}
