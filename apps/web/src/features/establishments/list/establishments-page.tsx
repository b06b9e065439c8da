import type { EstablishmentSort } from "@kc/domain";
import { formatDateTime } from "@kc/domain";
import { Card, Flex, Table, type TableColumnsType, type TableProps, Tag, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { EstablishmentListItem } from "../../../api/types";
import { PageHeader } from "../../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { serverPagination } from "../../../lib/pagination";
import { useEstablishments } from "../api";
import { formatInstantDate } from "../display";
import {
  type EstablishmentFilters,
  type EstablishmentListParams,
  readListParams,
  writeListParams,
} from "../filters";
import { ESTABLISHMENTS_PATH, establishmentPath } from "../paths";
import { VerdictTag } from "../tags";
import { EstablishmentFilterBar } from "./establishment-filters";
import { EstablishmentToolbar } from "./establishment-toolbar";

type SortField = "name" | "updatedAt";

/** The server sorts by name when no sort is asked for; the header shows that. */
function sortOrderOf(sort: EstablishmentSort = "name", field: SortField) {
  if (sort === field) return "ascend" as const;
  if (sort === `-${field}`) return "descend" as const;
  return null;
}

/** The establishment register: server-side search, filters, sort and paging, all kept in the URL. */
export function EstablishmentsPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const params = useMemo(() => readListParams(searchParams), [searchParams]);
  const list = useEstablishments(params);

  // Changes start from the address bar, not from this render: a click may land before React has rendered
  // the previous navigation, and must not bring back filters that were just cleared.
  const navigateTo = (patch: Partial<EstablishmentListParams>) => {
    const current = readListParams(new URLSearchParams(window.location.search));
    setSearchParams(writeListParams({ ...current, ...patch }), { replace: true });
  };
  const changeFilters = (patch: Partial<EstablishmentFilters>) => navigateTo({ ...patch, page: 1 });
  // The detail page's "back" link returns to this very list (filters, sort and page).
  const listState = { from: `${ESTABLISHMENTS_PATH}?${searchParams.toString()}` };

  const columns: TableColumnsType<EstablishmentListItem> = [
    {
      title: t("establishments.name"),
      dataIndex: "name",
      key: "name",
      sorter: true,
      sortOrder: sortOrderOf(params.sort, "name"),
      sortDirections: ["ascend", "descend"],
      render: (name: string, item) => (
        <Link to={establishmentPath(item.id)} state={listState}>
          <Typography.Text strong style={{ color: "inherit" }}>
            {name}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t("establishments.taxCode"),
      dataIndex: "taxCode",
      width: 130,
      render: (value: string | null) => value ?? t("common.none"),
    },
    { title: t("establishments.legalForm"), dataIndex: "legalFormLabel", width: 150 },
    {
      title: t("establishments.owner"),
      dataIndex: "ownerName",
      width: 160,
      render: (value: string | null) => value ?? t("common.none"),
    },
    {
      title: t("establishments.location"),
      key: "location",
      width: 200,
      render: (_, item) => `${item.commune.name} – ${item.province.name}`,
    },
    {
      title: t("establishments.industries"),
      key: "industries",
      width: 220,
      render: (_, item) =>
        item.industries.length === 0 ? (
          t("common.none")
        ) : (
          <Flex gap={4} wrap>
            {item.industries.map((industry) => (
              <Tag
                key={industry.code}
                title={industry.label}
                style={{ marginInlineEnd: 0, whiteSpace: "normal" }}
              >
                {industry.label}
              </Tag>
            ))}
          </Flex>
        ),
    },
    {
      title: t("establishments.eligibilityShort"),
      key: "eligibility",
      width: 150,
      render: (_, item) => (
        <VerdictTag verdict={item.eligibility.verdict} label={item.eligibility.verdictLabel} />
      ),
    },
    {
      title: t("establishments.updatedAt"),
      dataIndex: "updatedAt",
      key: "updatedAt",
      width: 120,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, "updatedAt"),
      sortDirections: ["descend", "ascend"],
      render: (at: string) => <span title={formatDateTime(at)}>{formatInstantDate(at)}</span>,
    },
  ];

  const onTableChange: TableProps<EstablishmentListItem>["onChange"] = (
    _pagination,
    _filters,
    sorter,
    extra,
  ) => {
    if (extra.action !== "sort" || Array.isArray(sorter)) return;
    const field = sorter.columnKey === "name" || sorter.columnKey === "updatedAt" ? sorter.columnKey : null;
    const sort: EstablishmentSort | undefined =
      field && sorter.order ? (sorter.order === "ascend" ? field : `-${field}`) : undefined;
    navigateTo({ sort, page: 1 });
  };

  return (
    <>
      <PageHeader
        title={t("establishments.title")}
        description={t("establishments.description")}
        extra={<EstablishmentToolbar filters={params} />}
      />
      <Card variant="outlined">
        <EstablishmentFilterBar filters={params} onChange={changeFilters} />
        {list.isPending ? (
          <LoadingSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <>
            <Typography.Paragraph className="kc-count-line" aria-live="polite">
              {list.data.totalExact ? null : `${t("establishments.moreThan")} `}
              <Typography.Text strong>
                <span data-testid="establishment-count">{formatNumber(list.data.total)}</span>
              </Typography.Text>{" "}
              {t("establishments.countSuffix")}
            </Typography.Paragraph>
            <Table<EstablishmentListItem>
              rowKey="id"
              size="middle"
              columns={columns}
              dataSource={list.data.items}
              loading={list.isFetching && list.isPlaceholderData}
              locale={{ emptyText: <EmptyState /> }}
              onChange={onTableChange}
              pagination={serverPagination(
                params,
                list.data.total,
                (paging) => navigateTo(paging),
                list.data.totalExact,
              )}
              scroll={{ x: 1360 }}
            />
          </>
        )}
      </Card>
    </>
  );
}
