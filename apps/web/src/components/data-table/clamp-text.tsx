import { Typography } from "antd";
import type { ReactNode } from "react";

type ClampTextProps = {
  /** The full text: shown in a tooltip when the cell cuts it. */
  text: string | null | undefined;
  /** Lines before the text is cut (1: one line with "…"). */
  lines?: number;
  strong?: boolean;
  /** What to show for a missing value. */
  empty?: ReactNode;
};

/**
 * Long text in a table cell: wraps up to `lines` lines, then ends with "…" and shows the whole text on hover or
 * focus, so a long name never widens the table nor hides the columns after it.
 */
export function ClampText({ text, lines = 2, strong, empty = "—" }: ClampTextProps) {
  if (!text) return <>{empty}</>;
  return (
    <Typography.Paragraph
      strong={strong}
      style={{ margin: 0, color: "inherit" }}
      ellipsis={{ rows: lines, tooltip: { title: text, placement: "topLeft" } }}
    >
      {text}
    </Typography.Paragraph>
  );
}
