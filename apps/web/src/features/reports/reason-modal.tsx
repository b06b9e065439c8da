import { Form, Input, Modal } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";

type Props = {
  open: boolean;
  title: string;
  label: string;
  okText: string;
  /** The reason is required (unlocking); otherwise it may stay empty. */
  required: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onClose: () => void;
};

/** A step that carries a reason, such as unlocking a report: the reason is audited with the step. */
export function ReasonModal(props: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason?: string }>();
  return (
    <Modal
      open={props.open}
      title={props.title}
      okText={props.okText}
      cancelText={t("common.cancel")}
      confirmLoading={props.pending}
      onOk={() => form.submit()}
      onCancel={props.onClose}
      destroyOnHidden
    >
      {props.error ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={props.error} />
        </div>
      ) : null}
      <Form form={form} layout="vertical" onFinish={(values) => props.onSubmit(values.reason?.trim() ?? "")}>
        <Form.Item
          name="reason"
          label={props.label}
          rules={
            props.required ? [{ required: true, whitespace: true, message: t("reports.reasonRequired") }] : []
          }
        >
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
