import { ArrowLeftOutlined } from "@ant-design/icons";
import { Link, useLocation } from "react-router";

/**
 * Back to the list the user came from (with its filters, passed as `state.from` by the list's links), else to
 * the plain list. Only a path under `listPath` is followed, so a crafted state cannot send the user elsewhere.
 */
export function useBackToList(listPath: string): string {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith(listPath) ? from : listPath;
}

/** The "← back to the list" link above a record's page or form. */
export function BackToList({ listPath, label }: { listPath: string; label: string }) {
  const to = useBackToList(listPath);
  return (
    <Link to={to} style={{ display: "inline-flex", gap: 6, marginBottom: 8 }}>
      <ArrowLeftOutlined aria-hidden />
      {label}
    </Link>
  );
}
