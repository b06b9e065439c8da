import { EditOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Button, Card, Descriptions, Flex, Result, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { formatMoney } from "../../../lib/money";
import { establishmentPath } from "../../establishments/paths";
import { projectPath } from "../../projects/paths";
import { useBrandSupport } from "./api";
import { brandStatusColor } from "./brands-page";
import { BRANDS_PATH, editBrandPath } from "./paths";

/** One supported brand: holder, IP office numbers and dates, cost, support and the norm applied. */
export function BrandDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const brand = useBrandSupport(id);
  if (brand.isPending) return <LoadingSkeleton />;
  if (brand.isError) {
    if (isApiError(brand.error) && brand.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("brands.notFoundTitle")}
          subTitle={t("brands.notFound")}
          extra={<BackToList listPath={BRANDS_PATH} label={t("brands.backToList")} />}
        />
      );
    }
    return <ErrorState error={brand.error} onRetry={() => void brand.refetch()} />;
  }
  const b = brand.data;
  const none = t("common.none");
  const numberAndDate = (number: string | null, date: string | null) =>
    [number, date ? formatDate(date) : null].filter(Boolean).join(" · ") || none;
  return (
    <>
      <BackToList listPath={BRANDS_PATH} label={t("brands.backToList")} />
      <PageHeader
        title={b.brandName}
        tag={<Tag color={brandStatusColor[b.status]}>{b.statusLabel}</Tag>}
        description={`${b.markKindLabel} · ${b.province.name} · ${b.year}`}
        extra={
          b.canEdit ? (
            <Button icon={<EditOutlined />} onClick={() => void navigate(editBrandPath(b.id))}>
              {t("common.edit")}
            </Button>
          ) : null
        }
      />
      <Card variant="outlined">
        <Descriptions column={{ xs: 1, md: 2 }} bordered size="small">
          <Descriptions.Item label={t("brands.holder")}>
            {b.holder ? (
              <Link to={establishmentPath(b.holder.id)}>{b.holder.name}</Link>
            ) : (
              (b.collectiveName ?? none)
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t("brands.members")}>
            {b.members.length === 0 ? (
              none
            ) : (
              <Flex vertical gap={2}>
                {b.members.map((m) => (
                  <Link key={m.id} to={establishmentPath(m.id)}>
                    {m.name}
                  </Link>
                ))}
              </Flex>
            )}
          </Descriptions.Item>
          <Descriptions.Item label={`${t("brands.applicationNumber")} · ${t("brands.applicationDate")}`}>
            {numberAndDate(b.applicationNumber, b.applicationDate)}
          </Descriptions.Item>
          <Descriptions.Item label={`${t("brands.registrationNumber")} · ${t("brands.registrationDate")}`}>
            {numberAndDate(b.registrationNumber, b.registrationDate)}
          </Descriptions.Item>
          <Descriptions.Item label={t("brands.cost")}>{formatMoney(b.cost)}</Descriptions.Item>
          <Descriptions.Item label={t("brands.supportAmountLabel")}>
            {formatMoney(b.supportAmount)}
          </Descriptions.Item>
          <Descriptions.Item label={t("brands.normApplied")}>
            {b.normCode ? `${b.normCode} — ${b.normSetLabel ?? ""}` : t("brands.normUnchecked")}
          </Descriptions.Item>
          <Descriptions.Item label={t("brands.project")}>
            {b.project ? (
              <Link to={projectPath(b.project.id)}>
                {b.project.code} — {b.project.title}
              </Link>
            ) : (
              none
            )}
          </Descriptions.Item>
        </Descriptions>
      </Card>
    </>
  );
}
