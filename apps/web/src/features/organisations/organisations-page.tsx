import { formatDate, type OrganisationType, organisationTypeCodes, todayInVietnam } from "@kc/domain";
import { Card, Flex, Select, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../api/types";
import { AsOfPicker } from "../../components/as-of-picker";
import { ClampText, type DataColumn, DataTable } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { SearchInput } from "../../components/search-input";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { foldedSelectSearch } from "../../lib/text";
import { useProvinceOptions } from "../admin-units/api";
import { useOrganisations } from "./api";
import { NameHistory } from "./name-history";

export function OrganisationsPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayInVietnam);
  const [q, setQ] = useState("");
  const [type, setType] = useState<OrganisationType | undefined>();
  const [provinceId, setProvinceId] = useState<string | undefined>();
  const [paging, setPaging] = useState<Paging>(() => firstPage());
  const provinces = useProvinceOptions(asOf);
  const organisations = useOrganisations({ asOf, q: q || undefined, type, provinceId, ...paging });

  const toFirstPage = () => setPaging((current) => ({ ...current, page: 1 }));

  const columns: DataColumn<Organisation>[] = [
    {
      title: t("organisations.name"),
      key: "name",
      width: 300,
      alwaysVisible: true,
      render: (_, organisation) => (
        <Flex align="center" gap={4}>
          <ClampText text={organisation.name} strong />
          <NameHistory organisation={organisation} />
        </Flex>
      ),
    },
    {
      title: t("organisations.shortName"),
      key: "shortName",
      dataIndex: "shortName",
      width: 120,
      render: (v: string | null) => <ClampText text={v} lines={1} empty="" />,
    },
    {
      title: t("organisations.type"),
      key: "typeLabel",
      dataIndex: "typeLabel",
      width: 200,
      render: (label: string) => <ClampText text={label} />,
    },
    {
      title: t("organisations.province"),
      key: "provinceName",
      dataIndex: "provinceName",
      width: 150,
      render: (v: string | null) => v ?? "",
    },
    {
      title: t("common.validFrom"),
      key: "validFrom",
      dataIndex: "validFrom",
      width: 120,
      render: formatDate,
    },
    {
      title: t("common.validTo"),
      key: "validTo",
      dataIndex: "validTo",
      width: 130,
      render: (value: string | null) =>
        value ? formatDate(value) : <Tag color="green">{t("common.stillInForce")}</Tag>,
    },
  ];

  return (
    <>
      <PageHeader title={t("organisations.title")} description={t("organisations.description")} />
      <Card variant="outlined">
        <Flex vertical gap={12} className="kc-toolbar">
          <AsOfPicker
            value={asOf}
            onChange={(value) => {
              setAsOf(value);
              setProvinceId(undefined);
              toFirstPage();
            }}
          />
          <Flex gap={12} wrap>
            <SearchInput
              value={q}
              placeholder={t("organisations.searchPlaceholder")}
              onSearch={(value) => {
                setQ(value);
                toFirstPage();
              }}
            />
            <Select
              aria-label={t("organisations.type")}
              placeholder={t("organisations.type")}
              allowClear
              showSearch={foldedSelectSearch}
              style={{ width: 280 }}
              value={type}
              onChange={(value?: OrganisationType) => {
                setType(value);
                toFirstPage();
              }}
              options={organisationTypeCodes.map((code) => ({
                value: code,
                label: t(`organisationTypes.${code}`),
              }))}
            />
            <Select
              aria-label={t("organisations.province")}
              placeholder={t("organisations.province")}
              allowClear
              showSearch={foldedSelectSearch}
              loading={provinces.isPending}
              style={{ width: 220 }}
              value={provinceId}
              onChange={(value?: string) => {
                setProvinceId(value);
                toFirstPage();
              }}
              options={provinces.options}
            />
          </Flex>
        </Flex>
        {organisations.isPending ? (
          <LoadingSkeleton />
        ) : organisations.isError ? (
          <ErrorState error={organisations.error} onRetry={() => void organisations.refetch()} />
        ) : (
          <DataTable<Organisation>
            tableId="organisations"
            rowKey="id"
            columns={columns}
            dataSource={organisations.data.items}
            loading={organisations.isFetching && organisations.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("organisations.emptyWhat")}
                  filtered={Boolean(q) || type !== undefined || provinceId !== undefined}
                  scoped={false}
                  onClearFilters={() => {
                    setQ("");
                    setType(undefined);
                    setProvinceId(undefined);
                    toFirstPage();
                  }}
                />
              ),
            }}
            pagination={serverPagination(paging, organisations.data.total, setPaging)}
          />
        )}
      </Card>
    </>
  );
}
