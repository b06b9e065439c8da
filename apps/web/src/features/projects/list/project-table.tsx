import type { ProjectListQuery } from "@kc/domain";
import { Flex, type TableProps, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectListItem, ResponseOf } from "../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { formatDong } from "../../../lib/money";
import { serverPagination } from "../../../lib/pagination";
import { useCurrentUser } from "../../auth/current-user";
import { hasActiveFilters, noFilters, type ProjectListParams } from "../filters";
import { projectPath } from "../paths";
import { OverdueTag, StatusTag } from "../tags";

type ProjectTableProps = {
  params: ProjectListParams;
  page: ResponseOf<"/api/v1/projects", "get">;
  loading: boolean;
  /** Where the project page's "back" link returns (this list with its filters). */
  listState: { from: string };
  /** The count line, shown left of the table's settings. */
  countLine?: ReactNode;
  onNavigate: (patch: Partial<ProjectListParams>) => void;
};

/** The server sorts by plan year, newest first, when no sort is asked for; the header shows that. */
function sortOrderOf(sort: ProjectListQuery["sort"] = "-planYear", key: "planYear" | "code") {
  if (sort === key) return "ascend" as const;
  if (sort === `-${key}`) return "descend" as const;
  return null;
}

/**
 * Projects as a table. At 1440 px everything that matters fits without scrolling: code, title, status, KC money
 * and disbursed come first; year and province after; the implementer is in the column chooser.
 */
export function ProjectTable({ params, page, loading, listState, countLine, onNavigate }: ProjectTableProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // A province's officers see one province: its column would repeat the same name on every row.
  const oneProvince = me.scope.kind === "PROVINCE" || me.scope.kind === "ORGANISATION";
  const money = (value: string) => <span className="kc-number">{formatDong(value)}</span>;
  const columns: DataColumn<ProjectListItem>[] = [
    {
      title: t("projects.columns.code"),
      dataIndex: "code",
      key: "code",
      width: 150,
      alwaysVisible: true,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, "code"),
      sortDirections: ["ascend"],
      render: (code: string, item) => (
        <Link to={projectPath(item.id)} state={listState}>
          <Typography.Text strong style={{ color: "inherit" }}>
            {code}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t("projects.columns.title"),
      key: "title",
      dataIndex: "title",
      width: 270,
      render: (title: string, item) => (
        <Flex vertical gap={2}>
          <Link to={projectPath(item.id)} state={listState} style={{ color: "inherit" }}>
            <ClampText text={title} />
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.fundingLevel.label}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("projects.columns.status"),
      key: "status",
      width: 170,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <StatusTag status={item.status} />
          {item.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    {
      title: t("projects.columns.kcTotal"),
      key: "kcTotal",
      dataIndex: "kcTotal",
      align: "right",
      width: 130,
      render: money,
    },
    {
      title: t("projects.columns.disbursed"),
      key: "disbursedTotal",
      dataIndex: "disbursedTotal",
      align: "right",
      width: 130,
      render: money,
    },
    {
      title: t("projects.columns.year"),
      dataIndex: "planYear",
      key: "planYear",
      width: 72,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, "planYear"),
      sortDirections: ["descend", "ascend"],
    },
    {
      title: t("projects.columns.province"),
      key: "province",
      width: 120,
      hiddenByDefault: oneProvince,
      render: (_, item) => <ClampText text={item.province?.name ?? t("projects.noProvince")} lines={1} />,
    },
    {
      title: t("projects.columns.implementer"),
      key: "implementer",
      dataIndex: "implementerName",
      width: 200,
      hiddenByDefault: true,
      render: (name: string | null) => <ClampText text={name} />,
    },
  ];

  const onChange: TableProps<ProjectListItem>["onChange"] = (_pagination, _filters, sorter, extra) => {
    if (extra.action !== "sort" || Array.isArray(sorter)) return;
    let sort: ProjectListQuery["sort"] | undefined;
    if (sorter.columnKey === "code" && sorter.order) sort = "code";
    if (sorter.columnKey === "planYear" && sorter.order)
      sort = sorter.order === "ascend" ? "planYear" : undefined;
    onNavigate({ sort, page: 1 });
  };

  return (
    <DataTable<ProjectListItem>
      tableId="projects"
      countLine={countLine}
      rowKey="id"
      columns={columns}
      dataSource={page.items}
      loading={loading}
      locale={{
        emptyText: (
          <ListEmptyState
            what={t("projects.emptyWhat")}
            filtered={hasActiveFilters(params)}
            onClearFilters={() => onNavigate({ ...noFilters, page: 1 })}
          />
        ),
      }}
      onChange={onChange}
      pagination={serverPagination(params, page.total, (paging) => onNavigate(paging), page.totalExact)}
    />
  );
}
