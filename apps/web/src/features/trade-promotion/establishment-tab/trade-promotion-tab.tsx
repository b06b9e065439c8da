import { formatDate } from "@kc/domain";
import { useQuery } from "@tanstack/react-query";
import { Flex, Table, type TableColumnsType, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ResponseOf } from "../../../api/types";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { Section } from "../../../components/section";
import { api } from "../../../lib/api";
import { formatShareBps } from "../../../lib/format";
import { formatDong } from "../../../lib/money";
import { brandPath } from "../brands/paths";
import { fairPath } from "../fairs/paths";
import { showroomPath } from "../showrooms/paths";

type TradePromotion = ResponseOf<"/api/v1/establishments/{id}/trade-promotion", "get">;
type FairRow = TradePromotion["fairs"][number];
type BrandRow = TradePromotion["brands"][number];
type ShowroomRow = TradePromotion["showrooms"][number];

/**
 * "Xúc tiến thương mại" of an establishment: the fairs it took part in (booths and support), the brands it holds
 * or shares as a member of a collective, and its showrooms; read from the records, never typed again.
 */
export function TradePromotionTab({ establishmentId }: { establishmentId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["establishments", "trade-promotion", establishmentId],
    queryFn: ({ signal }) =>
      api.get<TradePromotion>(`/establishments/${encodeURIComponent(establishmentId)}/trade-promotion`, {
        signal,
      }),
  });
  if (query.isPending) return <LoadingSkeleton />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { fairs, brands, showrooms } = query.data;
  const k = "establishmentTradePromotion";

  const booths = (row: FairRow) =>
    [
      row.wholeBooths > 0 ? t(`${k}.wholeBooths`, { count: row.wholeBooths }) : null,
      row.sharedBoothKey
        ? t(`${k}.sharedBooth`, { key: row.sharedBoothKey, share: formatShareBps(row.sharedBoothShareBps) })
        : null,
    ]
      .filter(Boolean)
      .join(" + ");
  const fairColumns: TableColumnsType<FairRow> = [
    {
      title: t(`${k}.fair`),
      key: "fair",
      width: 280,
      render: (_, row) => (
        <Flex vertical>
          <Link to={fairPath(row.fairId)}>{row.name}</Link>
          <Typography.Text type="secondary">{row.code}</Typography.Text>
        </Flex>
      ),
    },
    { title: t(`${k}.level`), key: "level", width: 130, render: (_, row) => <Tag>{row.levelLabel}</Tag> },
    {
      title: t(`${k}.dates`),
      key: "dates",
      width: 190,
      render: (_, row) => `${formatDate(row.startDate)} – ${formatDate(row.endDate)}`,
    },
    { title: t(`${k}.booths`), key: "booths", width: 200, render: (_, row) => booths(row) },
    {
      title: t(`${k}.support`),
      key: "support",
      width: 140,
      align: "right",
      render: (_, row) => formatDong(row.supportAmount),
    },
  ];
  const brandColumns: TableColumnsType<BrandRow> = [
    {
      title: t("brands.brandName"),
      key: "name",
      width: 260,
      render: (_, row) => (
        <Flex vertical>
          <Link to={brandPath(row.id)}>{row.brandName}</Link>
          {row.asMember ? (
            <Typography.Text type="secondary">
              {row.collectiveName} ({t("brands.asMember")})
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    { title: t("brands.markKind"), key: "kind", width: 150, render: (_, row) => row.markKindLabel },
    { title: t("brands.status"), key: "status", width: 130, render: (_, row) => row.statusLabel },
    {
      title: t("brands.registrationNumber"),
      key: "reg",
      width: 130,
      render: (_, row) => row.registrationNumber ?? t("common.none"),
    },
    { title: t("brands.year"), key: "year", width: 90, render: (_, row) => row.year },
    {
      title: t(`${k}.support`),
      key: "support",
      width: 140,
      align: "right",
      render: (_, row) => formatDong(row.supportAmount),
    },
  ];
  const showroomColumns: TableColumnsType<ShowroomRow> = [
    {
      title: t("showrooms.name"),
      key: "name",
      width: 280,
      render: (_, row) => <Link to={showroomPath(row.id)}>{row.name}</Link>,
    },
    {
      title: t("showrooms.openedOn"),
      key: "opened",
      width: 130,
      render: (_, row) => formatDate(row.openedOn),
    },
    {
      title: t("showrooms.productsShown"),
      key: "products",
      width: 300,
      render: (_, row) => row.productsShown,
    },
    {
      title: t(`${k}.support`),
      key: "support",
      width: 140,
      align: "right",
      render: (_, row) => formatDong(row.supportAmount),
    },
  ];

  const table = <T extends object>(
    rows: T[],
    columns: TableColumnsType<T>,
    rowKey: keyof T & string,
    empty: string,
  ) =>
    rows.length === 0 ? (
      <EmptyState description={empty} />
    ) : (
      <Table<T>
        rowKey={rowKey}
        size="middle"
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: "max-content" }}
      />
    );

  return (
    <Flex vertical gap={24}>
      <Typography.Text>
        {t(`${k}.summary`, { fairs: fairs.length, brands: brands.length, showrooms: showrooms.length })}
      </Typography.Text>
      <Section title={t(`${k}.fairs`)}>
        {table(fairs, fairColumns, "participationId", t(`${k}.noFairs`))}
      </Section>
      <Section title={t(`${k}.brands`)}>{table(brands, brandColumns, "id", t(`${k}.noBrands`))}</Section>
      <Section title={t(`${k}.showrooms`)}>
        {table(showrooms, showroomColumns, "id", t(`${k}.noShowrooms`))}
      </Section>
    </Flex>
  );
}
