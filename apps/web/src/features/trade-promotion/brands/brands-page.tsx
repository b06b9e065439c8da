import { PlusOutlined } from "@ant-design/icons";
import { brandStatusCodes, brandStatusLabels, markKindCodes, markKindLabels } from "@kc/domain";
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
import { RecordFilterBar, useRecordListParams } from "../showrooms/record-list-params";
import { type BrandListParams, type BrandSupport, useBrandSupports } from "./api";
import { BRANDS_PATH, brandPath, NEW_BRAND_PATH } from "./paths";

export const brandStatusColor: Record<string, string> = {
  APPLIED: "gold",
  REGISTERED: "green",
  REFUSED: "red",
};
const markOptions = markKindCodes.map((code) => ({ value: code, label: markKindLabels[code] }));
const statusOptions = brandStatusCodes.map((code) => ({ value: code, label: brandStatusLabels[code] }));

/** Supported brands in the caller's scope: filters by support year, province, kind of mark, status and text. */
export function BrandsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const list = useRecordListParams(["markKind", "status"]);
  const { params } = list;
  const markKind = params.codes.markKind as BrandListParams["markKind"];
  const status = params.codes.status as BrandListParams["status"];
  const brands = useBrandSupports({
    q: params.q,
    year: params.year,
    provinceId: params.provinceId,
    markKind,
    status,
    page: params.page,
    pageSize: params.pageSize,
  });
  const canCreate = useAbility("tradePromotion.manage");
  const listState = { from: `${BRANDS_PATH}?${list.search}` };
  const createButton = canCreate ? (
    <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(NEW_BRAND_PATH)}>
      {t("brands.create")}
    </Button>
  ) : null;

  // Brand, status and money first; the holder, year and province after; numbers and project in the chooser.
  const columns: DataColumn<BrandSupport>[] = [
    {
      title: t("brands.brandName"),
      key: "brandName",
      width: 220,
      alwaysVisible: true,
      render: (_, item) => (
        <Link to={brandPath(item.id)} state={listState}>
          <ClampText text={item.brandName} strong />
        </Link>
      ),
    },
    {
      title: t("brands.status"),
      key: "status",
      width: 120,
      render: (_, item) => <Tag color={brandStatusColor[item.status]}>{item.statusLabel}</Tag>,
    },
    {
      title: t("brands.supportAmount"),
      key: "supportAmount",
      width: 130,
      align: "right",
      render: (_, item) => formatDong(item.supportAmount),
    },
    {
      title: t("brands.holder"),
      key: "holder",
      width: 210,
      render: (_, item) => <ClampText text={item.holder?.name ?? item.collectiveName ?? ""} />,
    },
    { title: t("brands.markKind"), key: "markKind", width: 150, render: (_, item) => item.markKindLabel },
    { title: t("brands.year"), key: "year", width: 90, render: (_, item) => item.year },
    { title: t("brands.province"), key: "province", width: 120, render: (_, item) => item.province.name },
    {
      title: t("brands.costColumn"),
      key: "cost",
      width: 130,
      align: "right",
      hiddenByDefault: true,
      render: (_, item) => formatDong(item.cost),
    },
    {
      title: t("brands.registrationNumber"),
      key: "registrationNumber",
      width: 130,
      hiddenByDefault: true,
      render: (_, item) => item.registrationNumber ?? item.applicationNumber ?? "",
    },
    {
      title: t("brands.project"),
      key: "project",
      width: 150,
      hiddenByDefault: true,
      render: (_, item) => item.project?.code ?? "",
    },
  ];

  return (
    <>
      <PageHeader title={t("brands.title")} description={t("brands.description")} extra={createButton} />
      <Card variant="outlined">
        <RecordFilterBar
          label={t("brands.filtersLabel")}
          searchPlaceholder={t("brands.searchPlaceholder")}
          yearLabel={t("brands.year")}
          list={list}
        >
          <Select
            allowClear
            aria-label={t("brands.markKind")}
            placeholder={t("brands.markKind")}
            style={{ width: 200 }}
            value={markKind}
            options={markOptions}
            onChange={(value?: string) => list.navigate({ codes: { markKind: value }, page: 1 })}
          />
          <Select
            allowClear
            aria-label={t("brands.status")}
            placeholder={t("brands.status")}
            style={{ width: 170 }}
            value={status}
            options={statusOptions}
            onChange={(value?: string) => list.navigate({ codes: { status: value }, page: 1 })}
          />
        </RecordFilterBar>
        {brands.isPending ? (
          <LoadingSkeleton />
        ) : brands.isError ? (
          <ErrorState error={brands.error} onRetry={() => void brands.refetch()} />
        ) : (
          <DataTable<BrandSupport>
            tableId="brand-supports"
            countLine={
              <Typography.Text aria-live="polite">
                <Typography.Text strong>{formatNumber(brands.data.total)}</Typography.Text>{" "}
                {t("brands.count")}
              </Typography.Text>
            }
            rowKey="id"
            columns={columns}
            dataSource={brands.data.items}
            loading={brands.isFetching && brands.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("brands.emptyWhat")}
                  filtered={list.filtered}
                  onClearFilters={list.clear}
                  action={createButton}
                />
              ),
            }}
            pagination={serverPagination(params, brands.data.total, (paging) => list.navigate(paging))}
          />
        )}
      </Card>
    </>
  );
}
