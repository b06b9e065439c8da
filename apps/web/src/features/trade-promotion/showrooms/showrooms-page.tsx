import { PlusOutlined } from "@ant-design/icons";
import { formatDate, showroomKindCodes, showroomKindLabels } from "@kc/domain";
import { Button, Card, Select, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ClampText, type DataColumn, DataTable } from "../../../components/data-table";
import { ListEmptyState } from "../../../components/empty-state";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { formatNumber } from "../../../lib/format";
import { formatDong } from "../../../lib/money";
import { serverPagination } from "../../../lib/pagination";
import { useAbility } from "../../auth/current-user";
import { type Showroom, useShowrooms } from "./api";
import { NEW_SHOWROOM_PATH, SHOWROOMS_PATH, showroomPath } from "./paths";
import { RecordFilterBar, useRecordListParams } from "./record-list-params";

const kindOptions = showroomKindCodes.map((code) => ({ value: code, label: showroomKindLabels[code] }));

/** Showrooms and product points in the caller's scope: filters by year opened, province, kind and text. */
export function ShowroomsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useRecordListParams(["kind"]);
  const { params } = list;
  const kind = params.codes.kind as Showroom["kind"] | undefined;
  const showrooms = useShowrooms({
    q: params.q,
    year: params.year,
    provinceId: params.provinceId,
    kind: kind as "AT_CENTRE" | "AT_ESTABLISHMENT" | undefined,
    page: params.page,
    pageSize: params.pageSize,
  });
  const canCreate = useAbility("tradePromotion.manage");
  const listState = { from: `${SHOWROOMS_PATH}?${list.search}` };
  const createButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_SHOWROOM_PATH)}>
      {t("showrooms.create")}
    </Button>
  ) : null;

  // Name, place, owner, opening date and support fit 1058 px; products and project are in the chooser.
  const columns: DataColumn<Showroom>[] = [
    {
      title: t("showrooms.name"),
      key: "name",
      width: 250,
      alwaysVisible: true,
      render: (_, item) => (
        <Link to={showroomPath(item.id)} state={listState}>
          <ClampText text={item.name} strong />
        </Link>
      ),
    },
    {
      title: t("showrooms.kind"),
      key: "kind",
      width: 150,
      render: (_, item) => <Tag color={item.kind === "AT_CENTRE" ? "blue" : "green"}>{item.kindLabel}</Tag>,
    },
    {
      title: t("showrooms.supportAmount"),
      key: "supportAmount",
      width: 140,
      align: "right",
      render: (_, item) => formatDong(item.supportAmount),
    },
    {
      title: t("showrooms.owner"),
      key: "owner",
      width: 230,
      render: (_, item) => <ClampText text={item.centre?.name ?? item.establishment?.name ?? ""} />,
    },
    { title: t("showrooms.province"), key: "province", width: 140, render: (_, item) => item.province.name },
    {
      title: t("showrooms.openedOn"),
      key: "openedOn",
      width: 120,
      render: (_, item) => formatDate(item.openedOn),
    },
    {
      title: t("showrooms.productsShown"),
      key: "productsShown",
      width: 240,
      hiddenByDefault: true,
      render: (_, item) => <ClampText text={item.productsShown} />,
    },
    {
      title: t("showrooms.fundingProject"),
      key: "fundingProject",
      width: 160,
      hiddenByDefault: true,
      render: (_, item) => item.fundingProject?.code ?? "",
    },
  ];

  return (
    <>
      <PageHeader
        title={t("showrooms.title")}
        description={t("showrooms.description")}
        extra={createButton}
      />
      <Card variant="outlined">
        <RecordFilterBar
          label={t("showrooms.filtersLabel")}
          searchPlaceholder={t("showrooms.searchPlaceholder")}
          yearLabel={t("showrooms.year")}
          list={list}
        >
          <Select
            allowClear
            aria-label={t("showrooms.kind")}
            placeholder={t("showrooms.kind")}
            style={{ width: 200 }}
            value={kind}
            options={kindOptions}
            onChange={(value?: string) => list.navigate({ codes: { kind: value }, page: 1 })}
          />
        </RecordFilterBar>
        {showrooms.isPending ? (
          <LoadingSkeleton />
        ) : showrooms.isError ? (
          <ErrorState error={showrooms.error} onRetry={() => void showrooms.refetch()} />
        ) : (
          <DataTable<Showroom>
            tableId="showrooms"
            countLine={
              <Typography.Text aria-live="polite">
                <Typography.Text strong>{formatNumber(showrooms.data.total)}</Typography.Text>{" "}
                {t("showrooms.count")}
              </Typography.Text>
            }
            rowKey="id"
            columns={columns}
            dataSource={showrooms.data.items}
            loading={showrooms.isFetching && showrooms.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("showrooms.emptyWhat")}
                  filtered={list.filtered}
                  onClearFilters={list.clear}
                  action={createButton}
                />
              ),
            }}
            pagination={serverPagination(params, showrooms.data.total, (paging) => list.navigate(paging))}
          />
        )}
      </Card>
    </>
  );
}
