import { Alert, Table, Typography } from "antd";
import { Fragment, type ReactNode } from "react";
import type { HelpBlock } from "./help-topic";

/** `**bold**` is the one inline mark help texts use; everything else is plain text, escaped by React. */
export function inlineText(text: string): ReactNode {
  const parts = text.split(/\*\*(.+?)\*\*/g);
  return parts.map((part, index) =>
    // Odd indexes are what stood between a pair of `**`.
    // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string never move.
    index % 2 === 1 ? <strong key={index}>{part}</strong> : <Fragment key={index}>{part}</Fragment>,
  );
}

/** One block of a help section. */
export function HelpBlockView({ block }: { block: HelpBlock }) {
  switch (block.kind) {
    case "text":
      return <Typography.Paragraph>{inlineText(block.text)}</Typography.Paragraph>;
    case "note":
      return <Alert type="info" showIcon style={{ marginBottom: 16 }} title={inlineText(block.text)} />;
    case "list":
    case "steps": {
      const items = block.items.map((item) => <li key={item}>{inlineText(item)}</li>);
      return (
        <Typography.Paragraph>
          {block.kind === "steps" ? <ol>{items}</ol> : <ul>{items}</ul>}
        </Typography.Paragraph>
      );
    }
    case "table":
      return (
        <Table
          size="small"
          bordered
          pagination={false}
          style={{ marginBottom: 16 }}
          rowKey={(row) => row[0]}
          dataSource={block.rows.map((row) => [...row] as [string, string])}
          columns={[
            { title: block.head[0], dataIndex: 0, width: "34%", render: (v: string) => inlineText(v) },
            { title: block.head[1], dataIndex: 1, render: (v: string) => inlineText(v) },
          ]}
        />
      );
  }
}
