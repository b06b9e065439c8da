import { InboxOutlined } from "@ant-design/icons";
import { Badge, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { useObligations } from "./obligations-api";
import { MY_REPORTS_PATH } from "./paths";

/**
 * Header entry to "Báo cáo của tôi" for the province's staff, with the number of reports waiting for them
 * (overdue, returned, due soon), read from the same obligations as the page; nothing for the centre's staff, whose
 * work on reports is reviewing (the list of reports).
 */
export function MyReportsBadge() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const fills = me.abilities.includes("reports.fill") && !me.mustChangePassword;
  const owed = useObligations({}, fills);
  if (!fills) return null;
  const n = owed.data?.needingAction ?? 0;
  const label = n > 0 ? t("myReports.badgeLabel", { count: n }) : t("myReports.badgeNone");
  return (
    <Tooltip title={label}>
      <Link
        to={MY_REPORTS_PATH}
        aria-label={label}
        data-testid="my-reports-badge"
        data-count={n}
        style={{ display: "flex", padding: 8, color: "#fff", fontSize: 20 }}
      >
        <Badge count={n} overflowCount={99} size="small" offset={[2, -2]}>
          <InboxOutlined style={{ color: "#fff", fontSize: 20 }} aria-hidden />
        </Badge>
      </Link>
    </Tooltip>
  );
}
