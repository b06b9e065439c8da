import { Card, Flex, Result, Tabs } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useParams, useSearchParams } from "react-router";
import type { FairDetail } from "../../../../api/types";
import { BackToList } from "../../../../components/back-to-list";
import { PageHeader } from "../../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../../components/query-state";
import { isApiError } from "../../../../lib/api";
import { usePhoneLayout } from "../../../../lib/use-phone-layout";
import { FairParticipantsTab } from "../../participations/fair-participants-tab";
import { useFair } from "../api";
import { fairDates } from "../list/fair-table";
import { FAIRS_PATH } from "../paths";
import { FairStatusTag } from "../tags";
import { FairDocumentsTab } from "./documents-tab";
import { FairStepActions } from "./fair-step-actions";
import { FairCounts, FairOverviewTab } from "./overview-tab";
import { ParticipantsMapTab } from "./participants-map";

const tabKeys = ["overview", "participants", "documents", "map"] as const;
type TabKey = (typeof tabKeys)[number];

function tabContent(key: TabKey, fair: FairDetail): ReactNode {
  switch (key) {
    case "overview":
      return <FairOverviewTab fair={fair} />;
    case "participants":
      // Participations may be added while the fair is planned, open or held; the server judges each write.
      // The three counts stay in view beside the list they count (§9.7 Q4: never added together).
      return (
        <Flex vertical gap={12}>
          <FairCounts fair={fair} />
          <FairParticipantsTab fairId={fair.id} canEdit={Boolean(fair.actions.update?.available)} />
        </Flex>
      );
    case "documents":
      return <FairDocumentsTab fair={fair} />;
    case "map":
      return <ParticipantsMapTab fair={fair} />;
  }
}

/** `/app/hoi-cho-trien-lam/:id`: one fair, its steps and its four tabs. */
export function FairPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const fair = useFair(id);
  const phone = usePhoneLayout();
  const tab: TabKey = tabKeys.find((key) => key === searchParams.get("tab")) ?? "overview";

  if (fair.isPending) return <LoadingSkeleton />;
  if (fair.isError) {
    if (isApiError(fair.error) && fair.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("fairs.notFoundTitle")}
          subTitle={t("fairs.notFound")}
          extra={<BackToList listPath={FAIRS_PATH} label={t("fairs.backToList")} />}
        />
      );
    }
    return <ErrorState error={fair.error} onRetry={() => void fair.refetch()} />;
  }
  const data = fair.data;
  const actions = <FairStepActions fair={data} />;
  return (
    <>
      <BackToList listPath={FAIRS_PATH} label={t("fairs.backToList")} />
      <PageHeader
        title={data.name}
        tag={<FairStatusTag status={data.status} />}
        description={`${data.code} · ${data.levelLabel} · ${fairDates(data)} · ${data.venue}`}
      />
      {phone ? null : (
        <Card variant="outlined" size="small" style={{ marginBottom: 16 }}>
          {actions}
        </Card>
      )}
      <Card variant="outlined">
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setSearchParams(key === "overview" ? {} : { tab: key }, { replace: true, state: location.state })
          }
          items={tabKeys.map((key) => ({
            key,
            label: t(`fairs.tabs.${key}`),
            children: key === tab ? tabContent(key, data) : null,
          }))}
        />
      </Card>
      {phone ? <div className="kc-sticky-actions">{actions}</div> : null}
    </>
  );
}
