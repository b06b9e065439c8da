import { Card, Flex, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { ErrorAlert } from "../../../components/error-alert";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { useScoringAction, useScoringPage } from "./api";
import { FrameModal } from "./frame-modal";
import { SheetCard } from "./sheet-card";
import { SummaryTable } from "./summary-table";

/**
 * Scoring a round (S4): the point frame with its proposal (jury head) and approval (council chair), the
 * signed-in juror's own sheets (others' stay hidden until the jury head closes scoring), the close, then the
 * summary minute. The round page shows it as a tab; the scoring page wraps it with a header.
 */
export function ScoringPanel({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const page = useScoringPage(roundId);
  const { approveFrame, closeScoring } = useScoringAction(roundId);
  const [editingFrame, setEditingFrame] = useState(false);
  if (page.isPending) return <LoadingSkeleton />;
  if (page.error) return <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  const { round, criteria, entries, actions, seat } = page.data;
  return (
    <>
      <Space direction="vertical" size={16} style={{ width: "100%" }}>
        <Card
          variant="outlined"
          title={t("scoring.frame")}
          extra={
            <Flex gap={8} wrap>
              <Tag color={round.frameApprovedAt ? "green" : "orange"}>
                {round.frameApprovedAt ? t("scoring.frameApproved") : t("scoring.frameNotApproved")}
              </Tag>
              <ActionButton action={actions.proposeFrame} onClick={() => setEditingFrame(true)}>
                {criteria.length > 0 ? t("scoring.frameForm.edit") : t("scoring.frameForm.propose")}
              </ActionButton>
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
            locale={{ emptyText: t("scoring.frameForm.none") }}
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
      {editingFrame ? (
        <FrameModal roundId={roundId} page={page.data} onClose={() => setEditingFrame(false)} />
      ) : null}
    </>
  );
}
