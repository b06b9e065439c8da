import { ClearOutlined } from "@ant-design/icons";
import {
  type FundingLevel,
  fundingLevelCodes,
  type ProjectStatus,
  projectStatusCodes,
  supportActivityCodes,
  todayInVietnam,
} from "@kc/domain";
import { Button, Flex, Select, Switch, Typography } from "antd";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ResponsiveFilters } from "../../../components/data-table";
import { SearchInput } from "../../../components/search-input";
import { foldedSelectSearch } from "../../../lib/text";
import { useProvinceOptions } from "../../admin-units/api";
import { useCurrentUser } from "../../auth/current-user";
import { hasActiveFilters, noFilters, type ProjectFilters, YEAR_MIN } from "../filters";
import { useCodeOptions } from "../labels";

type ProjectFilterBarProps = {
  filters: ProjectFilters;
  /** Applies a change to the filters (the list goes back to its first page). */
  onChange: (patch: Partial<ProjectFilters>) => void;
};

/** Plan years offered: next year down to the first year the system knows. */
function planYears(): number[] {
  const last = Number(todayInVietnam().slice(0, 4)) + 1;
  return Array.from({ length: last - YEAR_MIN + 1 }, (_, index) => last - index);
}

/** Search and filters of the project list and board; every choice is kept in the URL by the page. */
export function ProjectFilterBar({ filters, onChange }: ProjectFilterBarProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const overdueId = useId();
  // Province and implementer staff see their own province only: no province filter for them.
  const national = me.scope.kind === "NATIONAL" || me.scope.kind === "REGION";
  const provinces = useProvinceOptions(todayInVietnam());
  const statuses = useCodeOptions("statuses", projectStatusCodes);
  const activities = useCodeOptions("activities", supportActivityCodes);
  const levels = useCodeOptions("fundingLevels", fundingLevelCodes);
  // The search box keeps the text being typed; when the URL's text changes by other means it starts afresh.
  const sentQuery = useRef(filters.q ?? "");
  const [searchKey, setSearchKey] = useState(0);
  useEffect(() => {
    const q = filters.q ?? "";
    if (q === sentQuery.current) return;
    sentQuery.current = q;
    setSearchKey((key) => key + 1);
  }, [filters.q]);

  // What folds into the phone's drawer (the search box stays on screen).
  const activeCount = [
    filters.provinceId,
    filters.planYear,
    filters.status,
    filters.activity,
    filters.fundingLevel,
    filters.overdue,
  ].filter((value) => value !== undefined).length;

  return (
    <ResponsiveFilters
      label={t("projects.filters.label")}
      activeCount={activeCount}
      onClear={() => onChange(noFilters)}
      always={
        <SearchInput
          key={searchKey}
          value={filters.q ?? ""}
          width={420}
          label={t("projects.filters.search")}
          placeholder={t("projects.searchPlaceholder")}
          onSearch={(q) => {
            sentQuery.current = q;
            onChange({ q: q || undefined });
          }}
        />
      }
    >
      {national ? (
        <Select
          aria-label={t("projects.filters.province")}
          placeholder={t("projects.filters.province")}
          allowClear
          showSearch={foldedSelectSearch}
          loading={provinces.isPending}
          style={{ width: 200 }}
          value={filters.provinceId}
          options={provinces.options}
          onChange={(value?: string) => onChange({ provinceId: value })}
        />
      ) : null}
      <Select<number>
        aria-label={t("projects.filters.planYear")}
        placeholder={t("projects.filters.planYear")}
        allowClear
        style={{ width: 140 }}
        value={filters.planYear}
        options={planYears().map((year) => ({ value: year, label: String(year) }))}
        onChange={(value?: number) => onChange({ planYear: value })}
      />
      <Select<ProjectStatus>
        aria-label={t("projects.filters.status")}
        placeholder={t("projects.filters.status")}
        allowClear
        showSearch={foldedSelectSearch}
        style={{ width: 220 }}
        popupMatchSelectWidth={false}
        value={filters.status}
        options={statuses as { value: ProjectStatus; label: string }[]}
        onChange={(value?: ProjectStatus) => onChange({ status: value })}
      />
      <Select
        aria-label={t("projects.filters.activity")}
        placeholder={t("projects.filters.activity")}
        allowClear
        showSearch={foldedSelectSearch}
        style={{ width: 240 }}
        popupMatchSelectWidth={false}
        value={filters.activity}
        options={activities}
        onChange={(value?: string) => onChange({ activity: value })}
      />
      <Select<FundingLevel>
        aria-label={t("projects.filters.fundingLevel")}
        placeholder={t("projects.filters.fundingLevel")}
        allowClear
        style={{ width: 210 }}
        value={filters.fundingLevel}
        options={levels as { value: FundingLevel; label: string }[]}
        onChange={(value?: FundingLevel) => onChange({ fundingLevel: value })}
      />
      <Flex gap={8} align="center">
        <Switch
          id={overdueId}
          checked={Boolean(filters.overdue)}
          onChange={(checked) => onChange({ overdue: checked || undefined })}
        />
        <Typography.Text>
          <label htmlFor={overdueId}>{t("projects.filters.overdue")}</label>
        </Typography.Text>
      </Flex>
      {hasActiveFilters(filters) ? (
        <Button icon={<ClearOutlined />} onClick={() => onChange(noFilters)}>
          {t("common.clearFilters")}
        </Button>
      ) : null}
    </ResponsiveFilters>
  );
}
