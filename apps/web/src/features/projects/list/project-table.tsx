import type { ProjectListQuery } from "@kc/domain";
import { Flex, Table, type TableColumnsType, type TableProps, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ProjectListItem, ResponseOf } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { formatDong } from "../../../lib/money";
import { serverPagination } from "../../../lib/pagination";
import type { ProjectListParams } from "../filters";
import { projectPath } from "../paths";
import { OverdueTag, StatusTag } from "../tags";

type ProjectTableProps = {
  params: ProjectListParams;
  page: ResponseOf<"/api/v1/projects", "get">;
  loading: boolean;
  /** Where the project page's "back" link returns (this list with its filters). */
  listState: { from: string };
  onNavigate: (patch: Partial<ProjectListParams>) => void;
};

/** The server sorts by plan year, newest first, when no sort is asked for; the header shows that. */
function sortOrderOf(sort: ProjectListQuery["sort"] = "-planYear", key: "planYear" | "code") {
  if (sort === key) return "ascend" as const;
  if (sort === `-${key}`) return "descend" as const;
  return null;
}

/** Projects as a table: code, title, year, province, implementer, status, KC money, overdue flag. */
export function ProjectTable({ params, page, loading, listState, onNavigate }: ProjectTableProps) {
  const { t } = useTranslation();
  const money = (value: string) => (
    <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatDong(value)}</span>
  );
  const columns: TableColumnsType<ProjectListItem> = [
    {
      title: t("projects.columns.code"),
      dataIndex: "code",
      key: "code",
      width: 175,
      fixed: "left",
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
      dataIndex: "title",
      width: 320,
      render: (title: string, item) => (
        <Flex vertical gap={2}>
          <Link to={projectPath(item.id)} state={listState} style={{ color: "inherit" }}>
            {title}
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.fundingLevel.label}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("projects.columns.year"),
      dataIndex: "planYear",
      key: "planYear",
      width: 80,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, "planYear"),
      sortDirections: ["descend", "ascend"],
    },
    {
      title: t("projects.columns.province"),
      key: "province",
      width: 130,
      render: (_, item) => item.province?.name ?? t("projects.noProvince"),
    },
    { title: t("projects.columns.implementer"), dataIndex: "implementerName", width: 200 },
    {
      title: t("projects.columns.status"),
      key: "status",
      width: 180,
      render: (_, item) => (
        <Flex gap={4} wrap>
          <StatusTag status={item.status} />
          {item.overdue ? <OverdueTag /> : null}
        </Flex>
      ),
    },
    {
      title: t("projects.columns.kcTotal"),
      dataIndex: "kcTotal",
      align: "right",
      width: 140,
      render: money,
    },
    {
      title: t("projects.columns.disbursed"),
      dataIndex: "disbursedTotal",
      align: "right",
      width: 140,
      render: money,
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
    <Table<ProjectListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={page.items}
      loading={loading}
      locale={{ emptyText: <EmptyState description={t("projects.empty")} /> }}
      onChange={onChange}
      pagination={serverPagination(params, page.total, (paging) => onNavigate(paging), page.totalExact)}
      scroll={{ x: 1365 }}
    />
  );
}
