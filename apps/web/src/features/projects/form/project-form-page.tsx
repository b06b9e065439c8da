import { Result } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { BackToList } from "../../../components/back-to-list";
import { PageHeader } from "../../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { isApiError } from "../../../lib/api";
import { useProject } from "../api";
import { PROJECTS_PATH } from "../paths";
import { ProjectForm } from "./project-form";

/** `/app/de-an/moi`: propose a new project (it starts as a draft). */
export function NewProjectPage() {
  const { t } = useTranslation();
  return (
    <>
      <BackToList listPath={PROJECTS_PATH} label={t("projects.backToList")} />
      <PageHeader title={t("projectForm.createTitle")} description={t("projectForm.createHint")} />
      <ProjectForm />
    </>
  );
}

/** `/app/de-an/:id/sua`: edit the dossier, only while the project page offers it (`actions.edit`). */
export function EditProjectPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const project = useProject(id);

  if (project.isPending) return <LoadingSkeleton />;
  if (project.isError) {
    if (isApiError(project.error) && project.error.status === 404) {
      return (
        <Result
          status="404"
          title={t("projects.notFoundTitle")}
          subTitle={t("projects.notFound")}
          extra={<BackToList listPath={PROJECTS_PATH} label={t("projects.backToList")} />}
        />
      );
    }
    return <ErrorState error={project.error} onRetry={() => void project.refetch()} />;
  }
  const detail = project.data;
  if (!detail.actions.edit) {
    return <Result status="403" title={t("errors.forbiddenTitle")} subTitle={t("projectForm.notEditable")} />;
  }
  return (
    <>
      <BackToList listPath={PROJECTS_PATH} label={t("projects.backToList")} />
      <PageHeader title={t("projectForm.editTitle", { code: detail.code })} description={detail.title} />
      <ProjectForm key={detail.id} detail={detail} reload={async () => (await project.refetch()).data} />
    </>
  );
}
