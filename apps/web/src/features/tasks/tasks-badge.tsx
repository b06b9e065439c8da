import { CheckSquareOutlined } from "@ant-design/icons";
import { Badge, Tooltip } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCurrentUser } from "../auth/current-user";
import { useTaskCount, useTasksFollowWrites } from "./api";
import { TASKS_PATH } from "./paths";

/**
 * Header entry to "Việc cần xử lý" with the number of tasks; no number when there is nothing to do. Its auto left
 * margin keeps it beside the user menu in the header's spaced row.
 */
export function TasksBadge() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // Until a password set by an administrator is changed the server refuses every other call; ask nothing.
  const hasTasks = me.abilities.includes("projects.read") && !me.mustChangePassword;
  const count = useTaskCount(hasTasks);
  useTasksFollowWrites();
  if (!hasTasks) return null;
  const n = count.data?.count ?? 0;
  const label = n > 0 ? t("tasks.badgeLabel", { count: n }) : t("tasks.badgeNone");
  return (
    <Tooltip title={label}>
      <Link
        to={TASKS_PATH}
        aria-label={label}
        data-testid="tasks-badge"
        data-count={n}
        style={{ marginLeft: "auto", display: "flex", padding: 8, color: "#fff", fontSize: 20 }}
      >
        <Badge count={n} overflowCount={99} size="small" offset={[2, -2]}>
          <CheckSquareOutlined style={{ color: "#fff", fontSize: 20 }} aria-hidden />
        </Badge>
      </Link>
    </Tooltip>
  );
}
