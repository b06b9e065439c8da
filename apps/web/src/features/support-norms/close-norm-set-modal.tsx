import { formatDate } from "@kc/domain";
import { Alert, App, DatePicker, Form, Modal } from "antd";
import type { Dayjs } from "dayjs";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import type { SupportNormSet } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { isApiError } from "../../lib/api";
import { DATE_FORMAT, toIsoDate } from "../../lib/format";
import { useCloseSupportNormSet } from "./api";

type CloseNormSetModalProps = {
  /** The set to end. Mount the modal only while a set is chosen, so it opens above the drawer it came from. */
  set: SupportNormSet;
  onClose: () => void;
};

/** Ends a legal table of norms on a date, so that the table of a new document may follow it. */
export function CloseNormSetModal({ set, onClose }: CloseNormSetModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ validTo: Dayjs }>();
  const close = useCloseSupportNormSet();

  // Enter in the date field may submit twice; only the first submission is sent.
  const busy = useRef(false);
  const submit = ({ validTo }: { validTo: Dayjs }) => {
    const date = toIsoDate(validTo);
    if (!date || busy.current) return;
    busy.current = true;
    close.mutate(
      { id: set.id, validTo: date },
      {
        onSettled: () => {
          busy.current = false;
        },
        onSuccess: () => {
          void message.success(t("supportNorms.closeForm.done", { date: formatDate(date) }));
          onClose();
        },
        onError: (error) => {
          const onDate = isApiError(error) ? error.errors.find((e) => e.path === "body.validTo") : undefined;
          if (onDate) form.setFields([{ name: "validTo", errors: [onDate.message] }]);
        },
      },
    );
  };

  return (
    <Modal
      open
      title={t("supportNorms.closeForm.title", { label: set.labelVi })}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("supportNorms.closeForm.submit")}
      okButtonProps={{ danger: true }}
      cancelText={t("common.cancel")}
      confirmLoading={close.isPending}
    >
      <Alert type="info" showIcon title={t("supportNorms.closeForm.hint")} style={{ marginBottom: 16 }} />
      {close.error &&
      !(isApiError(close.error) && close.error.errors.some((e) => e.path === "body.validTo")) ? (
        <div style={{ marginBottom: 16 }}>
          <ErrorAlert error={close.error} />
        </div>
      ) : null}
      <Form form={form} name="close-support-norm-set" layout="vertical" onFinish={submit}>
        <Form.Item
          label={t("supportNorms.closeForm.validTo")}
          name="validTo"
          rules={[{ required: true, message: t("supportNorms.closeForm.required") }]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
