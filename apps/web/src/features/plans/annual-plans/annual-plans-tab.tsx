import { PlusOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Flex, Typography } from "antd";
import { useState } from "react";
import type { Money, PlanSummary } from "../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { firstPage, type Paging, serverPagination } from "../../../lib/pagination";
import { useAbility } from "../../auth/current-user";
import { useAnnualPlans } from "../api";
import { PlanUnitSelect, YearSelect } from "../filters";
import { usePlansT, useRevisionLabel } from "../use-plans-t";
import { PlanDetailDrawer } from "./plan-detail-drawer";
import { PlanFormDrawer, type PlanFormTarget } from "./plan-form-drawer";

/** A column of money as the server's text in triệu đồng, right-aligned like the printed reports. */
function moneyColumn(
  key: string,
  title: string,
  money: (plan: PlanSummary) => Money,
  hiddenByDefault = false,
): DataColumn<PlanSummary> {
  return {
    title,
    key,
    width: 108,
    align: "right",
    hiddenByDefault,
    render: (_, plan) => <span className="kc-number">{money(plan).text}</span>,
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

  // Unit, year, the money by source that matters (KCQG, KCĐP), execution and its % first; the programme,
  // counterpart and other funds are in the column chooser.
  const columns: DataColumn<PlanSummary>[] = [
    {
      title: t("plans.columns.unit"),
      key: "unit",
      dataIndex: "unitLabelVi",
      width: 150,
      alwaysVisible: true,
      render: (label: string) => <ClampText text={label} />,
    },
    { title: t("plans.columns.year"), key: "year", dataIndex: "year", width: 64 },
    moneyColumn("total", t("plans.columns.total"), (plan) => plan.total),
    moneyColumn("kcqg", t("plans.columns.kcqg"), (plan) => plan.bySource.KCQG),
    moneyColumn("kcdp", t("plans.columns.kcdp"), (plan) => plan.bySource.KCDP),
    moneyColumn("counterpart", t("plans.columns.counterpart"), (plan) => plan.bySource.COUNTERPART, true),
    moneyColumn("other", t("plans.columns.other"), (plan) => plan.bySource.OTHER, true),
    moneyColumn("executed", t("plans.columns.executed"), (plan) => plan.executed),
    {
      title: t("plans.columns.execPct"),
      key: "execPct",
      width: 96,
      align: "right",
      render: (_, plan) => <span className="kc-number">{plan.execPct?.text ?? "—"}</span>,
    },
    {
      title: t("plans.columns.revision"),
      key: "revision",
      width: 96,
      align: "center",
      render: (_, plan) => revisionLabel(plan.revision),
    },
    {
      title: t("plans.columns.decision"),
      key: "decision",
      width: 140,
      render: (_, plan) => (
        <Flex vertical>
          <ClampText text={plan.decisionNumber} lines={1} />
          <Typography.Text type="secondary" className="kc-number">
            {formatDate(plan.decisionDate)}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("plans.columns.programme"),
      key: "programme",
      dataIndex: "programmeNameVi",
      width: 240,
      hiddenByDefault: true,
      render: (name: string | null) => <ClampText text={name} />,
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
        <DataTable<PlanSummary>
          tableId="annual-plans"
          data-testid="plans-table"
          countLine={
            <Typography.Text aria-live="polite">
              <Typography.Text strong>{formatNumber(plans.data.total)}</Typography.Text>{" "}
              {t("plans.countSuffix")}
              <Typography.Text type="secondary"> · {t("plans.millionUnit")}</Typography.Text>
            </Typography.Text>
          }
          rowKey="id"
          columns={columns}
          dataSource={plans.data.items}
          loading={plans.isFetching && plans.isPlaceholderData}
          locale={{
            emptyText: (
              <ListEmptyState
                what={t("plans.emptyWhat")}
                filtered={year !== undefined || unit !== undefined}
                onClearFilters={() => {
                  setYear(undefined);
                  setUnit(undefined);
                  toFirstPage();
                }}
              />
            ),
          }}
          pagination={serverPagination(paging, plans.data.total, setPaging)}
          rowClassName={() => "kc-clickable-row"}
          onRow={(plan) => ({
            onClick: () => setOpenId(plan.id),
            onKeyDown: (event) => {
              if (event.key === "Enter") setOpenId(plan.id);
            },
            tabIndex: 0,
          })}
        />
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
