import { EditOutlined } from "@ant-design/icons";
import { Card, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams, useSearchParams } from "react-router";
import { ActionButton } from "../../../components/action-button";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { RoundCertificatesTab } from "../../certificates/round-certificates-tab";
import { RoundComplaintsTab } from "../complaints/round-complaints-tab";
import { RoundEntriesTab } from "../entries/round-entries-tab";
import { RoundScoringTab } from "../scoring/round-scoring-tab";
import { useRound } from "./api";
import { MembersTab } from "./members-tab";
import { editSelectionRoundPath, SELECTION_ROUNDS_PATH } from "./paths";
import { RoundOverviewTab } from "./round-overview-tab";
import { RoundStatusTag } from "./round-status-tag";

const TABS = ["tong-quan", "hoi-dong", "san-pham", "cham-diem", "khieu-nai", "chung-nhan"] as const;

/** `/app/binh-chon-san-pham/:id`: one round, its steps, its council and jury, and the other parts' tabs. */
export function RoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id = "" } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const round = useRound(id);
  const tab = TABS.find((key) => key === searchParams.get("tab")) ?? "tong-quan";
  if (round.isPending) return <LoadingSkeleton />;
  if (round.isError) return <ErrorState error={round.error} onRetry={() => void round.refetch()} />;
  const data = round.data;
  return (
    <>
      <BackToList listPath={SELECTION_ROUNDS_PATH} label={t("selectionRounds.page.back")} />
      <PageHeader
        title={data.title}
        description={data.code}
        tag={<RoundStatusTag status={data.status} />}
        extra={
          <ActionButton
            action={data.actions.update}
            icon={<EditOutlined />}
            onClick={() => void navigate(editSelectionRoundPath(data.id))}
          >
            {t("selectionRounds.page.edit")}
          </ActionButton>
        }
      />
      <Card variant="outlined">
        <Tabs
          activeKey={tab}
          onChange={(key) => setSearchParams({ tab: key }, { replace: true })}
          destroyOnHidden
          items={[
            {
              key: "tong-quan",
              label: t("selectionRounds.page.tabs.overview"),
              children: <RoundOverviewTab round={data} />,
            },
            {
              key: "hoi-dong",
              label: t("selectionRounds.page.tabs.members"),
              children: <MembersTab roundId={id} />,
            },
            {
              key: "san-pham",
              label: t("selectionRounds.page.tabs.entries"),
              children: <RoundEntriesTab roundId={id} />,
            },
            {
              key: "cham-diem",
              label: t("selectionRounds.page.tabs.scoring"),
              children: <RoundScoringTab roundId={id} />,
            },
            {
              key: "khieu-nai",
              label: t("selectionRounds.page.tabs.complaints"),
              children: <RoundComplaintsTab roundId={id} />,
            },
            {
              key: "chung-nhan",
              label: t("selectionRounds.page.tabs.certificates"),
              children: <RoundCertificatesTab roundId={id} />,
            },
          ]}
        />
      </Card>
    </>
  );
}
