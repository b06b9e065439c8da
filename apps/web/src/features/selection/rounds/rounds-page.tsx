import { PlusOutlined, SafetyCertificateOutlined, WarningOutlined } from "@ant-design/icons";
import { selectionLevelLabels } from "@kc/domain";
import { Button, Card, InputNumber, Select, Tooltip, Typography } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { ClampText, type DataColumn, DataTable, ResponsiveFilters } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { SearchInput } from "../../../components/search-input";
import { formatNumber } from "../../../lib/format";
import { serverPagination } from "../../../lib/pagination";
import { useAbility } from "../../auth/current-user";
import { CERTIFICATES_PATH } from "../../certificates/paths";
import { type RoundListItem, type RoundListQuery, useRounds } from "./api";
import { levelOptions, placeOf, regionOptions, statusOptions } from "./labels";
import { NEW_SELECTION_ROUND_PATH, selectionRoundPath } from "./paths";
import { RoundStatusTag } from "./round-status-tag";

const FILTERS = ["q", "year", "level", "status", "regionCode"] as const;

/** The list's query, read from the address bar so a filtered list can be shared and comes back on "back". */
function readQuery(params: URLSearchParams): RoundListQuery {
  const query: Record<string, string | number> = {
    page: Number(params.get("page") ?? 1) || 1,
    pageSize: Number(params.get("pageSize") ?? 20) || 20,
  };
  for (const key of FILTERS) {
    const value = params.get(key);
    if (value) query[key] = key === "year" ? Number(value) : value;
  }
  return query as RoundListQuery;
}

/** `/app/binh-chon-san-pham`: the rounds in the caller's scope (a juror: the rounds they sit on). */
export function RoundsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canCreate = useAbility("selection.manage");
  const [searchParams, setSearchParams] = useSearchParams();
  const query = useMemo(() => readQuery(searchParams), [searchParams]);
  const list = useRounds(query);
  const activeCount = FILTERS.filter((key) => key !== "q" && searchParams.get(key)).length;
  const filtered = FILTERS.some((key) => searchParams.get(key));

  const change = (patch: Record<string, string | number | undefined | null>) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined || value === null || value === "") next.delete(key);
      else next.set(key, String(value));
    }
    if (!("page" in patch)) next.delete("page");
    setSearchParams(next, { replace: true });
  };
  const clear = () => change(Object.fromEntries(FILTERS.map((key) => [key, undefined])));

  const columns: DataColumn<RoundListItem>[] = [
    {
      title: t("selectionRounds.columns.code"),
      key: "code",
      width: 140,
      alwaysVisible: true,
      render: (_, round) => (
        <Link to={selectionRoundPath(round.id)}>
          <Typography.Text strong style={{ color: "inherit" }}>
            {round.code}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t("selectionRounds.columns.title"),
      key: "title",
      width: 330,
      render: (_, round) => (
        <Link to={selectionRoundPath(round.id)} style={{ color: "inherit" }}>
          <ClampText text={round.title} />
        </Link>
      ),
    },
    {
      title: t("selectionRounds.columns.status"),
      key: "status",
      width: 180,
      render: (_, round) => <RoundStatusTag status={round.status} />,
    },
    {
      title: t("selectionRounds.columns.level"),
      key: "level",
      width: 120,
      render: (_, round) => selectionLevelLabels[round.level],
    },
    {
      title: t("selectionRounds.columns.year"),
      key: "year",
      width: 80,
      render: (_, round) =>
        round.parityWarning ? (
          <Tooltip title={round.parityWarning}>
            <span>
              {round.year} <WarningOutlined aria-label={round.parityWarning} style={{ color: "#d48806" }} />
            </span>
          </Tooltip>
        ) : (
          round.year
        ),
    },
    {
      title: t("selectionRounds.columns.place"),
      key: "place",
      width: 160,
      render: (_, round) => <ClampText text={placeOf(round)} lines={1} />,
    },
    {
      title: t("selectionRounds.columns.organiser"),
      key: "organiser",
      width: 220,
      hiddenByDefault: true,
      render: (_, round) => <ClampText text={round.organiserName} />,
    },
  ];

  return (
    <>
      <PageHeader
        title={t("selectionRounds.title")}
        description={canCreate ? t("selectionRounds.description") : t("selectionRounds.memberDescription")}
        extra={
          <>
            <Button icon={<SafetyCertificateOutlined />} onClick={() => void navigate(CERTIFICATES_PATH)}>
              {t("certificates.listLink")}
            </Button>
            {canCreate ? (
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => void navigate(NEW_SELECTION_ROUND_PATH)}
              >
                {t("selectionRounds.create")}
              </Button>
            ) : null}
          </>
        }
      />
      <Card variant="outlined">
        <ResponsiveFilters
          label={t("selectionRounds.filters.label")}
          activeCount={activeCount}
          onClear={clear}
          always={
            <SearchInput
              value={query.q ?? ""}
              onSearch={(q) => change({ q })}
              label={t("selectionRounds.filters.search")}
              placeholder={t("selectionRounds.filters.search")}
            />
          }
        >
          <InputNumber
            aria-label={t("selectionRounds.filters.year")}
            placeholder={t("selectionRounds.filters.year")}
            min={2012}
            max={2100}
            value={query.year ?? null}
            onChange={(year) => change({ year })}
            style={{ width: 110 }}
          />
          <Select
            aria-label={t("selectionRounds.filters.level")}
            placeholder={t("selectionRounds.filters.level")}
            allowClear
            options={levelOptions}
            value={query.level}
            onChange={(level) => change({ level })}
            style={{ width: 150 }}
          />
          <Select
            aria-label={t("selectionRounds.filters.status")}
            placeholder={t("selectionRounds.filters.status")}
            allowClear
            options={statusOptions}
            value={query.status}
            onChange={(status) => change({ status })}
            style={{ width: 210 }}
          />
          <Select
            aria-label={t("selectionRounds.filters.region")}
            placeholder={t("selectionRounds.filters.region")}
            allowClear
            options={regionOptions}
            value={query.regionCode}
            onChange={(regionCode) => change({ regionCode })}
            style={{ width: 200 }}
          />
        </ResponsiveFilters>
        {list.isPending ? (
          <LoadingSkeleton />
        ) : list.isError ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : (
          <DataTable<RoundListItem>
            tableId="selection-rounds"
            rowKey="id"
            columns={columns}
            dataSource={list.data.items}
            loading={list.isFetching && list.isPlaceholderData}
            countLine={
              <Typography.Text aria-live="polite">
                {t("selectionRounds.count", {
                  count: list.data.total,
                  formatted: formatNumber(list.data.total),
                })}
              </Typography.Text>
            }
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("selectionRounds.what")}
                  filtered={filtered}
                  onClearFilters={clear}
                  action={
                    canCreate ? (
                      <Typography.Text>{t("selectionRounds.emptyHint")}</Typography.Text>
                    ) : undefined
                  }
                />
              ),
            }}
            pagination={serverPagination(
              { page: query.page ?? 1, pageSize: query.pageSize ?? 20 },
              list.data.total,
              (paging) => change(paging),
            )}
          />
        )}
      </Card>
    </>
  );
}
