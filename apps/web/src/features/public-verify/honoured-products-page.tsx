import { PictureOutlined } from "@ant-design/icons";
import {
  productGroupCodes,
  productGroupLabels,
  regionCodes,
  regionLabels,
  selectionLevelCodes,
  selectionLevelLabels,
} from "@kc/domain";
import { Alert, Card, Col, Empty, Pagination, Row, Select, Space, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { ResponsiveFilters } from "../../components/data-table";
import { ErrorAlert } from "../../components/error-alert";
import { SearchInput } from "../../components/search-input";
import { DATE_FORMAT, formatNumber } from "../../lib/format";
import { type CatalogueFilters, type HonouredProduct, useHonouredProducts, usePublicProvinces } from "./api";
import { PublicFrame } from "./public-frame";

const FILTER_KEYS = ["provinceId", "regionCode", "productGroup", "level", "year", "status"] as const;

function ProductCard({ item }: { item: HonouredProduct }) {
  const { t } = useTranslation();
  const valid = item.status === "VALID";
  return (
    <Card
      className="kc-honoured-card"
      cover={
        item.photoUrl ? (
          <img
            src={item.photoUrl}
            alt={t("publicCatalogue.photoOf", { name: item.product })}
            loading="lazy"
          />
        ) : (
          <div className="kc-honoured-placeholder" role="img" aria-label={t("publicCatalogue.noPhoto")}>
            <PictureOutlined aria-hidden />
          </div>
        )
      }
    >
      <Typography.Title level={2} className="kc-honoured-name">
        {item.product}
      </Typography.Title>
      <div>{item.establishment}</div>
      <Typography.Text type="secondary">{item.provinceName ?? ""}</Typography.Text>
      <Space wrap size={4} style={{ marginTop: 8 }}>
        <Tag>{selectionLevelLabels[item.level]}</Tag>
        <Tag>{item.year}</Tag>
        <Tag color={valid ? "green" : "red"}>
          {valid
            ? `${t("publicVerify.valid")} · ${dayjs(item.validUntil).format(DATE_FORMAT)}`
            : t(item.status === "REVOKED" ? "publicVerify.revoked" : "publicVerify.expired")}
        </Tag>
      </Space>
      <div style={{ marginTop: 8 }}>
        <Link to={item.verifyPath}>{t("publicCatalogue.verify")}</Link>
      </div>
    </Card>
  );
}

/**
 * "Sản phẩm công nghiệp nông thôn tiêu biểu": the public catalogue of honoured products, searchable without
 * diacritics and filtered by province, region, group, level, year and validity; no sign-in, no personal data.
 * The filters live in the address, so a filtered catalogue can be shared as a link.
 */
export function HonouredProductsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters: CatalogueFilters = Object.fromEntries(
    ["q", ...FILTER_KEYS, "page"].flatMap((key) => {
      const value = params.get(key);
      return value ? [[key, value]] : [];
    }),
  );
  const query = useHonouredProducts(filters);
  const provinces = usePublicProvinces();
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    if (key !== "page") next.delete("page");
    setParams(next, { replace: true });
  };
  const active = FILTER_KEYS.filter((key) => params.get(key)).length;
  const years = Array.from({ length: dayjs().year() - 2014 }, (_, i) => String(dayjs().year() - i));
  const select = (
    key: (typeof FILTER_KEYS)[number],
    label: string,
    options: { value: string; label: string }[],
    width = 170,
  ) => (
    <Select
      aria-label={label}
      placeholder={label}
      allowClear
      showSearch={options.length > 10}
      optionFilterProp="label"
      style={{ width }}
      value={params.get(key) ?? undefined}
      onChange={(value?: string) => set(key, value)}
      options={options}
    />
  );
  const data = query.data;

  return (
    <PublicFrame title={t("publicCatalogue.title")} wide>
      <Card variant="outlined">
        <Typography.Paragraph>{t("publicCatalogue.intro")}</Typography.Paragraph>
        <ResponsiveFilters
          label={t("publicCatalogue.filters")}
          activeCount={active}
          onClear={() => setParams(new URLSearchParams(), { replace: true })}
          always={
            <SearchInput
              value={params.get("q") ?? ""}
              onSearch={(value) => set("q", value)}
              label={t("publicCatalogue.search")}
              placeholder={t("publicCatalogue.searchPlaceholder")}
            />
          }
        >
          {select(
            "provinceId",
            t("publicCatalogue.province"),
            (provinces.data?.items ?? []).map((p) => ({ value: p.id, label: p.name })),
            200,
          )}
          {select(
            "regionCode",
            t("publicCatalogue.region"),
            regionCodes.map((code) => ({ value: code, label: regionLabels[code].vi })),
            200,
          )}
          {select(
            "productGroup",
            t("publicCatalogue.group"),
            productGroupCodes.map((code) => ({ value: code, label: productGroupLabels[code] })),
            200,
          )}
          {select(
            "level",
            t("publicCatalogue.level"),
            selectionLevelCodes.map((code) => ({ value: code, label: selectionLevelLabels[code] })),
            140,
          )}
          {select(
            "year",
            t("publicCatalogue.year"),
            years.map((y) => ({ value: y, label: y })),
            100,
          )}
          {select(
            "status",
            t("publicCatalogue.validity"),
            [
              { value: "VALID", label: t("publicVerify.valid") },
              { value: "EXPIRED", label: t("publicVerify.expired") },
              { value: "REVOKED", label: t("publicVerify.revoked") },
            ],
            200,
          )}
        </ResponsiveFilters>
        {query.error ? <ErrorAlert error={query.error} /> : null}
        {data ? (
          <>
            <Typography.Paragraph type="secondary" style={{ margin: "12px 0" }} aria-live="polite">
              {t(data.totalExact ? "publicCatalogue.count" : "publicCatalogue.countMore", {
                n: formatNumber(data.total),
              })}
            </Typography.Paragraph>
            {data.items.length === 0 ? (
              <Empty
                description={
                  active || params.get("q") ? t("publicCatalogue.emptyTitle") : t("publicCatalogue.empty")
                }
              />
            ) : (
              <Row gutter={[16, 16]}>
                {data.items.map((item) => (
                  <Col key={item.publicId} xs={24} sm={12} lg={8} xl={6}>
                    <ProductCard item={item} />
                  </Col>
                ))}
              </Row>
            )}
            {data.total > data.pageSize ? (
              <Pagination
                style={{ marginTop: 16, textAlign: "center" }}
                current={data.page}
                pageSize={data.pageSize}
                total={data.total}
                showSizeChanger={false}
                onChange={(page) => set("page", String(page))}
              />
            ) : null}
          </>
        ) : query.isPending ? (
          <Alert type="info" message={t("publicVerify.loading")} />
        ) : null}
      </Card>
    </PublicFrame>
  );
}
