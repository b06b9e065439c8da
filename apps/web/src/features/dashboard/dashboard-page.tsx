import { Button, Flex, Spin } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { type BudgetParams, useBudgetDashboard } from "./api";
import { DashboardBody } from "./dashboard-body";
import { DashboardControls } from "./dashboard-controls";
import { ExportButtons } from "./export-buttons";
import { readDashboardParams, scopeHref, writeDashboardParams } from "./params";

/**
 * `/app/tong-quan`: plan and execution of the industrial promotion budget, national → region → province,
 * with the period, basis and scope in the URL. Every figure is the server's; the page only lays them out.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readDashboardParams(searchParams), [searchParams]);
  const budget = useBudgetDashboard(params);

  // Period and basis changes replace the history entry; only drills push one, so Back walks up the drill.
  // They start from the address bar, not from this render, so a quick second change keeps the first.
  const changeView = (patch: Partial<BudgetParams>) => {
    const current = readDashboardParams(new URLSearchParams(window.location.search));
    setSearchParams(writeDashboardParams({ ...current, ...patch }), { replace: true });
  };
  const scoped = params.region !== undefined || params.unit !== undefined;

  return (
    <>
      <PageHeader
        title={t("dashboard.title")}
        description={t("dashboard.description")}
        extra={<ExportButtons params={params} />}
      />
      <DashboardControls params={params} scope={budget.data?.scope} onChange={changeView} />
      {budget.isPending ? (
        <LoadingSkeleton rows={10} />
      ) : budget.isError ? (
        <Flex vertical gap={12} align="flex-start">
          <ErrorState error={budget.error} onRetry={() => void budget.refetch()} />
          {/* A scope out of reach (another province, a unit of another basis) answers 404: offer a way out. */}
          {scoped ? (
            <Button onClick={() => void navigate(scopeHref(params, {}))}>{t("dashboard.resetScope")}</Button>
          ) : null}
        </Flex>
      ) : (
        <Spin spinning={budget.isFetching && budget.isPlaceholderData}>
          <DashboardBody data={budget.data} params={params} />
        </Spin>
      )}
    </>
  );
}
