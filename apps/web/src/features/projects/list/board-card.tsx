import { Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectListItem } from "../../../api/types";
import { formatDong } from "../../../lib/money";
import { projectPath } from "../paths";
import { OverdueTag, StatusTag } from "../tags";

/** One project on the board: code, title, status, province and year, KC support. */
export function BoardCard({ project, listState }: { project: ProjectListItem; listState: { from: string } }) {
  const { t } = useTranslation();
  return (
    <Card size="small" variant="outlined" styles={{ body: { padding: 10 } }}>
      <Flex vertical gap={4}>
        <Link to={projectPath(project.id)} state={listState}>
          <Typography.Text strong style={{ color: "inherit", fontSize: 12 }}>
            {project.code}
          </Typography.Text>
        </Link>
        <Typography.Paragraph ellipsis={{ rows: 3, tooltip: project.title }} style={{ margin: 0 }}>
          {project.title}
        </Typography.Paragraph>
        <Flex gap={4} wrap>
          <StatusTag status={project.status} />
          {project.overdue ? <OverdueTag /> : null}
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {project.province?.name ?? t("projects.noProvince")} · {project.planYear}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 12 }}>
          {t("projects.board.kc")}: <strong>{formatDong(project.kcTotal)}</strong>
        </Typography.Text>
      </Flex>
    </Card>
  );
}
