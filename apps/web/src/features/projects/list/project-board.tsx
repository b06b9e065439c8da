import { Alert, Badge, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ProjectListItem } from "../../../api/types";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { usePhoneLayout } from "../../../lib/use-phone-layout";
import { useProjectBoard } from "../api";
import type { ProjectListParams } from "../filters";
import { type StatusGroup, statusGroupKeys, statusGroupOf } from "../status-groups";
import { BoardCard } from "./board-card";

type ProjectBoardProps = { params: ProjectListParams; listState: { from: string } };

/**
 * The board: the filtered projects in one column per phase (proposal, appraisal, plan, execution, settlement,
 * ended). It shows the first page of the filtered list; when there are more, a note asks to narrow the filters.
 */
export function ProjectBoard({ params, listState }: ProjectBoardProps) {
  const { t } = useTranslation();
  const { page: _page, pageSize: _pageSize, view: _view, ...filters } = params;
  const board = useProjectBoard(filters);
  const phone = usePhoneLayout();
  if (board.isPending) return <LoadingSkeleton />;
  if (board.isError) return <ErrorState error={board.error} onRetry={() => void board.refetch()} />;

  const columns = new Map<StatusGroup, ProjectListItem[]>(statusGroupKeys.map((key) => [key, []]));
  for (const item of board.data.items) columns.get(statusGroupOf(item.status.code))?.push(item);
  const shown = board.data.items.length;
  const truncated = !board.data.totalExact || board.data.total > shown;

  return (
    <Flex vertical gap={12}>
      {truncated ? (
        <Alert
          type="info"
          showIcon
          title={t("projects.board.truncated", {
            shown: formatNumber(shown),
            total: `${board.data.totalExact ? "" : `${t("projects.moreThan")} `}${formatNumber(board.data.total)}`,
          })}
        />
      ) : null}
      {/* All six phases side by side from 768 px up (each a sixth of the width); on a phone the board
          scrolls sideways inside itself, a phase a screen, never the page. */}
      <div
        className="kc-board"
        style={{
          display: "grid",
          gridTemplateColumns: phone ? "repeat(6, minmax(260px, 1fr))" : "repeat(6, minmax(0, 1fr))",
          gap: phone ? 12 : 8,
          overflowX: "auto",
          scrollSnapType: phone ? "x mandatory" : undefined,
        }}
        data-testid="project-board"
      >
        {statusGroupKeys.map((key) => {
          const items = columns.get(key) ?? [];
          const title = t(`projects.board.groups.${key}`);
          return (
            <section
              key={key}
              aria-label={title}
              style={{
                background: "#f5f7fa",
                borderRadius: 8,
                padding: 8,
                minHeight: 200,
                minWidth: 0,
                scrollSnapAlign: "start",
              }}
            >
              <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
                <Typography.Title level={2} style={{ fontSize: 14, margin: 0 }}>
                  {title}
                </Typography.Title>
                <Badge count={items.length} showZero color="#8c99ad" overflowCount={999} />
              </Flex>
              <Flex vertical gap={8}>
                {items.length === 0 ? (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t("projects.board.emptyColumn")}
                  </Typography.Text>
                ) : (
                  items.map((item) => <BoardCard key={item.id} project={item} listState={listState} />)
                )}
              </Flex>
            </section>
          );
        })}
      </div>
    </Flex>
  );
}
