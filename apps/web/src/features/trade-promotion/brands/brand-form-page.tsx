import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { useBrandSupport } from "./api";
import { BrandForm } from "./brand-form";
import { BRANDS_PATH } from "./paths";

/** `/app/xuc-tien-thuong-mai/thuong-hieu/moi`. */
export function NewBrandPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList listPath={BRANDS_PATH} label={t("brands.backToList")} />
      <PageHeader title={t("brands.createTitle")} />
      <BrandForm />
    </>
  );
}

/** `/app/xuc-tien-thuong-mai/thuong-hieu/:id/sua`. */
export function EditBrandPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const brand = useBrandSupport(id);
  if (brand.isPending) return <LoadingSkeleton />;
  if (brand.isError) {
    if (isApiError(brand.error) && brand.error.status === 404) {
      return <Result status="404" title={t("brands.notFoundTitle")} subTitle={t("brands.notFound")} />;
    }
    return <ErrorState error={brand.error} onRetry={() => void brand.refetch()} />;
  }
  if (!brand.data.canEdit) return <Result status="403" title={t("errors.forbiddenTitle")} />;
  return (
    <>
      <BackToList listPath={BRANDS_PATH} label={t("brands.backToList")} />
      <PageHeader title={t("brands.editTitle", { name: brand.data.brandName })} />
      <BrandForm key={`${brand.data.id}-${brand.data.version}`} brand={brand.data} reload={brand.refetch} />
    </>
  );
}
