import { App, Form, InputNumber, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { MoneyInput } from "../../../components/money-input";
import { type Participant, useReportParticipationResults } from "./api";

type Values = { sales?: string | null; contractsSigned?: number | null; contractsValue?: string | null };

/**
 * "Kết quả sau hội chợ": what one establishment sold and signed at the fair, reported once the fair is held.
 * Empty means "not reported", which the acceptance list keeps apart from a reported zero.
 */
export function ParticipationResultsModal({
  fairId,
  participation,
  onClose,
}: {
  fairId: string;
  participation: Participant;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const report = useReportParticipationResults(fairId);

  const submit = (values: Values) =>
    report.mutate(
      {
        id: participation.id,
        input: {
          sales: values.sales || null,
          contractsSigned: values.contractsSigned ?? null,
          contractsValue: values.contractsValue || null,
          version: participation.version,
        },
      },
      {
        onSuccess: () => {
          void message.success(t("fairParticipants.results.saved"));
          onClose();
        },
      },
    );

  return (
    <Modal
      open
      title={t("fairParticipants.results.title")}
      onCancel={onClose}
      okText={t("common.save")}
      cancelText={t("common.cancel")}
      confirmLoading={report.isPending}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">{participation.establishmentName}</Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{
          sales: participation.sales ?? undefined,
          contractsSigned: participation.contractsSigned,
          contractsValue: participation.contractsValue ?? undefined,
        }}
        onFinish={submit}
      >
        <Form.Item name="sales" label={t("fairParticipants.results.sales")}>
          <MoneyInput style={{ width: 220 }} />
        </Form.Item>
        <Form.Item name="contractsSigned" label={t("fairParticipants.results.contractsSigned")}>
          <InputNumber min={0} max={100_000} precision={0} style={{ width: 160 }} />
        </Form.Item>
        <Form.Item name="contractsValue" label={t("fairParticipants.results.contractsValue")}>
          <MoneyInput style={{ width: 220 }} />
        </Form.Item>
      </Form>
      {report.isError ? <ErrorAlert error={report.error} /> : null}
    </Modal>
  );
}
