import { formatDate, type OrganisationType, organisationTypeCodes, todayInVietnam } from "@kc/domain";
import { Card, Flex, Select, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Organisation } from "../../api/types";
import { AsOfPicker } from "../../components/as-of-picker";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
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

  const columns: TableColumnsType<Organisation> = [
    {
      title: t("organisations.name"),
      key: "name",
      render: (_, organisation) => (
        <Flex align="center" gap={4}>
          <Typography.Text strong>{organisation.name}</Typography.Text>
          <NameHistory organisation={organisation} />
        </Flex>
      ),
    },
    {
      title: t("organisations.shortName"),
      dataIndex: "shortName",
      width: 140,
      render: (v: string | null) => v ?? "",
    },
    { title: t("organisations.type"), dataIndex: "typeLabel", width: 220 },
    {
      title: t("organisations.province"),
      dataIndex: "provinceName",
      width: 160,
      render: (v: string | null) => v ?? "",
    },
    { title: t("common.validFrom"), dataIndex: "validFrom", width: 120, render: formatDate },
    {
      title: t("common.validTo"),
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
          <Table<Organisation>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={organisations.data.items}
            loading={organisations.isFetching && organisations.isPlaceholderData}
            locale={{ emptyText: <EmptyState /> }}
            pagination={serverPagination(paging, organisations.data.total, setPaging)}
            scroll={{ x: 1100 }}
          />
        )}
      </Card>
    </>
  );
}
