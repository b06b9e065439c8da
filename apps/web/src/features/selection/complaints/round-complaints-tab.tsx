import { type ComplaintStatus, formatDate } from "@kc/domain";
import { Alert, Card, Descriptions, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { type Complaint, type ComplaintsPage, useRoundComplaints } from "./api";
import { ComplaintModal } from "./complaint-modal";
import { DeadlineTag } from "./deadline-tag";
import { ResolveModal } from "./resolve-modal";

const statusColors: Record<ComplaintStatus, string> = {
  OPEN: "processing",
  UPHELD: "green",
  REJECTED: "default",
  WITHDRAWN: "default",
};

type Dialog = { kind: "record" } | { kind: "resolve"; complaint: Complaint } | null;

/**
 * The round page's "Khiếu nại" tab (S6): the complaint window (15 working days from the notification) with the
 * working days left, each complaint with its answer due date (10 working days from receipt), and the forms to
 * record and resolve them for whoever keeps the complaints; the buttons are greyed with the server's reasons.
 */
export function RoundComplaintsTab({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const page = useRoundComplaints(roundId);
  const [dialog, setDialog] = useState<Dialog>(null);
  if (page.isPending) return <LoadingSkeleton />;
  if (page.error) return <ErrorState error={page.error} onRetry={() => void page.refetch()} />;
  const data = page.data;

  // About 960 px in all: the table sits in a card inside the round's card, beside the navigation, about 970 px wide
  // at 1440 px, so the last column (the resolve button) stays on screen (e2e/specs/tables-fit.spec.ts).
  const columns: DataColumn<Complaint>[] = [
    {
      key: "receivedOn",
      title: t("selectionComplaints.receivedOn"),
      width: 104,
      render: (_, c) => formatDate(c.receivedOn),
    },
    {
      key: "filedByName",
      title: t("selectionComplaints.filedByName"),
      width: 160,
      alwaysVisible: true,
      render: (_, c) => <ClampText text={c.filedByName} strong />,
    },
    {
      key: "product",
      title: t("selectionComplaints.product"),
      width: 140,
      render: (_, c) => <ClampText text={c.productName ?? t("selectionComplaints.wholeRound")} />,
    },
    {
      key: "content",
      title: t("selectionComplaints.content"),
      width: 170,
      render: (_, c) => <ClampText text={c.content} lines={3} />,
    },
    {
      key: "dueOn",
      title: t("selectionComplaints.dueOn"),
      width: 124,
      render: (_, c) => (
        <Flex vertical gap={4} align="flex-start">
          <span>{formatDate(c.dueOn)}</span>
          {c.workingDaysLeft !== null ? <DeadlineTag daysLeft={c.workingDaysLeft} /> : null}
          {c.resolvedOn && c.resolvedOn > c.dueOn ? (
            <Tag color="orange">{t("selectionComplaints.resolvedLate")}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      key: "status",
      title: t("selectionComplaints.status"),
      width: 160,
      render: (_, c) => (
        <Flex vertical gap={4} align="flex-start">
          <Tag color={statusColors[c.status]}>{c.statusLabel}</Tag>
          {c.resolvedOn ? (
            <Typography.Text type="secondary">
              {t("selectionComplaints.resolvedOn")}: {formatDate(c.resolvedOn)}
            </Typography.Text>
          ) : null}
          {c.resolution ? <ClampText text={c.resolution} /> : null}
        </Flex>
      ),
    },
    {
      key: "actions",
      title: t("common.actions"),
      width: 100,
      alwaysVisible: true,
      render: (_, c) =>
        c.status === "OPEN" ? (
          <ActionButton
            size="small"
            action={c.actions.resolve}
            onClick={() => setDialog({ kind: "resolve", complaint: c })}
          >
            {t("selectionComplaints.resolve")}
          </ActionButton>
        ) : null,
    },
  ];

  return (
    <Card>
      <Flex vertical gap={16}>
        <ComplaintWindow data={data} onRecord={() => setDialog({ kind: "record" })} />
        <DataTable<Complaint>
          tableId="selection-complaints"
          countLine={
            <Typography.Text aria-live="polite">
              <Typography.Text strong>{formatNumber(data.complaints.length)}</Typography.Text>{" "}
              {t("selectionComplaints.count")}
            </Typography.Text>
          }
          rowKey="id"
          columns={columns}
          dataSource={data.complaints}
          pagination={false}
          locale={{
            emptyText: (
              <ListEmptyState what={t("selectionComplaints.what")} filtered={false} scoped={false} />
            ),
          }}
        />
      </Flex>
      {dialog?.kind === "record" ? (
        <ComplaintModal roundId={roundId} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === "resolve" ? (
        <ResolveModal roundId={roundId} complaint={dialog.complaint} onClose={() => setDialog(null)} />
      ) : null}
    </Card>
  );
}

/** The window's dates and the working days left, with the button that records a complaint. */
function ComplaintWindow({ data, onRecord }: { data: ComplaintsPage; onRecord: () => void }) {
  const { t } = useTranslation();
  const record = (
    <ActionButton type="primary" action={data.actions.record} onClick={onRecord}>
      {t("selectionComplaints.record")}
    </ActionButton>
  );
  if (!data.notifiedOn || !data.lastDay) {
    return (
      <Flex gap={12} wrap justify="space-between" align="flex-start">
        <Alert
          type="info"
          showIcon
          message={t("selectionComplaints.notNotified")}
          style={{ flex: "1 1 320px" }}
        />
        {record}
      </Flex>
    );
  }
  const left = data.windowWorkingDaysLeft;
  return (
    <Flex gap={12} wrap justify="space-between" align="flex-start">
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        title={t("selectionComplaints.windowTitle")}
        style={{ flex: "1 1 420px" }}
        items={[
          {
            key: "notified",
            label: t("selectionComplaints.notifiedOn"),
            children: formatDate(data.notifiedOn),
          },
          {
            key: "last",
            label: t("selectionComplaints.lastDay"),
            children: (
              <Flex gap={8} wrap align="center">
                <span>{formatDate(data.lastDay)}</span>
                {left === null ? null : left < 0 ? (
                  <Tag>{t("selectionComplaints.windowClosed")}</Tag>
                ) : (
                  <DeadlineTag daysLeft={left} />
                )}
              </Flex>
            ),
          },
          {
            key: "rule",
            label: t("selectionComplaints.howCounted"),
            children: `${t("selectionComplaints.windowRule")} ${t("selectionComplaints.dueOn")}: ${t("selectionComplaints.dueRule")}.`,
          },
        ]}
      />
      {record}
    </Flex>
  );
}
