import { Form, Input, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { type ReportDetail, useSubmitReport } from "./api";

/**
 * Sending (or sending again) the report. Failing warnings the template lets the province explain are listed,
 * each with its reason; failing errors and empty cells are refused by the server, whose answer is shown here.
 */
export function SubmitReportModal(props: { report: ReportDetail; open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Record<string, string>>();
  const submitting = useSubmitReport(props.report.id);
  const warnings = props.report.checks.filter((check) => !check.result.ok && check.severity === "WARNING");
  const submit = (values: Record<string, string>) => {
    const acknowledgements = warnings.map((check) => ({
      checkId: check.id,
      reasonVi: values[check.id]?.trim() ?? "",
    }));
    submitting.mutate({ version: props.report.version, acknowledgements }, { onSuccess: props.onClose });
  };
  return (
    <Modal
      open={props.open}
      title={t("reports.submit.title")}
      okText={t("reports.submit.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={submitting.isPending}
      onOk={() => form.submit()}
      onCancel={() => {
        submitting.reset();
        props.onClose();
      }}
      destroyOnHidden
    >
      {submitting.isError ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={submitting.error} />
        </div>
      ) : null}
      <Typography.Paragraph>{t("reports.submit.intro")}</Typography.Paragraph>
      <Form form={form} layout="vertical" onFinish={submit}>
        {warnings.map((check) => (
          <Form.Item
            key={check.id}
            name={check.id}
            label={`${check.result.labelVi} (${t("reports.cell.failing", {
              computed: check.result.computed,
              difference: check.result.difference,
            })})`}
            rules={[{ required: true, whitespace: true, message: t("reports.submit.reasonRequired") }]}
          >
            <Input.TextArea rows={2} maxLength={2000} placeholder={t("reports.submit.reason")} />
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
