import { Collapse, Descriptions, Flex, Switch, Table, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import type { AuditEvent } from "../../api/types";
import { type DiffKind, type DiffRow, diffSnapshots, displayValue } from "./diff";

const kindColors: Record<Exclude<DiffKind, "unchanged">, string> = {
  added: "green",
  removed: "red",
  changed: "gold",
};

function ValueCell({ value }: { value: unknown }) {
  if (value === undefined) return null;
  return <span className="kc-diff-value">{displayValue(value)}</span>;
}

/** Expanded audit row: request id, address and a readable before → after comparison. */
export function AuditDetails({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const [showUnchanged, setShowUnchanged] = useState(false);
  const rows = useMemo(() => diffSnapshots(event.before, event.after), [event.before, event.after]);
  const unchanged = rows.filter((row) => row.kind === "unchanged").length;
  const visible = showUnchanged ? rows : rows.filter((row) => row.kind !== "unchanged");
  const hasSnapshots = event.before != null || event.after != null;

  return (
    <Flex vertical gap={16} style={{ padding: "4px 8px" }}>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: "request",
            label: t("audit.requestId"),
            children: event.requestId ? (
              <Typography.Text copyable code>
                {event.requestId}
              </Typography.Text>
            ) : (
              t("common.none")
            ),
          },
          { key: "ip", label: t("audit.ip"), children: event.ip ?? t("common.none") },
          { key: "category", label: t("audit.category"), children: event.category ?? t("common.none") },
        ]}
      />
      <div>
        <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 8 }}>
          <Typography.Text strong>{t("audit.changes")}</Typography.Text>
          {unchanged > 0 ? (
            <Flex align="center" gap={8}>
              <Typography.Text type="secondary">
                {t("audit.unchangedCount", { count: unchanged })}
              </Typography.Text>
              <Switch
                size="small"
                checked={showUnchanged}
                onChange={setShowUnchanged}
                aria-label={t("audit.showUnchanged")}
              />
            </Flex>
          ) : null}
        </Flex>
        {!hasSnapshots ? (
          <Typography.Text type="secondary">{t("audit.noChanges")}</Typography.Text>
        ) : (
          <Table<DiffRow>
            className="kc-diff-table"
            size="small"
            rowKey="path"
            pagination={false}
            dataSource={visible}
            rowClassName={(row) => (row.kind === "unchanged" ? "" : `kc-diff-${row.kind}`)}
            columns={[
              {
                title: t("audit.field"),
                dataIndex: "path",
                width: "28%",
                render: (path: string, row) => (
                  <Flex gap={6} align="center" wrap>
                    <Typography.Text code>{path}</Typography.Text>
                    {row.kind === "unchanged" ? null : (
                      <Tag color={kindColors[row.kind]} style={{ marginInlineEnd: 0 }}>
                        {t(`audit.${row.kind}`)}
                      </Tag>
                    )}
                  </Flex>
                ),
              },
              {
                title: t("audit.before"),
                dataIndex: "before",
                render: (value: unknown) => <ValueCell value={value} />,
              },
              {
                title: t("audit.after"),
                dataIndex: "after",
                render: (value: unknown) => <ValueCell value={value} />,
              },
            ]}
          />
        )}
      </div>
      {hasSnapshots ? (
        <Collapse
          size="small"
          items={[
            {
              key: "raw",
              label: t("audit.rawJson"),
              children: (
                <Flex gap={12} wrap>
                  {(["before", "after"] as const).map((side) => (
                    <div key={side} style={{ flex: "1 1 320px", minWidth: 0 }}>
                      <Typography.Text type="secondary">{t(`audit.${side}`)}</Typography.Text>
                      <pre className="kc-json">{JSON.stringify(event[side] ?? null, null, 2)}</pre>
                    </div>
                  ))}
                </Flex>
              ),
            },
          ]}
        />
      ) : null}
    </Flex>
  );
}
