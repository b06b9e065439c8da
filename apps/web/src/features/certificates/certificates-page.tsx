import { certificateStatusCodes, certificateStatusLabels } from "@kc/domain";
import { Card, InputNumber, Select, Typography } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { BackToList } from "../../components/back-to-list";
import { DataTable, ResponsiveFilters } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { SearchInput } from "../../components/search-input";
import { formatNumber } from "../../lib/format";
import { serverPagination } from "../../lib/pagination";
import { levelOptions } from "../selection/rounds/labels";
import { SELECTION_ROUNDS_PATH } from "../selection/rounds/paths";
import { type Certificate, type CertificateListQuery, useCertificates } from "./api";
import { certificateColumns } from "./certificate-columns";
import { CertificateDrawer } from "./certificate-drawer";

const FILTERS = ["q", "year", "level", "status"] as const;
const statusOptions = certificateStatusCodes.map((code) => ({
  value: code,
  label: certificateStatusLabels[code],
}));

/** The list's query from the address bar, so a filtered list can be shared and comes back on "back". */
function readQuery(params: URLSearchParams): CertificateListQuery {
  const query: Record<string, string | number> = {
    page: Number(params.get("page") ?? 1) || 1,
    pageSize: Number(params.get("pageSize") ?? 20) || 20,
  };
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) query[key] = key === "year" ? Number(value) : value;
  }
  return query as CertificateListQuery;
}

/**
 * `/app/binh-chon-san-pham/chung-nhan`: every certificate in the caller's scope (issue 16 item 6), newest first,
 * by issue year, level, today's state and a diacritics-free search on number, product and establishment; a row
 * opens the certificate's drawer (files, verification page, revocation, annual reports).
 */
export function CertificatesPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => readQuery(searchParams), [searchParams]);
  const list = useCertificates(query);
  const [openId, setOpenId] = useState<string | null>(null);
  const activeCount = FILTERS.filter((key) => key !== "q" && searchParams.get(key)).length;
  const filtered = FILTERS.some((key) => searchParams.get(key));

  const change = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    if (!("page" in patch)) next.delete("page");
    setSearchParams(next, { replace: true });
  };
  const clear = () => change(Object.fromEntries(FILTERS.map((key) => [key, undefined])));

  return (
    <>
      <BackToList listPath={SELECTION_ROUNDS_PATH} label={t("selectionRounds.page.back")} />
      <PageHeader title={t("certificates.title")} description={t("certificates.description")} />
      <Card variant="outlined">
        <ResponsiveFilters
          label={t("certificates.filters.label")}
          activeCount={activeCount}
          onClear={clear}
          always={
            <SearchInput
              value={query.q ?? ""}
              onSearch={(q) => change({ q })}
              label={t("certificates.search")}
              placeholder={t("certificates.search")}
            />
          }
        >
          <InputNumber
            aria-label={t("certificates.filters.year")}
            placeholder={t("certificates.filters.year")}
            min={2000}
            max={2100}
            value={query.year ?? null}
            onChange={(year) => change({ year })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t("certificates.filters.level")}
            placeholder={t("certificates.filters.level")}
            allowClear
            options={levelOptions}
            value={query.level}
            onChange={(level) => change({ level })}
            style={{ width: 150 }}
          />
          <Select
            aria-label={t("certificates.filters.status")}
            placeholder={t("certificates.filters.status")}
            allowClear
            options={statusOptions}
            value={query.status}
            onChange={(status) => change({ status })}
            style={{ width: 170 }}
          />
        </ResponsiveFilters>
        {list.isPending ? (
          <LoadingSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<Certificate>
            tableId="selection-certificates"
            rowKey="id"
            columns={certificateColumns(t, (c) => setOpenId(c.id), { withLevel: true })}
            dataSource={list.data.items}
            loading={list.isFetching && list.isPlaceholderData}
            countLine={
              <Typography.Text aria-live="polite">
                {t("certificates.count", { formatted: formatNumber(list.data.total) })}
              </Typography.Text>
            }
            locale={{
              emptyText: (
                <ListEmptyState what={t("certificates.what")} filtered={filtered} onClearFilters={clear} />
              ),
            }}
            pagination={serverPagination(
              { page: query.page ?? 1, pageSize: query.pageSize ?? 20 },
              list.data.total,
              (paging) => change(paging),
            )}
          />
        )}
      </Card>
      <CertificateDrawer certificateId={openId} onClose={() => setOpenId(null)} />
    </>
  );
}
