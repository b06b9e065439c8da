import { UploadOutlined } from "@ant-design/icons";
import type { EstablishmentSort } from "@kc/domain";
import { formatDateTime } from "@kc/domain";
import { Button, Card, type TableProps, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import type { EstablishmentListItem } from "../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { serverPagination } from "../../../lib/pagination";
import { useAbility } from "../../auth/current-user";
import { useEstablishments } from "../api";
import { formatInstantDate } from "../display";
import {
  type EstablishmentFilters,
  type EstablishmentListParams,
  hasActiveFilters,
  noEstablishmentFilters,
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
  const canImport = useAbility("establishments.import");
  const [importOpen, setImportOpen] = useState(false);

  // Changes start from the address bar, not from this render: a click may land before React has rendered
  // the previous navigation, and must not bring back filters that were just cleared.
  const navigateTo = (patch: Partial<EstablishmentListParams>) => {
    const current = readListParams(new URLSearchParams(window.location.search));
    setSearchParams(writeListParams({ ...current, ...patch }), { replace: true });
  };
  const changeFilters = (patch: Partial<EstablishmentFilters>) => navigateTo({ ...patch, page: 1 });
  // The detail page's "back" link returns to this very list (filters, sort and page).
  const listState = { from: `${ESTABLISHMENTS_PATH}?${searchParams.toString()}` };

  // Name, eligibility, place and trades first; the legal form and the owner are in the column chooser.
  const columns: DataColumn<EstablishmentListItem>[] = [
    {
      title: t("establishments.name"),
      dataIndex: "name",
      key: "name",
      width: 250,
      alwaysVisible: true,
      sorter: true,
      sortOrder: sortOrderOf(params.sort, "name"),
      sortDirections: ["ascend", "descend"],
      render: (name: string, item) => (
        <Link to={establishmentPath(item.id)} state={listState}>
          <ClampText text={name} strong />
        </Link>
      ),
    },
    {
      title: t("establishments.taxCode"),
      key: "taxCode",
      dataIndex: "taxCode",
      width: 120,
      render: (value: string | null) => value ?? t("common.none"),
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
      title: t("establishments.location"),
      key: "location",
      width: 190,
      render: (_, item) => <ClampText text={`${item.commune.name} – ${item.province.name}`} />,
    },
    {
      title: t("establishments.industries"),
      key: "industries",
      width: 200,
      render: (_, item) => <ClampText text={item.industries.map((industry) => industry.label).join("; ")} />,
    },
    {
      title: t("establishments.legalForm"),
      key: "legalForm",
      dataIndex: "legalFormLabel",
      width: 150,
      hiddenByDefault: true,
      render: (label: string) => <ClampText text={label} />,
    },
    {
      title: t("establishments.owner"),
      key: "owner",
      dataIndex: "ownerName",
      width: 160,
      hiddenByDefault: true,
      render: (value: string | null) => <ClampText text={value} />,
    },
    {
      title: t("establishments.updatedAt"),
      dataIndex: "updatedAt",
      key: "updatedAt",
      width: 115,
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
        extra={
          <EstablishmentToolbar filters={params} importOpen={importOpen} onImportOpenChange={setImportOpen} />
        }
      />
      <Card variant="outlined">
        <EstablishmentFilterBar filters={params} onChange={changeFilters} />
        {list.isPending ? (
          <LoadingSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<EstablishmentListItem>
            tableId="establishments"
            countLine={
              <Typography.Text aria-live="polite">
                {list.data.totalExact ? null : `${t("establishments.moreThan")} `}
                <Typography.Text strong>
                  <span data-testid="establishment-count">{formatNumber(list.data.total)}</span>
                </Typography.Text>{" "}
                {t("establishments.countSuffix")}
              </Typography.Text>
            }
            rowKey="id"
            columns={columns}
            dataSource={list.data.items}
            loading={list.isFetching && list.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("establishments.emptyWhat")}
                  filtered={hasActiveFilters(params)}
                  onClearFilters={() => changeFilters(noEstablishmentFilters)}
                  action={
                    canImport ? (
                      <Button icon={<UploadOutlined />} onClick={() => setImportOpen(true)}>
                        {t("establishments.importFromFile")}
                      </Button>
                    ) : null
                  }
                />
              ),
            }}
            onChange={onTableChange}
            pagination={serverPagination(
              params,
              list.data.total,
              (paging) => navigateTo(paging),
              list.data.totalExact,
            )}
          />
        )}
      </Card>
    </>
  );
}
