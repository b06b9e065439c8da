import { formatDate, todayInVietnam } from "@kc/domain";
import { Flex, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { AsOfPicker } from "../../components/as-of-picker";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { SearchInput } from "../../components/search-input";
import { formatNumber } from "../../lib/format";
import { type CentreList, useCentres } from "./api";
import { NetworkFigures } from "./network-figures";
import { centrePath } from "./paths";

type Centre = CentreList["items"][number];

/**
 * The centres existing on a day in the caller's scope (63 provincial centres before 1 July 2025, 34 after), with
 * the staff per centre computed by the server over exactly those centres, and each centre's latest staffing.
 */
export function CentresPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const onDate = searchParams.get("ngay") ?? todayInVietnam();
  const [q, setQ] = useState(searchParams.get("q") ?? "");
  const centres = useCentres({ onDate, q: q || undefined });
  const update = (key: string, value: string) => {
    const next = new URLSearchParams(searchParams);
    if (value) next.set(key, value);
    else next.delete(key);
    setSearchParams(next, { replace: true });
  };

  const columns = [
    {
      title: t("centres.name"),
      key: "name",
      render: (_: unknown, c: Centre) => (
        <Flex vertical gap={2}>
          <Link to={centrePath(c.id)}>{c.name}</Link>
          {c.type === "TT_KHUYEN_CONG_VUNG" ? (
            <Tag style={{ width: "fit-content" }}>{t("centres.regional")}</Tag>
          ) : null}
        </Flex>
      ),
    },
    {
      title: t("centres.province"),
      key: "province",
      render: (_: unknown, c: Centre) => c.province?.name ?? "—",
    },
    { title: t("centres.parent"), key: "parent", render: (_: unknown, c: Centre) => c.parent?.name ?? "—" },
    {
      title: t("centres.validity"),
      key: "validity",
      render: (_: unknown, c: Centre) =>
        c.validTo
          ? t("centres.fromTo", { from: formatDate(c.validFrom), to: formatDate(c.validTo) })
          : t("centres.from", { from: formatDate(c.validFrom) }),
    },
    {
      title: t("centres.latestStaffing"),
      key: "staffing",
      align: "right" as const,
      render: (_: unknown, c: Centre) =>
        c.latestStaffing ? (
          <span>
            {formatNumber(c.latestStaffing.total)}
            {c.latestStaffing.permanent === null ? "" : ` (${formatNumber(c.latestStaffing.permanent)})`}
            <Typography.Text type="secondary" style={{ display: "block", fontSize: 12 }}>
              {t("centres.figuresOf", { day: formatDate(c.latestStaffing.asOf) })}
            </Typography.Text>
          </span>
        ) : (
          <Typography.Text type="secondary">{t("centres.noStaffing")}</Typography.Text>
        ),
    },
  ];

  return (
    <>
      <PageHeader title={t("centres.title")} description={t("centres.description")} />
      <Flex gap={16} wrap align="flex-end" style={{ marginBottom: 16 }}>
        <AsOfPicker value={onDate} onChange={(value) => update("ngay", value)} />
        <SearchInput
          value={q}
          label={t("centres.search")}
          placeholder={t("centres.search")}
          onSearch={(value) => {
            setQ(value);
            update("q", value);
          }}
        />
      </Flex>
      {centres.isPending ? (
        <LoadingSkeleton />
      ) : centres.isError ? (
        <ErrorState error={centres.error} onRetry={() => void centres.refetch()} />
      ) : (
        <>
          <NetworkFigures list={centres.data} onDay={(day) => update("ngay", day)} />
          <Table<Centre>
            rowKey="id"
            size="small"
            columns={columns}
            dataSource={centres.data.items}
            pagination={false}
            scroll={{ x: 760 }}
            locale={{ emptyText: t("centres.empty") }}
          />
        </>
      )}
    </>
  );
}
