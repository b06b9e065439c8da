import { isValidReportPeriod, type ReportPeriodKind, reportPeriodLabelVi } from "@kc/domain";
import { Form, InputNumber, Modal, Select } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ErrorAlert } from "../../components/error-alert";
import { useProvinceOptions } from "../admin-units/api";
import { type ReportTemplate, useOpenReport } from "./api";
import { reportPath } from "./paths";

type Values = { templateId?: string; provinceId?: string; year?: number; index?: number };

/** The periods of a kind in a year (quý 1–4, 6 tháng đầu/cuối năm, năm, tháng chốt số 1–12), by the domain's rule. */
function periodOptions(kind: ReportPeriodKind | undefined, year: number) {
  if (!kind) return [];
  return Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((index) => isValidReportPeriod(kind, { year, index }))
    .map((index) => ({ value: index, label: reportPeriodLabelVi(kind, { year, index }) }));
}

/**
 * The provinces that existed at some time in the year: a report for a year before the 2025 mergers is the former
 * province's (Đồng Tháp before 7/2025), one for a later year the new one's; the server keeps to the caller's scope.
 */
function useProvincesOfYear(year: number) {
  const start = useProvinceOptions(`${year}-01-01`);
  const end = useProvinceOptions(`${year}-12-31`);
  const seen = new Set<string>();
  return [...start.options, ...end.options].filter(
    (option) => !seen.has(option.value) && seen.add(option.value),
  );
}

/**
 * "Mở báo cáo": the province's officer chooses a template and a period; the server pre-fills the draft and the
 * page opens on it. A period outside the template's validity, one not yet begun or a report already opened is
 * refused by the server with its Vietnamese message, shown above the fields.
 */
export function OpenReportModal(props: {
  open: boolean;
  onClose: () => void;
  provinceId: string;
  templates: ReportTemplate[];
  defaultYear: number;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const opening = useOpenReport();
  const templateId = Form.useWatch("templateId", form);
  const year = Form.useWatch("year", form) ?? props.defaultYear;
  const kind = props.templates.find((template) => template.id === templateId)?.periodKind;
  const provinces = useProvincesOfYear(year);

  const submit = async (values: Values) => {
    if (!values.templateId || !values.provinceId || !values.year || !values.index) return;
    const report = await opening
      .mutateAsync({
        templateId: values.templateId,
        provinceId: values.provinceId,
        year: values.year,
        index: values.index,
      })
      .catch(() => null);
    if (report) navigate(reportPath(report.id));
  };
  const close = () => {
    opening.reset();
    props.onClose();
  };

  return (
    <Modal
      open={props.open}
      title={t("reports.open.title")}
      okText={t("reports.open.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={opening.isPending}
      onOk={() => form.submit()}
      onCancel={close}
      destroyOnHidden
    >
      {opening.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={opening.error} />
        </div>
      ) : null}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ year: props.defaultYear, provinceId: props.provinceId }}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed) => {
          if ("templateId" in changed) form.setFieldValue("index", undefined);
        }}
      >
        <Form.Item
          name="templateId"
          label={t("reports.open.template")}
          rules={[{ required: true, message: t("reports.open.templateRequired") }]}
        >
          <Select
            options={props.templates.map((template) => ({
              value: template.id,
              label: `${template.titleVi} (${t("reports.open.version", { version: template.version })})`,
            }))}
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t("reports.open.year")}
          rules={[{ required: true, message: t("reports.open.yearRequired") }]}
        >
          <InputNumber min={2000} max={2100} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item
          name="provinceId"
          label={t("reports.open.province")}
          extra={t("reports.open.provinceHint")}
          rules={[{ required: true, message: t("reports.open.provinceRequired") }]}
        >
          <Select showSearch optionFilterProp="label" options={provinces} />
        </Form.Item>
        <Form.Item
          name="index"
          label={t("reports.open.period")}
          rules={[{ required: true, message: t("reports.open.periodRequired") }]}
        >
          <Select disabled={!kind} options={periodOptions(kind, year)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
