import { Card, Flex, Result, Tabs } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useParams, useSearchParams } from "react-router";
import type { ProjectDetail } from "../../../api/types";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { usePhoneLayout } from "../../../lib/use-phone-layout";
import { useProject } from "../api";
import { DocumentsTab } from "../documents/documents-tab";
import { DisbursementsTab } from "../money/disbursements-tab";
import { EstimateTab } from "../money/estimate-tab";
import { PROJECTS_PATH } from "../paths";
import { StepActions } from "../steps/step-actions";
import { OverdueTag, StatusTag } from "../tags";
import { BeneficiariesTab } from "./beneficiaries-tab";
import { DuplicateSupportAlert } from "./duplicate-support-alert";
import { HistoryTab } from "./history-tab";
import { OutputsTab } from "./outputs-tab";
import { OverviewTab } from "./overview-tab";
import { ProgressTab } from "./progress-tab";
import { ProjectExports } from "./project-exports";
import { TimelineTab } from "./timeline-tab";

const tabKeys = [
  "overview",
  "estimate",
  "beneficiaries",
  "timeline",
  "documents",
  "disbursements",
  "progress",
  "outputs",
  "history",
] as const;
type TabKey = (typeof tabKeys)[number];

function tabContent(key: TabKey, project: ProjectDetail, reload: () => void): ReactNode {
  switch (key) {
    case "overview":
      return <OverviewTab project={project} />;
    case "estimate":
      return <EstimateTab lines={project.estimateLines} budget={project.budget} />;
    case "beneficiaries":
      return <BeneficiariesTab project={project} />;
    case "timeline":
      return <TimelineTab project={project} />;
    case "documents":
      return <DocumentsTab project={project} />;
    case "disbursements":
      return <DisbursementsTab project={project} onReload={reload} />;
    case "progress":
      return <ProgressTab project={project} onReload={reload} />;
    case "outputs":
      return <OutputsTab project={project} />;
    case "history":
      return <HistoryTab projectId={project.id} />;
  }
}

/** `/app/de-an/:id`: one project, the steps the user may take on it, and its nine tabs. */
export function ProjectPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const project = useProject(id);
  const phone = usePhoneLayout();
  const tab: TabKey = tabKeys.find((key) => key === searchParams.get("tab")) ?? "overview";

  if (project.isPending) return <LoadingSkeleton />;
  if (project.isError) {
    if (isApiError(project.error) && project.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("projects.notFoundTitle")}
          subTitle={t("projects.notFound")}
          extra={<BackToList listPath={PROJECTS_PATH} label={t("projects.backToList")} />}
        />
      );
    }
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  }

  const data = project.data;
  const reload = () => void project.refetch();
  // The steps the user may take: above the tabs on a wide screen; on a phone in a bar kept at the bottom of the
  // screen, so they stay in reach while reading a long tab.
  const actions =
    data.actions.steps.length === 0 && !data.actions.edit ? (
      <span data-testid="project-actions">{t("projects.noActions")}</span>
    ) : (
      <StepActions project={data} onReload={reload} />
    );
  return (
    <>
      <BackToList listPath={PROJECTS_PATH} label={t("projects.backToList")} />
      <PageHeader
        title={data.title}
        tag={
          <Flex gap={6} wrap>
            <StatusTag status={data.status} />
            {data.overdue ? <OverdueTag /> : null}
          </Flex>
        }
        extra={<ProjectExports project={data} />}
        description={`${data.code} · ${data.fundingLevel.label} · ${data.planYear} · ${data.province?.name ?? t("projects.noProvince")} · ${data.implementerName}`}
      />
      {phone ? null : (
        <Card variant="outlined" size="small" style={{ marginBottom: 16 }}>
          {actions}
        </Card>
      )}
      <DuplicateSupportAlert duplicates={data.duplicateSupport ?? []} />
      <Card variant="outlined">
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setSearchParams(key === "overview" ? {} : { tab: key }, { replace: true, state: location.state })
          }
          items={tabKeys.map((key) => ({
            key,
            label: t(`projects.tabs.${key}`),
            children: key === tab ? tabContent(key, data, reload) : null,
          }))}
        />
      </Card>
      {phone ? <div className="kc-sticky-actions">{actions}</div> : null}
    </>
  );
}
