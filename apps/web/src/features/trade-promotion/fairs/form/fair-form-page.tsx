import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { refusalText } from "../../../../components/action-button";
import { BackToList } from "../../../../components/back-to-list";
import { PageHeader } from "../../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../../components/query-state";
import { isApiError } from "../../../../lib/api";
import { useAdminUnit } from "../../../admin-units/api";
import { useFair } from "../api";
import { FAIRS_PATH } from "../paths";
import { FairForm } from "./fair-form";
import { toFairFormValues } from "./form-values";

/** `/app/hoi-cho-trien-lam/moi`: record a fair. */
export function NewFairPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList listPath={FAIRS_PATH} label={t("fairs.backToList")} />
      <PageHeader title={t("fairs.form.createTitle")} />
      <FairForm />
    </>
  );
}

/** `/app/hoi-cho-trien-lam/:id/sua`: edit, when the fair's `actions.update` allows it. */
export function EditFairPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const fair = useFair(id);
  // A commune venue is shown under its province: the commune's parent, read once.
  const venueId = fair.data?.venueUnitId ?? null;
  const venue = useAdminUnit(venueId?.startsWith("XA-") ? venueId : null);

  if (fair.isPending || (venueId?.startsWith("XA-") && venue.isPending)) return <LoadingSkeleton />;
  if (fair.isError) {
    if (isApiError(fair.error) && fair.error.status === 404) {
      return <Result status="404" title={t("fairs.notFoundTitle")} subTitle={t("fairs.notFound")} />;
    }
    return <ErrorState error={fair.error} onRetry={() => void fair.refetch()} />;
  }
  const detail = fair.data;
  const update = detail.actions.update;
  if (!update?.available) {
    const reason = update ? refusalText(update) : t("fairs.forbiddenEdit");
    return <Result status="403" title={t("errors.forbiddenTitle")} subTitle={reason} />;
  }
  return (
    <>
      <BackToList listPath={FAIRS_PATH} label={t("fairs.backToList")} />
      <PageHeader title={t("fairs.form.editTitle", { name: detail.name })} />
      <FairForm
        key={`${detail.id}:${detail.version}`}
        detail={detail}
        initialValues={toFairFormValues(detail, venue.data?.parentId ?? null)}
        reload={() => fair.refetch()}
      />
    </>
  );
}
