import { formatDateTime } from "@kc/domain";
import { Flex, Table, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { HistoryChange, HistoryEntry } from "../../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { useAuditLabels } from "../../audit/labels";
import { useEstablishmentHistory } from "../api";
import { historyValue } from "../display";

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = historyValue(value);
  if (text === null) return <Typography.Text type="secondary">{t("common.none")}</Typography.Text>;
  return <span className="kc-diff-value">{text}</span>;
}

function Changes({ changes }: { changes: HistoryChange[] }) {
  const { t } = useTranslation();
  if (changes.length === 0) {
    return <Typography.Text type="secondary">{t("establishments.noFieldChanges")}</Typography.Text>;
  }
  return (
    <Table<HistoryChange & { key: number }>
      className="kc-diff-table"
      size="small"
      pagination={false}
      dataSource={changes.map((change, index) => ({ ...change, key: index }))}
      columns={[
        {
          title: t("establishments.field"),
          dataIndex: "fieldLabel",
          width: "26%",
          render: (label: string, change) => <span title={change.field}>{label || change.field}</span>,
        },
        {
          title: t("establishments.before"),
          dataIndex: "before",
          render: (value: unknown) => <Value value={value} />,
        },
        {
          title: t("establishments.after"),
          dataIndex: "after",
          render: (value: unknown) => <Value value={value} />,
        },
      ]}
    />
  );
}

function entryTitle(entry: HistoryEntry, system: string): string {
  const actor = entry.actorName
    ? `${entry.actorName} (${entry.actorEmail ?? ""})`
    : (entry.actorEmail ?? system);
  return actor.replace(/ \(\)$/, "");
}

/** "Lịch sử thay đổi": who changed what and when, field by field (before → after), newest first. */
export function HistoryTab({ establishmentId }: { establishmentId: string }) {
  const { t } = useTranslation();
  const history = useEstablishmentHistory(establishmentId, true);
  const labels = useAuditLabels();

  if (history.isPending) return <LoadingSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  if (history.data.length === 0) return <EmptyState description={t("establishments.historyEmpty")} />;

  return (
    <Timeline
      items={[...history.data]
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((entry, index) => ({
          key: `${entry.at}:${index}`,
          content: (
            <Flex vertical gap={8} style={{ paddingBottom: 8 }}>
              <Flex gap={12} wrap align="baseline">
                <Typography.Text strong>
                  {t("establishments.historyBy", {
                    actor: entryTitle(entry, t("audit.system")),
                    action: labels.action(entry.action),
                  })}
                </Typography.Text>
                <Typography.Text type="secondary" title={t("common.vietnamTime")}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
                </Typography.Text>
              </Flex>
              <Changes changes={entry.changes} />
            </Flex>
          ),
        }))}
    />
  );
}
