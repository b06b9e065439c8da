import { formatDateTime } from "@kc/domain";
import { Flex, Timeline, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { HistoryEntry } from "../../api/types";
import { EmptyState } from "../../components/query-state";
import { ChangeList } from "./change-list";

function actorOf(entry: HistoryEntry, system: string): string {
  const name = entry.actorName ?? entry.actorEmail ?? system;
  return entry.actorRoleLabel ? `${name} (${entry.actorRoleLabel})` : name;
}

/**
 * A record's change history, newest first: who did what and when, and the fields that changed, in words. Shared
 * by the establishment's and the project's "Lịch sử thay đổi" tabs, so both read alike.
 */
export function RecordHistory({ entries, testId }: { entries: HistoryEntry[]; testId?: string }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <EmptyState description={t("audit.emptyHistory")} />;
  return (
    <Timeline
      data-testid={testId}
      items={[...entries]
        .sort((a, b) => b.at.localeCompare(a.at) || Number(b.id) - Number(a.id))
        .map((entry) => ({
          key: entry.id,
          content: (
            <Flex vertical gap={8} style={{ paddingBottom: 8 }}>
              <Flex gap={12} wrap align="baseline">
                <Typography.Text strong>
                  {t("audit.historyBy", {
                    actor: actorOf(entry, t("audit.system")),
                    action: entry.actionLabel,
                  })}
                </Typography.Text>
                <Typography.Text type="secondary" title={t("common.vietnamTime")}>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, false)}</time>
                </Typography.Text>
              </Flex>
              <ChangeList changes={entry.changes} />
            </Flex>
          ),
        }))}
    />
  );
}
