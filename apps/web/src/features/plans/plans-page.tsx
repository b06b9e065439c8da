import { Card, Tabs } from "antd";
import type { ReactNode } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../components/page-header";
import { AnnualPlansTab } from "./annual-plans/annual-plans-tab";
import { FigureChecksTab } from "./figures/figure-checks-tab";
import { ReportedFiguresTab } from "./figures/reported-figures-tab";
import { ProgrammesTab } from "./programmes/programmes-tab";
import { usePlansT } from "./use-plans-t";

const tabKeys = ["annual", "programmes", "figures", "checks"] as const;
type TabKey = (typeof tabKeys)[number];

const isTabKey = (value: string | null): value is TabKey => tabKeys.some((key) => key === value);

/**
 * Kế hoạch khuyến công: annual plans and their revisions, the programmes they belong to, the figures units
 * reported for years before the system, and the consistency check of printed reports. The tab is kept in the
 * address (?tab=) so a link or a reload lands on the same tab.
 */
export function PlansPage() {
  const t = usePlansT();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get("tab");
  const tab: TabKey = isTabKey(requested) ? requested : "annual";

  const content: Record<TabKey, () => ReactNode> = {
    annual: () => <AnnualPlansTab />,
    programmes: () => <ProgrammesTab />,
    figures: () => <ReportedFiguresTab />,
    checks: () => <FigureChecksTab />,
  };

  return (
    <>
      <PageHeader title={t("plans.title")} description={t("plans.description")} />
      <Card variant="outlined">
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams(key === "annual" ? {} : { tab: key }, { replace: true })}
          items={tabKeys.map((key) => ({
            key,
            label: t(`plans.tabs.${key}`),
            // Only the open tab is mounted, so the others send no request until they are opened.
            children: key === tab ? content[key]() : null,
          }))}
        />
      </Card>
    </>
  );
}
