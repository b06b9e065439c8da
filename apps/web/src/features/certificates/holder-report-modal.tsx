import { App, Col, Form, Input, InputNumber, Modal, Row } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { half } from "../../components/form-columns";
import { MoneyInput } from "../../components/money-input";
import { showServerFieldErrors } from "../selection/rounds/server-field-errors";
import { type CertificateDetail, useRecordHolderReport } from "./api";

type Values = { year: number; supportReceived?: string; revenue?: string; notes?: string };

/** Records a holder's annual report (R8): once per year, a year within the certificate's validity. */
export function HolderReportModal({
  certificate,
  onClose,
}: {
  certificate: CertificateDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const record = useRecordHolderReport(certificate.id);
  const first = Number(certificate.issuedOn.slice(0, 4));
  const last = Number(certificate.validUntil.slice(0, 4));
  const thisYear = new Date().getFullYear();

  const submit = (v: Values) =>
    record.mutate(
      {
        year: v.year,
        supportReceived: v.supportReceived ?? null,
        revenue: v.revenue ?? null,
        notes: v.notes ?? "",
      },
      {
        onSuccess: () => {
          void message.success(t("certificates.report.done"));
          onClose();
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    );

  return (
    <Modal
      open
      title={t("certificates.report.title")}
      okText={t("certificates.report.confirm")}
      onOk={() => form.submit()}
      confirmLoading={record.isPending}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      {record.error ? <ErrorAlert error={record.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ year: Math.min(Math.max(thisYear, first), last) }}
      >
        <Form.Item
          label={t("certificates.report.year")}
          name="year"
          rules={[{ required: true, message: t("certificates.required") }]}
        >
          <InputNumber min={first} max={last} precision={0} style={{ width: 140 }} />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item label={t("certificates.report.supportReceived")} name="supportReceived">
              <MoneyInput />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("certificates.report.revenue")} name="revenue">
              <MoneyInput />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("certificates.report.notes")} name="notes">
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
