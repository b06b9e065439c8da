import { Card, Flex, Result, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useLocation, useParams, useSearchParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { usePhoneLayout } from "../../../lib/use-phone-layout";
import { useAbility } from "../../auth/current-user";
import { EstablishmentSelectionTab } from "../../selection/entries/establishment-selection-tab";
import { TradePromotionTab } from "../../trade-promotion/establishment-tab/trade-promotion-tab";
import { useEstablishment } from "../api";
import { ESTABLISHMENTS_PATH } from "../paths";
import { StatusTag, VerdictTag } from "../tags";
import { DetailActions } from "./detail-actions";
import { EligibilityTab } from "./eligibility-tab";
import { GeneralTab } from "./general-tab";
import { HistoryTab } from "./history-tab";
import { YearDataTab } from "./year-data-tab";

const tabKeys = ["general", "yearData", "eligibility", "tradePromotion", "selection", "history"] as const;
type TabKey = (typeof tabKeys)[number];

/** One establishment: header with status and eligibility, actions by the record's abilities, four tabs. */
export function EstablishmentDetailPage() {
  const { t } = useTranslation();
  // Auditors and staff who read selection rounds see the establishment's entries and certificates.
  const canReadSelection = useAbility("selection.read");
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const location = useLocation();
  const establishment = useEstablishment(id);
  const phone = usePhoneLayout();
  const canReadTradePromotion = useAbility("tradePromotion.read");
  const tab: TabKey = tabKeys.find((key) => key === searchParams.get("tab")) ?? "general";

  if (establishment.isPending) return <LoadingSkeleton />;
  if (establishment.isError) {
    if (isApiError(establishment.error) && establishment.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("establishments.notFoundTitle")}
          subTitle={t("establishments.notFound")}
          extra={<BackToList listPath={ESTABLISHMENTS_PATH} label={t("establishments.backToList")} />}
        />
      );
    }
    return <ErrorState error={establishment.error} onRetry={() => void establishment.refetch()} />;
  }

  const data = establishment.data;
  return (
    <>
      <BackToList listPath={ESTABLISHMENTS_PATH} label={t("establishments.backToList")} />
      <PageHeader
        title={data.name}
        tag={
          <Flex gap={6} wrap>
            <StatusTag status={data.status} />
            <VerdictTag verdict={data.eligibility.verdict} label={data.eligibility.verdictLabel} />
          </Flex>
        }
        description={`${data.legalFormLabel} · ${data.commune.name} – ${data.province.name}`}
        extra={phone ? null : <DetailActions establishment={data} />}
      />
      <Card variant="outlined">
        <Tabs
          activeKey={tab}
          onChange={(key) =>
            setSearchParams(key === "general" ? {} : { tab: key }, { replace: true, state: location.state })
          }
          items={[
            {
              key: "general",
              label: t("establishments.tabs.general"),
              children: <GeneralTab establishment={data} />,
            },
            {
              key: "yearData",
              label: t("establishments.tabs.yearData"),
              children: <YearDataTab yearData={data.yearData} />,
            },
            {
              key: "eligibility",
              label: t("establishments.tabs.eligibility"),
              children: <EligibilityTab eligibility={data.eligibility} />,
            },
            ...(canReadTradePromotion
              ? [
                  {
                    key: "tradePromotion",
                    label: t("establishmentTradePromotion.tab"),
                    children:
                      tab === "tradePromotion" ? <TradePromotionTab establishmentId={data.id} /> : null,
                  },
                ]
              : []),
            ...(canReadSelection
              ? [
                  {
                    key: "selection",
                    label: t("selectionEntries.tabTitle"),
                    children:
                      tab === "selection" ? <EstablishmentSelectionTab establishmentId={data.id} /> : null,
                  },
                ]
              : []),
            {
              key: "history",
              label: t("establishments.tabs.history"),
              children: tab === "history" ? <HistoryTab establishmentId={data.id} /> : null,
            },
          ]}
        />
      </Card>
      {/* On a phone the record's actions stay in reach in a bar at the bottom of the screen. */}
      {phone ? (
        <Flex gap={8} wrap className="kc-sticky-actions">
          <DetailActions establishment={data} />
        </Flex>
      ) : null}
    </>
  );
}
