import { Card, Flex, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ActionButton } from "../../../components/action-button";
import { ErrorAlert } from "../../../components/error-alert";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { useScoringAction, useScoringPage } from "./api";
import { SheetCard } from "./sheet-card";
import { SummaryTable } from "./summary-table";

/**
 * Scoring a round (S4): the point frame and its approval, the signed-in juror's own sheets (others' stay hidden
 * until the jury head closes scoring), the close, then the summary minute. Self-contained so the round's page
 * can show it as a tab.
 */
export function ScoringPage() {
  const { roundId = "" } = useParams();
  const { t } = useTranslation();
  const page = useScoringPage(roundId);
  const { approveFrame, closeScoring } = useScoringAction(roundId);
  if (page.isPending) return <LoadingSkeleton />;
  if (page.error) return <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  const { round, criteria, entries, actions, seat } = page.data;
  return (
    <>
      <PageHeader title={`${t("scoring.title")} — ${round.title}`} description={round.statusLabel} />
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Card
          variant="outlined"
          title={t("scoring.frame")}
          extra={
            <Flex gap={8} wrap>
              <Tag color={round.frameApprovedAt ? "green" : "orange"}>
                {round.frameApprovedAt ? t("scoring.frameApproved") : t("scoring.frameNotApproved")}
              </Tag>
              <ActionButton action={actions.approveFrame} onClick={() => approveFrame.mutate(round.version)}>
                {t("scoring.approveFrame")}
              </ActionButton>
              <ActionButton
                type="primary"
                action={actions.closeScoring}
                confirm={{
                  title: t("scoring.closeConfirm"),
                  onConfirm: () => closeScoring.mutate(round.version),
                }}
              >
                {t("scoring.closeScoring")}
              </ActionButton>
            </Flex>
          }
        >
          {approveFrame.error ? <ErrorAlert error={approveFrame.error} /> : null}
          {closeScoring.error ? <ErrorAlert error={closeScoring.error} /> : null}
          <Table
            size="small"
            rowKey="id"
            pagination={false}
            dataSource={criteria}
            scroll={{ x: "max-content" }}
            columns={[
              { title: "#", dataIndex: "position", width: 48 },
              { title: t("scoring.group"), dataIndex: "groupLabel", width: 260 },
              { title: t("scoring.criterion"), dataIndex: "label" },
              {
                title: t("scoring.maxPoints"),
                dataIndex: "maxPoints",
                width: 110,
                align: "right",
                render: (value: string) => value.replace(".", ","),
              },
            ]}
            footer={() => t("scoring.frameTotal", { total: page.data.frameTotal })}
          />
        </Card>
        {seat && !round.scoringClosedAt ? (
          <Card
            variant="outlined"
            title={t("scoring.mySheets")}
            extra={t("scoring.seat", { role: seat.roleLabel })}
          >
            <Space direction="vertical" size={12} style={{ width: "100%" }}>
              {entries.map((entry) => (
                <SheetCard
                  key={`${entry.id}:${entry.mySheet?.version ?? 0}`}
                  roundId={roundId}
                  entry={entry}
                  criteria={criteria}
                  canScore={actions.score?.available ?? false}
                />
              ))}
            </Space>
          </Card>
        ) : null}
        {!round.scoringClosedAt ? (
          <Card variant="outlined" title={t("scoring.summary")}>
            {entries.map((entry) => (
              <Flex key={entry.id} justify="space-between" style={{ padding: "4px 0" }}>
                <Typography.Text>{entry.productName}</Typography.Text>
                <Typography.Text type="secondary">
                  {t("scoring.sheetsIn", { count: entry.sheetsIn, expected: entry.sheetsExpected })}
                </Typography.Text>
              </Flex>
            ))}
          </Card>
        ) : (
          <SummaryTable roundId={roundId} />
        )}
      </Space>
    </>
  );
}
