import { Alert, App, Col, DatePicker, Form, Input, Modal, Row } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { third } from "../../components/form-columns";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../lib/format";
import { showServerFieldErrors } from "../selection/rounds/server-field-errors";
import { type Certificate, useRevokeCertificate } from "./api";

type Values = { revokedOn: Dayjs; decisionNumber: string; decisionOn: Dayjs; reason: string };

/** Revokes a certificate by the revoking decision (S8), at the version the page read (409 if it moved). */
export function RevokeCertificateModal({
  certificate,
  onClose,
}: {
  certificate: Pick<Certificate, "id" | "number" | "version">;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const revoke = useRevokeCertificate(certificate.id);
  const required = [{ required: true, message: t("certificates.required") }];

  const submit = (v: Values) =>
    revoke.mutate(
      {
        version: certificate.version,
        revokedOn: toIsoDate(v.revokedOn) ?? "",
        decisionNumber: v.decisionNumber,
        decisionOn: toIsoDate(v.decisionOn) ?? "",
        reason: v.reason,
      },
      {
        onSuccess: () => {
          void message.success(t("certificates.revoke.done"));
          onClose();
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    );

  return (
    <Modal
      open
      title={t("certificates.revoke.title", { number: certificate.number })}
      okText={t("certificates.revoke.confirm")}
      okButtonProps={{ danger: true }}
      onOk={() => form.submit()}
      confirmLoading={revoke.isPending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      <Alert
        type="warning"
        showIcon
        message={t("certificates.revoke.warning")}
        style={{ marginBottom: 12 }}
      />
      {revoke.error ? <ErrorAlert error={revoke.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ revokedOn: todayDayjs(), decisionOn: todayDayjs() }}
      >
        <Row gutter={12}>
          <Col {...third}>
            <Form.Item label={t("certificates.revoke.decisionNumber")} name="decisionNumber" rules={required}>
              <Input maxLength={80} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label={t("certificates.revoke.decisionOn")} name="decisionOn" rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item label={t("certificates.revoke.revokedOn")} name="revokedOn" rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("certificates.revoke.reason")} name="reason" rules={required}>
          <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
