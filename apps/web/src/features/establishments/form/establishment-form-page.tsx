import { todayInVietnam } from "@kc/domain";
import { Result } from "antd";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { refusalText } from "../../../components/action-button";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { useProvinceOptions } from "../../admin-units/api";
import { useEstablishment } from "../api";
import { ESTABLISHMENTS_PATH } from "../paths";
import { EstablishmentForm } from "./establishment-form";

/** Province name → id, for placing recorded production sites (which carry names) in the cascade. */
function useProvinceIdsByName() {
  const provinces = useProvinceOptions(todayInVietnam());
  const byName = useMemo(
    () => new Map((provinces.data?.items ?? []).map((unit) => [unit.name, unit.id])),
    [provinces.data],
  );
  return { isPending: provinces.isPending, byName };
}

/** `/app/co-so-cnnt/moi`: a new establishment. */
export function NewEstablishmentPage() {
  const { t } = useTranslation();
  const provinces = useProvinceIdsByName();
  return (
    <>
      <BackToList listPath={ESTABLISHMENTS_PATH} label={t("establishments.backToList")} />
      <PageHeader title={t("establishmentForm.createTitle")} />
      <EstablishmentForm provinceIdByName={provinces.byName} />
    </>
  );
}

/** `/app/co-so-cnnt/:id/sua`: edit, when the record's abilities allow it. */
export function EditEstablishmentPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const establishment = useEstablishment(id);
  const provinces = useProvinceIdsByName();

  if (establishment.isPending || provinces.isPending) return <LoadingSkeleton />;
  if (establishment.isError) {
    if (isApiError(establishment.error) && establishment.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("establishments.notFoundTitle")}
          subTitle={t("establishments.notFound")}
          extra={<BackToList listPath={ESTABLISHMENTS_PATH} label={t("establishments.backToList")} />}
        />
      );
    }
    return <ErrorState error={establishment.error} onRetry={() => void establishment.refetch()} />;
  }
  const detail = establishment.data;
  const update = detail.actions.update;
  if (!update?.available) {
    // Reached by a typed or stale address: the server's reason (archived: restore first) when it has one.
    const reason = update ? refusalText(update) : t("establishments.forbiddenEdit");
    return <Result status="403" title={t("errors.forbiddenTitle")} subTitle={reason} />;
  }

  return (
    <>
      <BackToList listPath={ESTABLISHMENTS_PATH} label={t("establishments.backToList")} />
      <PageHeader title={t("establishmentForm.editTitle", { name: detail.name })} />
      <EstablishmentForm
        key={detail.id}
        detail={detail}
        provinceIdByName={provinces.byName}
        reload={async () => (await establishment.refetch()).data}
      />
    </>
  );
}
