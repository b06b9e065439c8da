import { EditOutlined } from "@ant-design/icons";
import { formatDate, type SourceGroup, sourceGroupCodes } from "@kc/domain";
import { Descriptions, type DescriptionsProps, Drawer, Flex, Table, Typography } from "antd";
import type { PlanDetail } from "../../../api/types";
import { ActionButton } from "../../../components/action-button";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { useAnnualPlan } from "../api";
import { usePlanLabels, usePlansT, useRevisionLabel } from "../use-plans-t";
import { PlanLinesTable } from "./plan-lines-table";
import { PlanRevisionsTable } from "./plan-revisions-table";

type PlanDetailDrawerProps = {
  planId: string | null;
  onClose: () => void;
  onRevise: (planId: string) => void;
};

const numeric = { fontVariantNumeric: "tabular-nums" as const };

/** Plan and execution of each source group; the % is computed here from exact đồng (the server sends none per group). */
function ExecutionBySource({ plan }: { plan: PlanDetail }) {
  const t = usePlansT();
  const labels = usePlanLabels();
  return (
    <Table<SourceGroup>
      rowKey={(group) => group}
      size="small"
      pagination={false}
      dataSource={[...sourceGroupCodes]}
      columns={[
        { title: t("plans.detail.group"), key: "group", render: (_, group) => labels.sourceGroup(group) },
        {
          title: `${t("plans.detail.plan")} (${t("plans.figures.millions")})`,
          key: "plan",
          align: "right",
          width: 170,
          render: (_, group) => <span style={numeric}>{plan.bySource[group].text}</span>,
        },
        {
          title: `${t("plans.detail.executed")} (${t("plans.figures.millions")})`,
          key: "executed",
          align: "right",
          width: 170,
          render: (_, group) => <span style={numeric}>{plan.executedBySource[group].text}</span>,
        },
        {
          title: t("plans.detail.pct"),
          key: "pct",
          align: "right",
          width: 120,
          render: (_, group) => <span style={numeric}>{plan.execPctBySource[group]?.text ?? "—"}</span>,
        },
      ]}
    />
  );
}

/** One annual plan: its current lines by source, execution, and every decision that set or revised it. */
export function PlanDetailDrawer({ planId, onClose, onRevise }: PlanDetailDrawerProps) {
  const t = usePlansT();
  const revisionLabel = useRevisionLabel();
  const query = useAnnualPlan(planId);
  const plan = query.data;

  const items: DescriptionsProps["items"] = plan
    ? [
        { key: "unit", label: t("plans.columns.unit"), children: plan.unitLabelVi },
        { key: "year", label: t("plans.columns.year"), children: plan.year },
        { key: "programme", label: t("plans.columns.programme"), span: 2, children: plan.programmeNameVi },
        {
          key: "decision",
          label: t("plans.columns.decision"),
          children: t("plans.decisionOf", {
            number: plan.decisionNumber,
            date: formatDate(plan.decisionDate),
          }),
        },
        { key: "revision", label: t("plans.columns.revision"), children: revisionLabel(plan.revision) },
        {
          key: "total",
          label: `${t("plans.columns.total")} (${t("plans.figures.millions")})`,
          children: <span style={numeric}>{plan.total.text}</span>,
        },
        {
          key: "executed",
          label: `${t("plans.columns.executed")} (${t("plans.figures.millions")})`,
          children: (
            <span style={numeric}>
              {plan.executed.text}
              {plan.execPct ? ` (${plan.execPct.text})` : ""}
            </span>
          ),
        },
      ]
    : [];

  return (
    <Drawer
      open={planId !== null}
      onClose={onClose}
      size={1100}
      destroyOnHidden
      title={
        plan
          ? `${plan.unitLabelVi} — ${t("plans.detail.title", { year: plan.year })}`
          : t("plans.tabs.annual")
      }
      extra={
        plan ? (
          <ActionButton
            action={plan.actions.revise}
            type="primary"
            icon={<EditOutlined />}
            onClick={() => onRevise(plan.id)}
          >
            {t("plans.revise")}
          </ActionButton>
        ) : null
      }
    >
      {query.isPending && planId !== null ? (
        <LoadingSkeleton />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : plan ? (
        <Flex vertical gap={24} data-testid="plan-detail">
          <Descriptions bordered size="small" column={2} items={items} />
          <section>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("plans.detail.lines")}
            </Typography.Title>
            <PlanLinesTable lines={plan.lines} />
          </section>
          <section>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("plans.detail.execution")}
            </Typography.Title>
            <ExecutionBySource plan={plan} />
          </section>
          <section>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("plans.detail.revisions")}
            </Typography.Title>
            <PlanRevisionsTable revisions={plan.revisions} />
          </section>
        </Flex>
      ) : null}
    </Drawer>
  );
}
