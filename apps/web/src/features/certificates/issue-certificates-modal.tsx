import { App, Checkbox, Col, DatePicker, Form, Input, Modal, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { half } from "../../components/form-columns";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../lib/format";
import { showServerFieldErrors } from "../selection/rounds/server-field-errors";
import { type RecognisedEntry, useIssueCertificates } from "./api";

type Values = {
  entryIds: string[];
  decisionNumber: string;
  decisionOn: Dayjs;
  decisionSigner: string;
  issuedOn: Dayjs;
};

/**
 * Issues the certificates of recognised products under the approver's recognition decision (Art. 17–18): which
 * products (all those still without one, by default), the decision's number, date and signer, and the issue date.
 * Opened only when the server offers the action; it checks the same rule again.
 */
export function IssueCertificatesModal({
  roundId,
  pending,
  onClose,
}: {
  roundId: string;
  pending: RecognisedEntry[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const issue = useIssueCertificates(roundId);
  const required = [{ required: true, message: t("certificates.required") }];

  const submit = (v: Values) =>
    issue.mutate(
      {
        entryIds: v.entryIds,
        decisionNumber: v.decisionNumber,
        decisionOn: toIsoDate(v.decisionOn) ?? "",
        decisionSigner: v.decisionSigner,
        issuedOn: toIsoDate(v.issuedOn) ?? "",
      },
      {
        onSuccess: (answer) => {
          void message.success(t("certificates.issue.done", { count: answer.items.length }));
          onClose();
        },
        onError: (error) => showServerFieldErrors(form, error),
      },
    );

  return (
    <Modal
      open
      title={t("certificates.issue.title")}
      okText={t("certificates.issue.confirm")}
      onOk={() => form.submit()}
      confirmLoading={issue.isPending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {issue.error ? <ErrorAlert error={issue.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{
          entryIds: pending.map((entry) => entry.entryId),
          decisionOn: todayDayjs(),
          issuedOn: todayDayjs(),
        }}
      >
        <Form.Item label={t("certificates.issue.entries")} name="entryIds" rules={required}>
          <Checkbox.Group style={{ display: "flex", flexDirection: "column", gap: 4 }}>
            {pending.map((entry) => (
              <Checkbox key={entry.entryId} value={entry.entryId}>
                {entry.productName} — {entry.establishmentName}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item label={t("certificates.issue.decisionNumber")} name="decisionNumber" rules={required}>
              <Input maxLength={80} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("certificates.issue.decisionOn")} name="decisionOn" rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("certificates.issue.decisionSigner")} name="decisionSigner" rules={required}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("certificates.issue.issuedOn")} name="issuedOn" rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Typography.Text type="secondary">{t("certificates.issue.validity")}</Typography.Text>
      </Form>
    </Modal>
  );
}
