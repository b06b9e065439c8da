import { productGroupCodes, productGroupLabels } from "@kc/domain";
import { App, Checkbox, Form, Input, Modal, Select } from "antd";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { isApiError } from "../../../lib/api";
import { EstablishmentSelect } from "../../projects/form/establishment-select";
import {
  type Entry,
  type EntryInput,
  useEstablishmentSelection,
  useRegisterEntry,
  useUpdateEntry,
} from "./api";

type Values = EntryInput & { lowerCertificateId?: string | null };
const FIELDS = {
  establishmentId: true,
  productName: true,
  productGroup: true,
  description: true,
  lowerCertificateId: true,
  recommendationText: true,
};

/** The lower-level certificates of the chosen establishment (the ones it holds; the server judges validity). */
function CertificateSelect({
  establishmentId,
  ...props
}: {
  establishmentId?: string;
  value?: string | null;
  onChange?: (v: string | null) => void;
}) {
  const { t } = useTranslation();
  const held = useEstablishmentSelection(establishmentId ?? "");
  const options = establishmentId
    ? (held.data?.certificates ?? []).map((c) => ({ value: c.id, label: `${c.number} · ${c.productName}` }))
    : [];
  return (
    <Select
      allowClear
      placeholder={t("selectionEntries.none")}
      options={options}
      loading={held.isFetching}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
    />
  );
}

/** Registers or edits an entry; the server judges S1 and S2 and refuses with the field to correct. */
export function EntryFormModal({
  roundId,
  entry,
  open,
  onClose,
}: {
  roundId: string;
  entry: Entry | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const register = useRegisterEntry(roundId);
  const update = useUpdateEntry(roundId);
  const saving = register.isPending || update.isPending;
  const establishmentId = Form.useWatch("establishmentId", form);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (entry)
      form.setFieldsValue({
        establishmentId: entry.establishmentId,
        productName: entry.productName,
        isSet: entry.isSet,
        productGroup: entry.productGroup,
        description: entry.description,
        lowerCertificateId: entry.lowerCertificate?.id ?? null,
        recommendationText: entry.recommendationText,
        nominatedFromRoundId: entry.nominatedFromRoundId,
      });
  }, [open, entry, form]);

  const submit = async (values: Values) => {
    const input: EntryInput = {
      ...values,
      lowerCertificateId: values.lowerCertificateId ?? null,
      recommendationText: values.recommendationText?.trim() ? values.recommendationText : null,
      nominatedFromRoundId: entry?.nominatedFromRoundId ?? null,
    };
    try {
      if (entry) await update.mutateAsync({ id: entry.id, version: entry.version, entry: input });
      else await register.mutateAsync(input);
      message.success(t("selectionEntries.saved"));
      onClose();
    } catch (error) {
      // Field errors go to their fields ("body.entry.productName" on an edit, "body.productName" on a creation).
      if (!isApiError(error)) return;
      form.setFields(
        error.errors.flatMap((e) => {
          const name = e.path.replace(/^body\.(entry\.)?/u, "");
          return name in FIELDS ? [{ name: name as keyof Values, errors: [e.message] }] : [];
        }),
      );
    }
  };

  return (
    <Modal
      open={open}
      title={entry ? entry.productName : t("selectionEntries.register")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("selectionEntries.save")}
      cancelText={t("selectionEntries.cancel")}
      confirmLoading={saving}
      width={640}
      destroyOnHidden
    >
      {register.error || update.error ? <ErrorAlert error={register.error ?? update.error} /> : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ isSet: false, productGroup: "G1", description: "" }}
      >
        <Form.Item
          name="establishmentId"
          label={t("selectionEntries.establishment")}
          rules={[{ required: true }]}
        >
          <EstablishmentSelect
            initialOption={entry ? { value: entry.establishmentId, label: entry.establishmentName } : null}
          />
        </Form.Item>
        <Form.Item
          name="productName"
          label={t("selectionEntries.product")}
          rules={[{ required: true, max: 300 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item name="isSet" valuePropName="checked">
          <Checkbox>{t("selectionEntries.productSet")}</Checkbox>
        </Form.Item>
        <Form.Item name="productGroup" label={t("selectionEntries.group")} rules={[{ required: true }]}>
          <Select
            options={productGroupCodes.map((code) => ({
              value: code,
              label: `${code}: ${productGroupLabels[code]}`,
            }))}
          />
        </Form.Item>
        <Form.Item name="description" label={t("selectionEntries.description")} rules={[{ max: 4000 }]}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item
          name="lowerCertificateId"
          label={t("selectionEntries.lowerCertificate")}
          extra={t("selectionEntries.lowerCertificateHelp")}
        >
          <CertificateSelect establishmentId={establishmentId} />
        </Form.Item>
        <Form.Item
          name="recommendationText"
          label={t("selectionEntries.recommendation")}
          extra={t("selectionEntries.recommendationHelp")}
        >
          <Input />
        </Form.Item>
      </Form>
    </Modal>
  );
}
