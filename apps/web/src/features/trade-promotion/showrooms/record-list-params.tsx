import { todayInVietnam } from "@kc/domain";
import { Select } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ResponsiveFilters } from "../../../components/data-table";
import { SearchInput } from "../../../components/search-input";
import { DEFAULT_PAGE_SIZE } from "../../../lib/pagination";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { useCurrentUser } from "../../auth/current-user";

/**
 * The list query of the showroom and brand lists, kept in the URL (a reload or a shared link shows the same
 * list): text, year, province, page and page size, plus each list's own code filters.
 */
export type RecordListParams = {
  q?: string;
  year?: number;
  provinceId?: string;
  page: number;
  pageSize: number;
  codes: Record<string, string | undefined>;
};

export function useRecordListParams(codeNames: readonly string[]) {
  const [searchParams, setSearchParams] = useSearchParams();
  const read = (source: URLSearchParams): RecordListParams => {
    const year = Number(source.get("year"));
    const page = Number(source.get("page"));
    const pageSize = Number(source.get("pageSize"));
    return {
      q: source.get("q") || undefined,
      year: Number.isInteger(year) && year > 1900 ? year : undefined,
      provinceId: source.get("provinceId") || undefined,
      page: Number.isInteger(page) && page > 0 ? page : 1,
      pageSize: [10, 20, 50, 100].includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
      codes: Object.fromEntries(codeNames.map((name) => [name, source.get(name) || undefined])),
    };
  };
  const params = read(searchParams);
  // Changes start from the address bar, not from this render (a click may land before the last one rendered).
  const navigate = (
    patch: Partial<Omit<RecordListParams, "codes">> & { codes?: RecordListParams["codes"] },
  ) => {
    const next = { ...read(new URLSearchParams(window.location.search)), ...patch };
    const codes = { ...next.codes, ...patch.codes };
    const entries: [string, string | number | undefined][] = [
      ["q", next.q],
      ["year", next.year],
      ["provinceId", next.provinceId],
      ...Object.entries(codes),
      ["page", next.page === 1 ? undefined : next.page],
      ["pageSize", next.pageSize === DEFAULT_PAGE_SIZE ? undefined : next.pageSize],
    ];
    const search = new URLSearchParams();
    for (const [key, value] of entries)
      if (value !== undefined && value !== "") search.set(key, String(value));
    setSearchParams(search, { replace: true });
  };
  const filtered = Boolean(
    params.q || params.year || params.provinceId || Object.values(params.codes).some(Boolean),
  );
  const clear = () =>
    navigate({
      q: undefined,
      year: undefined,
      provinceId: undefined,
      page: 1,
      codes: Object.fromEntries(codeNames.map((name) => [name, undefined])),
    });
  return { params, navigate, filtered, clear, search: searchParams.toString() };
}

/** Years offered by the year filter: this year back to 2010 (the programme's records start in 2012). */
export function yearOptions() {
  const now = Number(todayInVietnam().slice(0, 4));
  return Array.from({ length: now - 2009 }, (_, index) => ({
    value: now - index,
    label: String(now - index),
  }));
}

type RecordFilterBarProps = {
  label: string;
  searchPlaceholder: string;
  yearLabel: string;
  list: ReturnType<typeof useRecordListParams>;
  /** The list's own code filters (kind, status…). */
  children?: ReactNode;
};

/** Search, year and province (for readers beyond one province), then the list's own filters. */
export function RecordFilterBar({
  label,
  searchPlaceholder,
  yearLabel,
  list,
  children,
}: RecordFilterBarProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const provinces = useProvinceOptions(todayInVietnam());
  const { params, navigate } = list;
  const active = [params.year, params.provinceId, ...Object.values(params.codes)].filter(Boolean).length;
  return (
    <ResponsiveFilters
      label={label}
      activeCount={active}
      onClear={list.clear}
      always={
        <SearchInput
          value={params.q ?? ""}
          placeholder={searchPlaceholder}
          onSearch={(q) => navigate({ q: q || undefined, page: 1 })}
        />
      }
    >
      <Select
        allowClear
        aria-label={yearLabel}
        placeholder={yearLabel}
        style={{ width: 150 }}
        value={params.year}
        options={yearOptions()}
        onChange={(year?: number) => navigate({ year, page: 1 })}
      />
      {me.scope.kind === "PROVINCE" ? null : (
        <Select
          allowClear
          aria-label={t("showrooms.province")}
          placeholder={t("showrooms.province")}
          style={{ width: 200 }}
          value={params.provinceId}
          options={provinces.options}
          showSearch={foldedSelectSearch}
          onChange={(provinceId?: string) => navigate({ provinceId, page: 1 })}
        />
      )}
      {children}
    </ResponsiveFilters>
  );
}
