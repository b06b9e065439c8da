import { ArrowLeftOutlined } from "@ant-design/icons";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { PROJECTS_PATH } from "./paths";

/** Back to the list the user came from (with its filters), else to the plain list. */
export function useBackToList(): string {
  const location = useLocation();
  const from = (location.state as { from?: unknown } | null)?.from;
  return typeof from === "string" && from.startsWith(PROJECTS_PATH) ? from : PROJECTS_PATH;
}

export function BackToList() {
  const { t } = useTranslation();
  const to = useBackToList();
  return (
    <Link to={to} style={{ display: "inline-flex", gap: 6, marginBottom: 8 }}>
      <ArrowLeftOutlined aria-hidden />
      {t("projects.backToList")}
    </Link>
  );
}
