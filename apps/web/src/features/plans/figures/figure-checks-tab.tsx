import { Card, Flex, Tag, Typography } from "antd";
import type { CheckPreset, CheckResult } from "../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { useFigureCheckPresets } from "../api";
import { usePlansT } from "../use-plans-t";
import { FigureCheckInput } from "./figure-check-input";

/** The checks of one printed report: each recomputed figure, whether it matches, and what differs. */
function PresetResults({ preset }: { preset: CheckPreset }) {
  const t = usePlansT();
  // Every column fits at 1440 px, the finding (the comment) included: it is why the page exists.
  const columns: DataColumn<CheckResult>[] = [
    {
      title: t("plans.checks.label"),
      key: "label",
      dataIndex: "labelVi",
      width: 230,
      alwaysVisible: true,
      render: (label: string) => <ClampText text={label} lines={3} />,
    },
    {
      title: t("plans.checks.kind"),
      key: "kind",
      width: 110,
      render: (_, result) => t(`plans.checks.kinds.${result.kind}`),
    },
    {
      title: t("plans.checks.stated"),
      key: "stated",
      width: 120,
      align: "right",
      render: (_, result) => <span className="kc-number">{result.flag?.stated ?? "—"}</span>,
    },
    {
      title: t("plans.checks.computed"),
      key: "computed",
      width: 120,
      align: "right",
      render: (_, result) => <span className="kc-number">{result.computed}</span>,
    },
    {
      title: t("plans.checks.verdict"),
      key: "verdict",
      width: 100,
      render: (_, result) =>
        result.ok ? (
          <Tag color="green">{t("plans.checks.ok")}</Tag>
        ) : (
          <Tag color="red">{t("plans.checks.mismatch")}</Tag>
        ),
    },
    {
      title: t("plans.checks.finding"),
      key: "finding",
      width: 300,
      render: (_, result) =>
        result.flag ? (
          <Flex vertical gap={2}>
            <span>{result.flag.messageVi}</span>
            <Typography.Text type="secondary" className="kc-number">
              {t("plans.checks.difference", { value: result.flag.difference })}
            </Typography.Text>
          </Flex>
        ) : null,
    },
  ];
  return (
    <Card size="small" title={preset.titleVi}>
      <DataTable<CheckResult>
        tableId="figure-checks"
        data-testid="figure-check-results"
        rowKey="id"
        pagination={false}
        columns={columns}
        dataSource={preset.results}
        locale={{ emptyText: <EmptyState /> }}
      />
    </Card>
  );
}

/** Kiểm tra số liệu: every preset report, recomputed by the server from its component figures. */
export function FigureChecksTab() {
  const t = usePlansT();
  const presets = useFigureCheckPresets();
  if (presets.isPending) return <LoadingSkeleton />;
  if (presets.isError) return <ErrorState error={presets.error} onRetry={() => void presets.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("plans.checks.description")}
      </Typography.Paragraph>
      <FigureCheckInput />
      {presets.data.length === 0 ? (
        <EmptyState description={t("plans.checks.noPresets")} />
      ) : (
        presets.data.map((preset) => <PresetResults key={preset.id} preset={preset} />)
      )}
    </Flex>
  );
}
