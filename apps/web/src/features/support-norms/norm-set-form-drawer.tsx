import { confidenceCodes, foldForSearch, fundingLevelCodes, todayInVietnam } from "@kc/domain";
import {
  Alert,
  App,
  AutoComplete,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from "antd";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SupportNormSet } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { isApiError } from "../../lib/api";
import { DATE_FORMAT, toIsoDate } from "../../lib/format";
import { foldedSelectSearch } from "../../lib/text";
import { useProvinceOptions } from "../admin-units/api";
import { useLegalDocuments } from "../legal-documents/api";
import { useCreateSupportNormSet, useSupportNormSet, useSupportNormSets } from "./api";
import {
  formFieldOf,
  ID_PATTERN,
  initialValues,
  limits,
  type NormSetFormValues,
  toInput,
} from "./form-values";
import { NormRowsField } from "./norm-rows-field";

/** A document is found by its code as well as by its number and title. */
const documentSearch = {
  filterOption: (input: string, option?: { value?: unknown; label?: unknown }) =>
    foldForSearch(`${String(option?.value ?? "")} ${String(option?.label ?? "")}`).includes(
      foldForSearch(input),
    ),
};

type NormSetFormDrawerProps = {
  /** The set the new version starts from; null keeps the drawer closed. */
  baseId: string | null;
  onClose: () => void;
  onCreated: (id: string) => void;
};

const sameSeries = (a: SupportNormSet, b: SupportNormSet) =>
  a.fundingLevel === b.fundingLevel &&
  a.provinceId === b.provinceId &&
  a.legalDocumentKey === b.legalDocumentKey;

/**
 * The rows a new version starts from: the base's own, or — when the base is still empty, as the 2018 set is
 * shipped — those of the latest earlier set of the same funding level and province that has rows.
 */
function rowsSourceId(base: SupportNormSet, all: readonly SupportNormSet[]): string {
  if (base.normCount > 0) return base.id;
  const earlier = all
    .filter(
      (set) =>
        set.fundingLevel === base.fundingLevel &&
        set.provinceId === base.provinceId &&
        set.normCount > 0 &&
        set.validFrom <= base.validFrom,
    )
    .sort((a, b) =>
      a.validFrom === b.validFrom ? b.version - a.version : b.validFrom.localeCompare(a.validFrom),
    );
  return earlier[0]?.id ?? base.id;
}

