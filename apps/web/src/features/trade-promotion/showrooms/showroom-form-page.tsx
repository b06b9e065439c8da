import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { useShowroom } from "./api";
import { SHOWROOMS_PATH } from "./paths";
import { ShowroomForm } from "./showroom-form";

/** `/app/xuc-tien-thuong-mai/phong-trung-bay/moi`. */
export function NewShowroomPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList listPath={SHOWROOMS_PATH} label={t("showrooms.backToList")} />
      <PageHeader title={t("showrooms.createTitle")} />
      <ShowroomForm />
    </>
  );
}

/** `/app/xuc-tien-thuong-mai/phong-trung-bay/:id/sua`. */
export function EditShowroomPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const showroom = useShowroom(id);
  if (showroom.isPending) return <LoadingSkeleton />;
  if (showroom.isError) {
    if (isApiError(showroom.error) && showroom.error.status === 404) {
      return <Result status="404" title={t("showrooms.notFoundTitle")} subTitle={t("showrooms.notFound")} />;
    }
    return <ErrorState error={showroom.error} onRetry={() => void showroom.refetch()} />;
  }
  if (!showroom.data.canEdit) return <Result status="403" title={t("errors.forbiddenTitle")} />;
  return (
    <>
      <BackToList listPath={SHOWROOMS_PATH} label={t("showrooms.backToList")} />
      <PageHeader title={t("showrooms.editTitle", { name: showroom.data.name })} />
      <ShowroomForm
        key={`${showroom.data.id}-${showroom.data.version}`}
        showroom={showroom.data}
        reload={showroom.refetch}
      />
    </>
  );
}
