import { todayInVietnam } from "@kc/domain";
import { Card, Flex, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Region } from "../../api/types";
import { AsOfPicker } from "../../components/as-of-picker";
import { type DataColumn, DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { useRegions } from "./api";

export function RegionsPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayInVietnam);
  const regions = useRegions(asOf);

  const columns: DataColumn<Region>[] = [
    { title: t("regions.code"), key: "code", dataIndex: "code", width: 180 },
    {
      title: t("regions.region"),
      key: "label",
      dataIndex: "label",
      width: 260,
      render: (label: string) => <Typography.Text strong>{label}</Typography.Text>,
    },
    {
      title: t("regions.count"),
      key: "count",
      width: 140,
      align: "right",
      render: (_, region) => formatNumber(region.provinces.length),
    },
    {
      title: t("regions.provinces"),
      key: "provinces",
      render: (_, region) => (
        <Flex gap={4} wrap>
          {region.provinces.map((province) => (
            <Tag key={province.id} title={province.code} style={{ marginInlineEnd: 0 }}>
              {province.name}
            </Tag>
          ))}
        </Flex>
      ),
    },
  ];

  return (
    <>
      <PageHeader title={t("regions.title")} description={t("regions.description")} />
      <Card variant="outlined">
        <div className="kc-toolbar">
          <AsOfPicker value={asOf} onChange={setAsOf} />
        </div>
        {regions.isPending ? (
          <LoadingSkeleton rows={4} />
        ) : regions.isError ? (
          <ErrorState error={regions.error} onRetry={() => void regions.refetch()} />
        ) : (
          <DataTable<Region>
            tableId="regions"
            rowKey="code"
            columns={columns}
            dataSource={regions.data}
            loading={regions.isFetching && regions.isPlaceholderData}
            pagination={false}
            locale={{ emptyText: <EmptyState /> }}
          />
        )}
      </Card>
    </>
  );
}
