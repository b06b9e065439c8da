import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { PageHeader } from "../../../components/page-header";
import { useScoringPage } from "./api";
import { ScoringPanel } from "./scoring-panel";

/** Scoring as a page of its own (the link jurors are sent): the round's title over the scoring panel. */
export function ScoringPage() {
  const { roundId = "" } = useParams();
  const { t } = useTranslation();
  const page = useScoringPage(roundId);
  const title = page.data ? `${t("scoring.title")} — ${page.data.round.title}` : t("scoring.title");
  return (
    <>
      <PageHeader title={title} description={page.data?.round.statusLabel} />
      <ScoringPanel roundId={roundId} />
    </>
  );
}
