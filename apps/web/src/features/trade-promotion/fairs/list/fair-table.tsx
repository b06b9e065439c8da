import { formatDate } from "@kc/domain";
import { Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { FairListItem, ResponseOf } from "../../../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../../../components/data-table";
import { ListEmptyState } from "../../../../components/empty-state";
import { formatNumber } from "../../../../lib/format";
import { serverPagination } from "../../../../lib/pagination";
import { useCurrentUser } from "../../../auth/current-user";
import { type FairListParams, hasActiveFairFilters, noFairFilters } from "../filters";
import { fairPath } from "../paths";
import { FairStatusTag } from "../tags";

type FairTableProps = {
  params: FairListParams;
  page: ResponseOf<"/api/v1/fairs", "get">;
  loading: boolean;
  listState: { from: string };
  countLine?: ReactNode;
  onNavigate: (patch: Partial<FairListParams>) => void;
};

/** Start and end day of a fair in one cell: "10/10/2026 – 14/10/2026", or one day. */
export function fairDates(fair: { startDate: string; endDate: string }): string {
  return fair.startDate === fair.endDate
    ? formatDate(fair.startDate)
    : `${formatDate(fair.startDate)} – ${formatDate(fair.endDate)}`;
}

/**
 * Fairs as a table. At 1440 px the name, state, dates, venue and the three counts fit without scrolling; the
 * counts (establishments, participations, booths) are separate columns, never one sum (§9.7 Q4).
 */
export function FairTable({ params, page, loading, listState, countLine, onNavigate }: FairTableProps) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const oneProvince = me.scope.kind === "PROVINCE";
  const count = (value: number) => <span className="kc-number">{formatNumber(value)}</span>;
  const columns: DataColumn<FairListItem>[] = [
    {
      title: t("fairs.columns.name"),
      key: "name",
      width: 260,
      alwaysVisible: true,
      render: (_, fair) => (
        <Flex vertical gap={2}>
          <Link to={fairPath(fair.id)} state={listState} style={{ color: "inherit" }}>
            <Typography.Text strong style={{ color: "inherit" }}>
              <ClampText text={fair.name} />
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {fair.code} · {fair.levelLabel}
          </Typography.Text>
        </Flex>
      ),
    },
    {
      title: t("fairs.columns.status"),
      key: "status",
      width: 140,
      render: (_, fair) => <FairStatusTag status={fair.status} />,
    },
    { title: t("fairs.columns.dates"), key: "dates", width: 120, render: (_, fair) => fairDates(fair) },
    {
      title: t("fairs.columns.venue"),
      key: "venue",
      width: 130,
      render: (_, fair) => <ClampText text={fair.venue} lines={2} />,
    },
    {
      title: t("fairs.columns.establishments"),
      key: "establishments",
      align: "right",
      width: 80,
      render: (_, fair) => count(fair.counts.establishments),
    },
    {
      title: t("fairs.columns.participations"),
      key: "participations",
      align: "right",
      width: 80,
      render: (_, fair) => count(fair.counts.participations),
    },
    {
      title: t("fairs.columns.booths"),
      key: "booths",
      align: "right",
      width: 80,
      render: (_, fair) => count(fair.counts.booths),
    },
    {
      title: t("fairs.columns.host"),
      key: "host",
      width: 180,
      hiddenByDefault: true,
      render: (_, fair) => <ClampText text={fair.hostName} />,
    },
    {
      title: t("fairs.columns.province"),
      key: "province",
      width: 120,
      hiddenByDefault: oneProvince,
      render: (_, fair) => <ClampText text={fair.provinceName ?? t("fairs.central")} lines={1} />,
    },
  ];

  return (
    <DataTable<FairListItem>
      tableId="fairs"
      countLine={countLine}
      rowKey="id"
      columns={columns}
      dataSource={page.items}
      loading={loading}
      locale={{
        emptyText: (
          <ListEmptyState
            what={t("fairs.emptyWhat")}
            filtered={hasActiveFairFilters(params)}
            onClearFilters={() => onNavigate({ ...noFairFilters, page: 1 })}
          />
        ),
      }}
      pagination={serverPagination(params, page.total, (paging) => onNavigate(paging), page.totalExact)}
    />
  );
}
