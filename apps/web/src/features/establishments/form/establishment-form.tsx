import { App, Button, Flex, Form } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { EstablishmentDetail } from "../../../api/types";
import { useBackToList } from "../../../components/back-to-list";
import { FormRefusals } from "../../../components/form-refusals";
import { ApiError, isApiError } from "../../../lib/api";
import { useCurrentUser } from "../../auth/current-user";
import { useCreateEstablishment, useUpdateEstablishment } from "../api";
import { ESTABLISHMENTS_PATH, establishmentPath } from "../paths";
import { AddressSection, IdentitySection, type TaxCodeConflict } from "./form-sections";
import { ContactsSection, IndustriesSection } from "./form-sections-more";
import {
  communeLabels,
  type FormValues,
  fieldPathOf,
  toCreateBody,
  toFormValues,
  toPatchBody,
} from "./form-values";
import { SitesField } from "./sites-field";
import { YearDataField } from "./year-data-field";

const TAX_CODE_TAKEN = "ESTABLISHMENT_TAX_CODE_TAKEN";

type EstablishmentFormProps = {
  /** The record to edit; none to create one. */
  detail?: EstablishmentDetail;
  /** Province name → id, to place existing production sites in the province → commune cascade. */
  provinceIdByName: Map<string, string>;
  /** Fetches the record again after a version conflict. */
  reload?: () => Promise<EstablishmentDetail | undefined>;
};

function existingIdOf(error: ApiError): string | null {
  const body = error.body as { existingId?: unknown } | undefined;
  return typeof body?.existingId === "string" ? body.existingId : null;
}

/**
 * The establishment form (create and edit). Client rules catch the obvious; the server is the authority: its
 * field errors land on the fields, a taken tax code on the tax-code field (with a link to the record that has
 * it), and a version conflict offers to reload.
 */
export function EstablishmentForm({ detail, provinceIdByName, reload }: EstablishmentFormProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const location = useLocation();
  const backToList = useBackToList(ESTABLISHMENTS_PATH);
  const me = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const create = useCreateEstablishment();
  const update = useUpdateEstablishment();
  const fixedProvinceId = me.scope.kind === "PROVINCE" ? (me.scope.provinceId ?? undefined) : undefined;
  const [base, setBase] = useState(() => ({
    values: detail
      ? toFormValues(detail, provinceIdByName)
      : ({
          subjectClass: "CNNT",
          provinceId: fixedProvinceId,
          sites: [],
          industries: [],
          vsicCodes: [],
          yearData: [],
        } as FormValues),
    version: detail?.version ?? 0,
    labels: detail ? communeLabels(detail) : {},
  }));
  const [taxConflict, setTaxConflict] = useState<TaxCodeConflict | null>(null);
  const [conflict, setConflict] = useState(false);
  const [generalError, setGeneralError] = useState<unknown>(null);
  const [reloading, setReloading] = useState(false);
  const pending = create.isPending || update.isPending;

  const onError = (values: FormValues) => (error: Error) => {
    if (!isApiError(error)) {
      setGeneralError(error);
      return;
    }
    if (error.code === TAX_CODE_TAKEN) {
      setTaxConflict({
        message: error.detail || t("establishmentForm.taxCodeTaken"),
        existingId: existingIdOf(error),
      });
      form.scrollToField("taxCode", { block: "center" });
      return;
    }
    if (error.code === "VERSION_CONFLICT") {
      setConflict(true);
      return;
    }
    // Errors on fields this form shows go to those fields; the others (and refusals without field errors)
    // are listed above the form.
    const unplaced = error.errors.filter((item) => !fieldPathOf(item.path, values));
    const fields = error.errors.flatMap((item) => {
      const name = fieldPathOf(item.path, values);
      return name ? [{ name, errors: [item.message] }] : [];
    }) as Parameters<typeof form.setFields>[0];
    if (fields.length > 0) {
      form.setFields(fields);
      form.scrollToField(fields[0]?.name ?? "name", { block: "center" });
    }
    if (fields.length === 0) setGeneralError(error);
    else if (unplaced.length > 0) {
      const { status, code, title, requestId, body } = error;
      setGeneralError(
        new ApiError({ status, code, title, detail: error.detail, requestId, body, errors: unplaced }),
      );
    }
  };

  const submit = (values: FormValues) => {
    setGeneralError(null);
    setConflict(false);
    setTaxConflict(null);
    if (!detail) {
      create.mutate(toCreateBody(values), {
        onSuccess: (created) => {
          void message.success(t("establishmentForm.created", { name: created.name }));
          void navigate(establishmentPath(created.id), { replace: true, state: location.state });
        },
        onError: onError(values),
      });
      return;
    }
    const patch = toPatchBody(base.values, values, base.version);
    if (Object.keys(patch).length === 1) {
      void message.info(t("establishmentForm.noChanges"));
      return;
    }
    update.mutate(
      { id: detail.id, ...patch },
      {
        onSuccess: (saved) => {
          void message.success(t("establishmentForm.saved"));
          void navigate(establishmentPath(saved.id), { state: location.state });
        },
        onError: onError(values),
      },
    );
  };

  const reloadLatest = async () => {
    if (!reload) return;
    setReloading(true);
    const latest = await reload().finally(() => setReloading(false));
    if (!latest) return;
    const values = toFormValues(latest, provinceIdByName);
    setBase({ values, version: latest.version, labels: communeLabels(latest) });
    form.resetFields();
    form.setFieldsValue(values);
    setConflict(false);
    setGeneralError(null);
  };

  const cancel = () =>
    void navigate(detail ? establishmentPath(detail.id) : backToList, { state: location.state });

  return (
    <Form<FormValues>
      form={form}
      name="establishment-form"
      layout="vertical"
      requiredMark
      // Centred, so the sticky header does not cover the field.
      scrollToFirstError={{ block: "center" }}
      initialValues={base.values}
      onFinish={submit}
      onValuesChange={(changed: Partial<FormValues>) => {
        if ("taxCode" in changed) setTaxConflict(null);
      }}
    >
      <Flex vertical gap={16}>
        <FormRefusals
          conflict={conflict}
          conflictHint={t("establishmentForm.versionConflictHint")}
          reloading={reloading}
          onReload={() => void reloadLatest()}
          error={generalError}
        />
        <IdentitySection taxConflict={taxConflict} />
        <AddressSection fixedProvinceId={fixedProvinceId} communeLabels={base.labels} />
        <SitesField communeLabels={base.labels} />
        <IndustriesSection />
        <ContactsSection />
        <YearDataField />
        <Flex gap={8} justify="flex-end" wrap className="kc-sticky-actions">
          <Button onClick={cancel}>{t("common.cancel")}</Button>
          <Button type="primary" htmlType="submit" loading={pending}>
            {t("common.save")}
          </Button>
        </Flex>
      </Flex>
    </Form>
  );
}
