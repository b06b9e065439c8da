import { formatDate, type TaskKind, taskKindCodes } from "@kc/domain";
import { Alert, Button, Card, Empty, Flex, List, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { usePhoneLayout } from "../../lib/use-phone-layout";
import { useCurrentUser } from "../auth/current-user";
import { projectPath } from "../projects/paths";
import { type Task, useMyTasks } from "./api";
import { ProgressBatchModal } from "./progress-batch-modal";

/** Việc cần xử lý: the signed-in user's tasks grouped by kind, each group in deadline order (missed first). */
export function TasksPage() {
  const { t } = useTranslation();
  const tasks = useMyTasks();
  const [filing, setFiling] = useState<Task | null>(null);

  const header = <PageHeader title={t("tasks.title")} description={t("tasks.description")} />;
  if (tasks.isPending)
    return (
      <>
        {header}
        <LoadingSkeleton />
      </>
    );
  if (tasks.isError)
    return (
      <>
        {header}
        <ErrorState error={tasks.error} onRetry={() => void tasks.refetch()} />
      </>
    );

  const { items, count, overdueCount, truncated } = tasks.data;
  const groups = taskKindCodes
    .map((kind) => ({ kind, items: items.filter((item) => item.kind.code === kind) }))
    .filter((group) => group.items.length > 0);

  return (
    <>
      {header}
      {items.length === 0 ? (
        <Card>
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={
              <Space direction="vertical" size={4}>
                <Typography.Text strong>{t("tasks.emptyTitle")}</Typography.Text>
                <Typography.Text type="secondary">{t("tasks.emptyHint")}</Typography.Text>
              </Space>
            }
          />
        </Card>
      ) : (
        <Flex vertical gap={16}>
          <Space wrap>
            <Tag>{t("tasks.count", { count })}</Tag>
            {overdueCount > 0 ? (
              <Tag color="red">{t("tasks.overdueCount", { count: overdueCount })}</Tag>
            ) : null}
          </Space>
          {truncated ? (
            <Alert type="info" showIcon message={t("tasks.truncated", { shown: items.length, count })} />
          ) : null}
          {groups.map((group) => (
            <TaskGroup key={group.kind} kind={group.kind} items={group.items} onFile={setFiling} />
          ))}
        </Flex>
      )}
      {filing ? <ProgressBatchModal task={filing} onClose={() => setFiling(null)} /> : null}
    </>
  );
}

function TaskGroup({ kind, items, onFile }: { kind: TaskKind; items: Task[]; onFile: (task: Task) => void }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const mayFile = me.abilities.includes("projects.transition");
  const label = items[0]?.kind.label ?? kind;
  const phone = usePhoneLayout();
  const fileButton = (item: Task) =>
    item.kind.code === "PROGRESS_OVERDUE" && mayFile ? (
      <Button key="file" onClick={() => onFile(item)}>
        {t("tasks.fileSeveral")}
      </Button>
    ) : null;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ fontSize: 16, margin: 0 }}>
          {label} ({items.length})
        </Typography.Title>
      }
      // A long group name wraps on a phone instead of being cut.
      styles={{ body: { paddingBlock: 0 }, title: { whiteSpace: "normal" } }}
      data-testid={`task-group-${kind}`}
    >
      <List
        dataSource={items}
        rowKey={(item) => `${item.kind.code}:${item.record.id}`}
        renderItem={(item) => (
          <List.Item
            data-testid="task-item"
            style={item.overdue ? { background: "#fff1f0", marginInline: -24, paddingInline: 24 } : undefined}
            // On a phone the button goes under the text: beside it, it squeezed the text to a word per line.
            actions={fileButton(item) && !phone ? [fileButton(item)] : []}
          >
            <List.Item.Meta
              title={
                <Link to={`${projectPath(item.link.id)}?tab=${item.link.tab}`}>
                  {item.record.code} — {item.record.name}
                </Link>
              }
              description={
                <Space direction="vertical" size={2}>
                  <Typography.Text>{item.title}</Typography.Text>
                  <Space wrap size={[8, 4]}>
                    {item.dueBefore ? (
                      <Typography.Text type={item.overdue ? "danger" : undefined}>
                        {t("tasks.dueBefore", { date: formatDate(item.dueBefore) })}
                      </Typography.Text>
                    ) : (
                      <Typography.Text type="secondary">{t("tasks.noDeadline")}</Typography.Text>
                    )}
                    {item.overdue ? <Tag color="red">{t("tasks.overdue")}</Tag> : null}
                    <Tag>{item.status.label}</Tag>
                    {item.province ? (
                      <Typography.Text type="secondary">{item.province.name}</Typography.Text>
                    ) : null}
                  </Space>
                  {phone ? fileButton(item) : null}
                </Space>
              }
            />
          </List.Item>
        )}
      />
    </Card>
  );
}
