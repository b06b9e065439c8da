import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import type { ChartLabels } from "./chart-options";

/** The charts' translated names; stable between renders so chart options are rebuilt only when data changes. */
export function useChartLabels(): ChartLabels {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `t` follows `language`; the language is the real input.
  return useMemo(
    () => ({
      plan: t("dashboard.series.plan"),
      exec: t("dashboard.series.exec"),
      execPct: t("dashboard.series.execPct"),
      monthExec: t("dashboard.monthly.monthExec"),
      cumulative: t("dashboard.monthly.cumulative"),
      unit: t("dashboard.unit"),
      monthShort: (month: number) => t("dashboard.monthly.monthShort", { month }),
      reported: t("dashboard.monthly.reported"),
      reportedAt: (month: number, annual: boolean) =>
        annual ? t("dashboard.monthly.reportedAnnual") : t("dashboard.monthly.reportedAt", { month }),
      noPlan: t("dashboard.noPlan"),
      noMonthData: t("dashboard.monthly.noMonthData"),
      noData: t("dashboard.noData"),
    }),
    [language],
  );
}
