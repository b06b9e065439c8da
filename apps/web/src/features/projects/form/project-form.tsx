import { todayInVietnam } from "@kc/domain";
import { App, Button, Flex, Form } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { ProjectDetail } from "../../../api/types";
import { useBackToList } from "../../../components/back-to-list";
import { FormRefusals } from "../../../components/form-refusals";
import { ApiError, isApiError } from "../../../lib/api";
import { useCurrentUser } from "../../auth/current-user";
import { useCreateProject, useUpdateProject } from "../api";
import { PROJECTS_PATH, projectPath } from "../paths";
import { BeneficiariesField } from "./beneficiaries-field";
import { EstimateLinesField } from "./estimate-lines-field";
import { GeneralSection } from "./form-general-section";
import { ImplementerSection } from "./form-implementer-section";
import {
  type FormValues,
  fieldPathOf,
  knownLabels,
  newFormValues,
  toFormValues,
  toProjectInput,
} from "./form-values";
import { IndicatorsField } from "./indicators-field";
import { SitesField } from "./sites-field";

type ProjectFormProps = {
  /** The project to edit; none to propose a new one. */
  detail?: ProjectDetail;
  /** Fetches the project again after a version conflict. */
  reload?: () => Promise<ProjectDetail | undefined>;
};

/**
 * The project dossier form (create and edit). Client rules catch the obvious; the server is the authority: its
 * field errors land on the fields, the others are listed above the form, and a version conflict offers to reload.
 */
export function ProjectForm({ detail, reload }: ProjectFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const backToList = useBackToList(PROJECTS_PATH);
  const me = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateProject();
  const update = useUpdateProject();
  const fixedProvinceId = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? undefined) : undefined;
  const [base, setBase] = useState(() => ({
    values: detail
      ? toFormValues(detail)
      : newFormValues({
          provinceId: fixedProvinceId ?? null,
          organisation: me.organisation,
          planYear: Number(todayInVietnam().slice(0, 4)) + 1,
        }),
    version: detail?.version ?? 0,
    labels: detail
      ? knownLabels(detail)
      : {
          ...knownLabels(undefined),
          implementer: me.organisation ? { value: me.organisation.id, label: me.organisation.name } : null,
        },
  }));
  const [conflict, setConflict] = useState(false);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const pending = create.isPending || update.isPending;

  const onError = (error: Error) => {
    if (!isApiError(error)) {
      setGeneralError(error);
      return;
    }
    if (error.code === "VERSION_CONFLICT") {
      setConflict(true);
      return;
    }
    const placed = error.errors.flatMap((item) => {
      const name = fieldPathOf(item.path);
      return name ? [{ name, errors: [item.message] }] : [];
    });
    const unplaced = error.errors.filter((item) => !fieldPathOf(item.path));
    if (placed.length > 0) form.setFields(placed as Parameters<typeof form.setFields>[0]);
    if (placed.length === 0) setGeneralError(error);
    else if (unplaced.length > 0) {
      const { status, code, title, requestId, body } = error;
      setGeneralError(
        new ApiError({ status, code, title, detail: error.detail, requestId, body, errors: unplaced }),
      );
    }
    if (placed[0]) form.scrollToField(placed[0].name, { block: "center" });
  };

  const submit = (values: FormValues) => {
    setGeneralError(null);
    setConflict(false);
    // The whole store, not only the registered fields: it keeps what the form does not show (coordinating
    // organisations, the cap units of estimate lines).
    const input = toProjectInput({ ...(form.getFieldsValue(true) as FormValues), ...values });
    if (!detail) {
      create.mutate(input, {
        onSuccess: (created) => {
          void message.success(t("projectForm.created", { code: created.code }));
          void navigate(projectPath(created.id), { replace: true, state: location.state });
        },
        onError,
      });
      return;
    }
    update.mutate(
      { id: detail.id, version: base.version, project: input },
      {
        onSuccess: (saved) => {
          void message.success(t("projectForm.saved"));
          void navigate(projectPath(saved.id), { state: location.state });
        },
        onError,
      },
    );
  };

  const reloadLatest = async () => {
    if (!reload) return;
    setReloading(true);
    const latest = await reload().finally(() => setReloading(false));
    if (!latest) return;
    const values = toFormValues(latest);
    setBase({ values, version: latest.version, labels: knownLabels(latest) });
    form.resetFields();
    form.setFieldsValue(values);
    setConflict(false);
    setGeneralError(null);
  };

  const cancel = () => void navigate(detail ? projectPath(detail.id) : backToList, { state: location.state });

  return (
    <Form<FormValues>
      form={form}
      name="project-form"
      layout="vertical"
      requiredMark
      scrollToFirstError={{ block: "center" }}
      initialValues={base.values}
      onFinish={submit}
    >
      <Flex vertical gap={16}>
        <FormRefusals
          conflict={conflict}
          conflictHint={t("projectForm.versionConflictHint")}
          reloading={reloading}
          onReload={() => void reloadLatest()}
          error={generalError}
        />
        <GeneralSection fixedProvinceId={fixedProvinceId} />
        <ImplementerSection
          initialImplementer={base.labels.implementer}
          initialCoordinators={base.labels.coordinators}
        />
        <BeneficiariesField labels={base.labels.establishments} />
        <SitesField communeLabels={base.labels.communes} />
        <EstimateLinesField />
        <IndicatorsField />
        <Flex gap={8} justify="flex-end" wrap className="kc-sticky-actions">
          <Button onClick={cancel}>{t("common.cancel")}</Button>
          {/* Not a submit button: Enter in a date picker confirms the date, it must not send the form. */}
          <Button type="primary" loading={pending} onClick={() => form.submit()}>
            {detail ? t("common.save") : t("projectForm.createSubmit")}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
