import { ClearOutlined } from "@ant-design/icons";
import {
  type EligibilityVerdict,
  type EstablishmentStatus,
  eligibilityVerdictCodes,
  establishmentStatusCodes,
  todayInVietnam,
} from "@kc/domain";
import { Button, Select } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ResponsiveFilters } from "../../../components/data-table";
import { SearchInput } from "../../../components/search-input";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { CommuneSelect } from "../../admin-units/commune-select";
import { useCurrentUser } from "../../auth/current-user";
import { useCodeOptions } from "../../catalogues/code-options";
import { type EstablishmentFilters, hasActiveFilters, noEstablishmentFilters } from "../filters";

type EstablishmentFilterBarProps = {
  filters: EstablishmentFilters;
  /** Applies a change to the filters (the list goes back to its first page). */
  onChange: (patch: Partial<EstablishmentFilters>) => void;
};

const width = { province: 200, commune: 220, code: 220, small: 180 };

/** Search and filters of the establishment list; every choice is kept in the URL by the page. */
export function EstablishmentFilterBar({ filters, onChange }: EstablishmentFilterBarProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  // A province-scoped officer sees one province only: no province filter, communes of their own province.
  const ownProvince = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? undefined) : undefined;
  const singleProvince = me.scope.kind === "PROVINCE";
  const provinceId = singleProvince ? ownProvince : filters.provinceId;
  const provinces = useProvinceOptions(todayInVietnam());
  const legalForms = useCodeOptions("LEGAL_FORM");
  const industries = useCodeOptions("ELIGIBLE_INDUSTRY");
  // The search box keeps the text being typed. When the URL's text changes by other means (clearing the
  // filters, going back), the box starts afresh from it.
  const sentQuery = useRef(filters.q ?? "");
  const [searchKey, setSearchKey] = useState(0);
  useEffect(() => {
    const q = filters.q ?? "";
    if (q === sentQuery.current) return;
    sentQuery.current = q;
    setSearchKey((key) => key + 1);
  }, [filters.q]);

  const clear = () => onChange(noEstablishmentFilters);
  // What folds into the phone's drawer (the search box stays on screen).
  const activeCount = [
    filters.provinceId,
    filters.communeId,
    filters.legalForm,
    filters.industry,
    filters.eligibility,
    filters.hasSupport,
  ].filter((value) => value !== undefined).length;

  return (
    <ResponsiveFilters
      label={t("establishments.filters")}
      activeCount={activeCount}
      onClear={clear}
      always={
        <SearchInput
          key={searchKey}
          value={filters.q ?? ""}
          width={560}
          placeholder={t("establishments.searchPlaceholder")}
          onSearch={(q) => {
            sentQuery.current = q;
            onChange({ q: q || undefined });
          }}
        />
      }
    >
      {singleProvince ? null : (
        <Select
          aria-label={t("establishments.provinceFilter")}
          placeholder={t("establishments.province")}
          allowClear
          showSearch={foldedSelectSearch}
          loading={provinces.isPending}
          style={{ width: width.province }}
          value={filters.provinceId}
          options={provinces.options}
          onChange={(value?: string) => onChange({ provinceId: value, communeId: undefined })}
        />
      )}
      <CommuneSelect
        aria-label={t("establishments.communeFilter")}
        provinceId={provinceId}
        placeholder={t("establishments.commune")}
        style={{ width: width.commune }}
        value={filters.communeId}
        onChange={(value?: string) => onChange({ communeId: value })}
      />
      <Select
        aria-label={t("establishments.legalFormFilter")}
        placeholder={t("establishments.legalForm")}
        allowClear
        loading={legalForms.isPending}
        style={{ width: width.code }}
        value={filters.legalForm}
        options={legalForms.options}
        onChange={(value?: string) => onChange({ legalForm: value })}
      />
      <Select
        aria-label={t("establishments.industryFilter")}
        placeholder={t("establishments.industries")}
        allowClear
        showSearch={foldedSelectSearch}
        loading={industries.isPending}
        style={{ width: width.code }}
        popupMatchSelectWidth={false}
        value={filters.industry}
        options={industries.options}
        onChange={(value?: string) => onChange({ industry: value })}
      />
      <Select<EligibilityVerdict>
        aria-label={t("establishments.eligibilityFilter")}
        placeholder={t("establishments.eligibility")}
        allowClear
        style={{ width: width.small }}
        value={filters.eligibility}
        options={eligibilityVerdictCodes.map((verdict) => ({
          value: verdict,
          label: t(`establishments.verdicts.${verdict}`),
        }))}
        onChange={(value?: EligibilityVerdict) => onChange({ eligibility: value })}
      />
      <Select<"true" | "false">
        aria-label={t("establishments.hasSupportFilter")}
        placeholder={t("establishments.hasSupport")}
        allowClear
        style={{ width: width.small }}
        value={filters.hasSupport === undefined ? undefined : filters.hasSupport ? "true" : "false"}
        options={[
          { value: "true", label: `${t("establishments.hasSupport")}: ${t("common.yes")}` },
          { value: "false", label: `${t("establishments.hasSupport")}: ${t("common.no")}` },
        ]}
        onChange={(value?: "true" | "false") =>
          onChange({ hasSupport: value === undefined ? undefined : value === "true" })
        }
      />
      <Select<EstablishmentStatus>
        aria-label={t("establishments.statusFilter")}
        style={{ width: width.small }}
        value={filters.status}
        options={establishmentStatusCodes.map((status) => ({
          value: status,
          label: t(`establishments.statuses.${status}`),
        }))}
        onChange={(value: EstablishmentStatus) => onChange({ status: value })}
      />
      {hasActiveFilters(filters) ? (
        <Button icon={<ClearOutlined />} onClick={clear}>
          {t("common.clearFilters")}
        </Button>
      ) : null}
    </ResponsiveFilters>
  );
}
