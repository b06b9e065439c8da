import { PlusOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Flex, Table, type TableColumnsType, Typography } from "antd";
import { useState } from "react";
import type { Money, PlanSummary } from "../../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { firstPage, type Paging, serverPagination } from "../../../lib/pagination";
import { useAbility } from "../../auth/current-user";
import { useAnnualPlans } from "../api";
import { PlanUnitSelect, YearSelect } from "../filters";
import { usePlansT, useRevisionLabel } from "../use-plans-t";
import { PlanDetailDrawer } from "./plan-detail-drawer";
import { PlanFormDrawer, type PlanFormTarget } from "./plan-form-drawer";

const numeric = { fontVariantNumeric: "tabular-nums" as const, whiteSpace: "nowrap" as const };

/** A column of money as the server's text in triệu đồng, right-aligned like the printed reports. */
function moneyColumn(
  key: string,
  title: string,
  money: (plan: PlanSummary) => Money,
): TableColumnsType<PlanSummary>[number] {
  return {
    title,
    key,
    width: 120,
    align: "right",
    render: (_, plan) => <span style={numeric}>{money(plan).text}</span>,
  };
}

/** Kế hoạch năm: the annual plans by unit and year, their sources and execution, and the way to add or revise one. */
export function AnnualPlansTab() {
  const t = usePlansT();
  const canManage = useAbility("plans.manage");
  const revisionLabel = useRevisionLabel();
  const [year, setYear] = useState<number | undefined>();
  const [unit, setUnit] = useState<string | undefined>();
  const [paging, setPaging] = useState<Paging>(() => firstPage(50));
  const [openId, setOpenId] = useState<string | null>(null);
  const [formTarget, setFormTarget] = useState<PlanFormTarget | null>(null);
  const plans = useAnnualPlans({ year, unit, ...paging });
  const toFirstPage = () => setPaging((current) => ({ ...current, page: 1 }));

  const columns: TableColumnsType<PlanSummary> = [
    { title: t("plans.columns.unit"), dataIndex: "unitLabelVi", width: 170, fixed: "left" },
    { title: t("plans.columns.year"), dataIndex: "year", width: 70 },
    { title: t("plans.columns.programme"), dataIndex: "programmeNameVi", width: 240 },
    {
      title: t("plans.columns.revision"),
      key: "revision",
      width: 100,
      align: "center",
      render: (_, plan) => revisionLabel(plan.revision),
    },
    {
      title: t("plans.columns.decision"),
      key: "decision",
      width: 160,
      render: (_, plan) => (
        <Flex vertical>
          <span>{plan.decisionNumber}</span>
          <Typography.Text type="secondary" style={numeric}>
            {formatDate(plan.decisionDate)}
          </Typography.Text>
        </Flex>
      ),
    },
    moneyColumn("total", t("plans.columns.total"), (plan) => plan.total),
    moneyColumn("kcqg", t("plans.columns.kcqg"), (plan) => plan.bySource.KCQG),
    moneyColumn("kcdp", t("plans.columns.kcdp"), (plan) => plan.bySource.KCDP),
    moneyColumn("counterpart", t("plans.columns.counterpart"), (plan) => plan.bySource.COUNTERPART),
    moneyColumn("other", t("plans.columns.other"), (plan) => plan.bySource.OTHER),
    moneyColumn("executed", t("plans.columns.executed"), (plan) => plan.executed),
    {
      title: t("plans.columns.execPct"),
      key: "execPct",
      width: 110,
      align: "right",
      render: (_, plan) => <span style={numeric}>{plan.execPct?.text ?? "—"}</span>,
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
              // Units are listed per year; without a year there is no unit filter (PlanUnitSelect drops a
              // unit the new year does not have).
              if (value === undefined) setUnit(undefined);
              toFirstPage();
            }}
          />
          <PlanUnitSelect
            aria-label={t("plans.filters.unit")}
            placeholder={t("plans.filters.allUnits")}
            allowClear
            year={year}
            value={unit}
            onChange={(value?: string) => {
              setUnit(value);
              toFirstPage();
            }}
          />
        </Flex>
        {canManage ? (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ mode: "create", year, unitId: unit })}
          >
            {t("plans.add")}
          </Button>
        ) : null}
      </Flex>
      {plans.isPending ? (
        <LoadingSkeleton />
      ) : plans.isError ? (
        <ErrorState error={plans.error} onRetry={() => void plans.refetch()} />
      ) : (
        <>
          <Flex justify="space-between" className="kc-count-line">
            <Typography.Text aria-live="polite">
              <Typography.Text strong>{formatNumber(plans.data.total)}</Typography.Text>{" "}
              {t("plans.countSuffix")}
            </Typography.Text>
            <Typography.Text type="secondary">{t("plans.millionUnit")}</Typography.Text>
          </Flex>
          <Table<PlanSummary>
            data-testid="plans-table"
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={plans.data.items}
            loading={plans.isFetching && plans.isPlaceholderData}
            locale={{ emptyText: <EmptyState /> }}
            pagination={serverPagination(paging, plans.data.total, setPaging)}
            scroll={{ x: 1640 }}
            rowClassName={() => "kc-clickable-row"}
            onRow={(plan) => ({
              onClick: () => setOpenId(plan.id),
              onKeyDown: (event) => {
                if (event.key === "Enter") setOpenId(plan.id);
              },
              tabIndex: 0,
            })}
          />
        </>
      )}
      <PlanDetailDrawer
        planId={openId}
        onClose={() => setOpenId(null)}
        onRevise={(planId) => setFormTarget({ mode: "revise", planId })}
      />
      <PlanFormDrawer
        target={formTarget}
        onClose={() => setFormTarget(null)}
        onSaved={(plan) => {
          setFormTarget(null);
          setOpenId(plan.id);
        }}
      />
    </>
  );
}
