import {
  fairLevelCodes,
  fairLevelLabels,
  fairStatusCodes,
  fairStatusLabels,
  regionLabels,
  todayInVietnam,
} from "@kc/domain";
import { Select } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ResponsiveFilters } from "../../../../components/data-table";
import { SearchInput } from "../../../../components/search-input";
import { foldedSelectSearch } from "../../../../lib/text";
import { useProvinceOptions } from "../../../admin-units/api";
import { useCurrentUser } from "../../../auth/current-user";
import { OrganisationSelect } from "../../../organisations/organisation-select";
import { FAIR_YEAR_MIN, type FairFilters, noFairFilters } from "../filters";

type FairFilterBarProps = {
  filters: FairFilters;
  onChange: (patch: Partial<FairFilters>) => void;
  /** The calendar picks its own month: no year filter there. */
  withYear?: boolean;
};

/** Years offered: next year down to the first year the system knows. */
function years(): number[] {
  const last = Number(todayInVietnam().slice(0, 4)) + 1;
  return Array.from({ length: last - FAIR_YEAR_MIN + 1 }, (_, index) => last - index);
}

/** Search and filters of the fair list and calendar (year, level, region, province, host, status). */
export function FairFilterBar({ filters, onChange, withYear = true }: FairFilterBarProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // A province's officers see their own province's fairs only: no province or region filter for them.
  const wide = me.scope.kind === "NATIONAL" || me.scope.kind === "REGION";
  const provinces = useProvinceOptions(todayInVietnam());
  const sentQuery = useRef(filters.q ?? "");
  const [searchKey, setSearchKey] = useState(0);
  useEffect(() => {
    const q = filters.q ?? "";
    if (q === sentQuery.current) return;
    sentQuery.current = q;
    setSearchKey((key) => key + 1);
  }, [filters.q]);
  const activeCount = [
    withYear ? filters.year : undefined,
    filters.level,
    filters.status,
    filters.provinceId,
    filters.regionCode,
    filters.hostOrgId,
  ].filter((value) => value !== undefined).length;

  return (
    <ResponsiveFilters
      label={t("fairs.filters.label")}
      activeCount={activeCount}
      onClear={() => onChange(noFairFilters)}
      always={
        <SearchInput
          key={searchKey}
          value={filters.q ?? ""}
          width={360}
          label={t("fairs.filters.search")}
          placeholder={t("fairs.filters.searchPlaceholder")}
          onSearch={(q) => {
            sentQuery.current = q;
            onChange({ q: q || undefined });
          }}
        />
      }
    >
      {withYear ? (
        <Select<number>
          aria-label={t("fairs.filters.year")}
          placeholder={t("fairs.filters.year")}
          allowClear
          style={{ width: 120 }}
          value={filters.year}
          options={years().map((year) => ({ value: year, label: String(year) }))}
          onChange={(year?: number) => onChange({ year })}
        />
      ) : null}
      <Select
        aria-label={t("fairs.filters.level")}
        placeholder={t("fairs.filters.level")}
        allowClear
        style={{ width: 150 }}
        value={filters.level}
        options={fairLevelCodes.map((code) => ({ value: code, label: fairLevelLabels[code] }))}
        onChange={(level?: FairFilters["level"]) => onChange({ level })}
      />
      {wide ? (
        <Select
          aria-label={t("fairs.filters.region")}
          placeholder={t("fairs.filters.region")}
          allowClear
          style={{ width: 220 }}
          value={filters.regionCode}
          options={Object.entries(regionLabels).map(([code, label]) => ({ value: code, label: label.vi }))}
          onChange={(regionCode?: string) => onChange({ regionCode })}
        />
      ) : null}
      {wide ? (
        <Select
          aria-label={t("fairs.filters.province")}
          placeholder={t("fairs.filters.province")}
          allowClear
          showSearch={foldedSelectSearch}
          loading={provinces.isPending}
          style={{ width: 200 }}
          value={filters.provinceId}
          options={provinces.options}
          onChange={(provinceId?: string) => onChange({ provinceId })}
        />
      ) : null}
      <OrganisationSelect
        aria-label={t("fairs.filters.host")}
        placeholder={t("fairs.filters.host")}
        style={{ width: 240 }}
        value={filters.hostOrgId}
        initialOption={
          filters.hostOrgId
            ? { value: filters.hostOrgId, label: filters.hostLabel ?? filters.hostOrgId }
            : null
        }
        onChange={(hostOrgId, option) => {
          const label = option && !Array.isArray(option) ? option.label : undefined;
          onChange({ hostOrgId: hostOrgId || undefined, hostLabel: hostOrgId ? label : undefined });
        }}
      />
      <Select
        aria-label={t("fairs.filters.status")}
        placeholder={t("fairs.filters.status")}
        allowClear
        style={{ width: 190 }}
        value={filters.status}
        options={fairStatusCodes.map((code) => ({ value: code, label: fairStatusLabels[code] }))}
        onChange={(status?: FairFilters["status"]) => onChange({ status })}
      />
    </ResponsiveFilters>
  );
}