/** A new version of the norms, pre-filled from an existing set (STYLE rule 3: the server re-checks everything). */
export function NormSetFormDrawer({ baseId, onClose, onCreated }: NormSetFormDrawerProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<NormSetFormValues>();
  const create = useCreateSupportNormSet();
  const all = useSupportNormSets({ page: 1, pageSize: 200 });
  const base = useSupportNormSet(baseId);
  const rowsId = base.data && all.data ? rowsSourceId(base.data, all.data.items) : null;
  const rowsFrom = useSupportNormSet(rowsId !== null && rowsId !== baseId ? rowsId : null);
  const rowsSet = rowsId === baseId ? base.data : rowsFrom.data;
  const ready = Boolean(base.data && all.data && rowsSet);

  const fundingLevel = Form.useWatch("fundingLevel", form);
  const validFrom = Form.useWatch("validFrom", form);
  const provinces = useProvinceOptions(toIsoDate(validFrom) ?? todayInVietnam());
  const documents = useLegalDocuments({ page: 1, pageSize: 200 });
  const documentOptions = useMemo(
    () => (documents.data?.items ?? []).map((d) => ({ value: d.id, label: `${d.number} — ${d.title}` })),
    [documents.data],
  );

  // Fill the form once per opening, when the base and the rows to copy have arrived.
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-filling on refetch would wipe the user's edits.
  useEffect(() => {
    if (!ready || !base.data || !all.data || !rowsSet) return;
    const series = all.data.items.filter((set) => base.data && sameSeries(set, base.data));
    const nextVersion = Math.max(base.data.version, ...series.map((set) => set.version)) + 1;
    create.reset();
    form.resetFields();
    form.setFieldsValue(initialValues(base.data, rowsSet.norms, nextVersion));
  }, [ready, baseId]);

  // Enter in a field may submit twice; only the first submission is sent.
  const busy = useRef(false);
  const submit = (values: NormSetFormValues) => {
    if (busy.current) return;
    busy.current = true;
    create.mutate(toInput(values), {
      onSettled: () => {
        busy.current = false;
      },
      onSuccess: (created) => {
        void message.success(t("supportNorms.form.created", { label: created.labelVi }));
        onCreated(created.id);
      },
      onError: (error) => {
        if (!isApiError(error)) return;
        form.setFields(
          error.errors.flatMap((item) => {
            const name = formFieldOf(item.path);
            return name ? [{ name, errors: [item.message] }] : [];
          }),
        );
      },
    });
  };

  // The server's sentence goes on top; field errors go to their fields, the others are listed under it.
  const apiError = isApiError(create.error) ? create.error : null;
  const unplaced = apiError?.errors.filter((e) => !formFieldOf(e.path)) ?? [];
  const loadError = base.error ?? all.error ?? rowsFrom.error;

  return (
    <Drawer
      open={baseId !== null}
      onClose={onClose}
      size={1280}
      title={t("supportNorms.form.title")}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t("common.cancel")}</Button>
          <Button type="primary" loading={create.isPending} disabled={!ready} onClick={() => form.submit()}>
            {t("supportNorms.form.submit")}
          </Button>
        </Flex>
      }
    >
      {loadError ? (
        <ErrorState error={loadError} />
      ) : !ready ? (
        <LoadingSkeleton />
      ) : (
        <Flex vertical gap={16}>
          <Alert type="info" showIcon title={t("supportNorms.form.hint")} />
          {rowsSet && rowsSet.id !== baseId ? (
            <Alert
              type="warning"
              showIcon
              title={t("supportNorms.form.copiedFrom", { label: rowsSet.labelVi })}
            />
          ) : null}
          {apiError ? (
            <Alert
              type="error"
              showIcon
              title={apiError.displayMessage}
              description={
                unplaced.length > 0 ? (
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {unplaced.map((e) => (
                      <li key={`${e.path}:${e.message}`}>{e.message}</li>
                    ))}
                  </ul>
                ) : undefined
              }
            />
          ) : create.error ? (
            <ErrorAlert error={create.error} />
          ) : null}
          <Form<NormSetFormValues> form={form} name="support-norm-set" layout="vertical" onFinish={submit}>
            <Row gutter={16}>
              <Col xs={24} md={8}>
                <Form.Item
                  label={t("supportNorms.form.id")}
                  name="id"
                  extra={t("supportNorms.form.idHint")}
                  rules={[
                    { required: true, whitespace: true, message: t("supportNorms.form.idRequired") },
                    { pattern: ID_PATTERN, message: t("supportNorms.form.idPattern") },
                  ]}
                >
                  <Input maxLength={limits.id} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col xs={12} md={4}>
                <Form.Item label={t("supportNorms.form.version")} name="version" rules={[{ required: true }]}>
                  <InputNumber min={1} precision={0} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  label={t("supportNorms.form.label")}
                  name="labelVi"
                  rules={[
                    { required: true, whitespace: true, message: t("supportNorms.form.labelRequired") },
                  ]}
                >
                  <Input maxLength={limits.label} />
                </Form.Item>
              </Col>
              <Col xs={24} md={12}>
                <Form.Item
                  label={t("supportNorms.form.legalDocument")}
                  name="legalDocumentKey"
                  extra={t("supportNorms.form.legalDocumentHint")}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t("supportNorms.form.legalDocumentRequired"),
                    },
                  ]}
                >
                  <AutoComplete options={documentOptions} maxLength={64} showSearch={documentSearch} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label={t("supportNorms.form.funding")}
                  name="fundingLevel"
                  rules={[{ required: true }]}
                >
                  <Select
                    options={fundingLevelCodes.map((code) => ({
                      value: code,
                      label: t(`supportNorms.fundingLevels.${code}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              {fundingLevel === "KCDP" ? (
                <Col xs={12} md={6}>
                  <Form.Item
                    label={t("supportNorms.form.province")}
                    name="provinceId"
                    rules={[{ required: true, message: t("supportNorms.form.provinceRequired") }]}
                  >
                    <Select
                      showSearch={foldedSelectSearch}
                      loading={provinces.isPending}
                      options={provinces.options}
                    />
                  </Form.Item>
                </Col>
              ) : null}
              <Col xs={12} md={6}>
                <Form.Item
                  label={t("supportNorms.form.validFrom")}
                  name="validFrom"
                  rules={[{ required: true, message: t("supportNorms.form.validFromRequired") }]}
                >
                  <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label={t("supportNorms.form.validTo")}
                  name="validTo"
                  extra={t("supportNorms.form.validToHint")}
                  dependencies={["validFrom"]}
                  rules={[
                    ({ getFieldValue }) => ({
                      validator: async (_rule, value) => {
                        const from = toIsoDate(getFieldValue("validFrom"));
                        const to = toIsoDate(value);
                        if (from && to && to < from)
                          throw new Error(t("supportNorms.form.validToBeforeFrom"));
                      },
                    }),
                  ]}
                >
                  <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} allowClear />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label={t("supportNorms.form.confidence")}
                  name="confidence"
                  rules={[{ required: true }]}
                >
                  <Select
                    options={confidenceCodes.map((code) => ({
                      value: code,
                      label: t(`confidence.${code}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item
                  label={t("supportNorms.form.datesConfidence")}
                  name="datesConfidence"
                  rules={[{ required: true }]}
                >
                  <Select
                    options={confidenceCodes.map((code) => ({
                      value: code,
                      label: t(`confidence.${code}`),
                    }))}
                  />
                </Form.Item>
              </Col>
              <Col span={24}>
                <Form.Item label={t("supportNorms.form.note")} name="noteVi">
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={limits.note} />
                </Form.Item>
              </Col>
            </Row>
            <Typography.Title level={3} style={{ fontSize: 16 }}>
              {t("supportNorms.form.norms")}
            </Typography.Title>
            <NormRowsField />
          </Form>
        </Flex>
      )}
    </Drawer>
  );
}
