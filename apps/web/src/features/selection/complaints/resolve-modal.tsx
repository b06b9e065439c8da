import { complaintStatusLabels } from "@kc/domain";
import { App, DatePicker, Form, Input, Modal, Radio, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { showServerFieldErrors } from "../rounds/server-field-errors";
import { type Complaint, type ResolutionInput, useComplaintWrites } from "./api";

type Values = { status: ResolutionInput["status"]; resolution?: string; resolvedOn: Dayjs };
const outcomes = ["UPHELD", "REJECTED", "WITHDRAWN"] as const;

/** The council's answer to one complaint, at the version read (two secretaries answering at once: one gets 409). */
export function ResolveModal({
  roundId,
  complaint,
  onClose,
}: {
  roundId: string;
  complaint: Complaint;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { resolve } = useComplaintWrites(roundId);
  const required = [{ required: true, message: t("selectionComplaints.required") }];

  const submit = (v: Values) =>
    resolve.mutate(
      {
        complaintId: complaint.id,
        input: {
          version: complaint.version,
          status: v.status,
          resolution: v.resolution ?? "",
          resolvedOn: toIsoDate(v.resolvedOn) ?? "",
        },
      },
      {
        onSuccess: () => {
          void message.success(t("selectionComplaints.resolve"));
          onClose();
        },
        onError: (e) => showServerFieldErrors(form, e),
      },
    );

  return (
    <Modal
      open
      title={t("selectionComplaints.resolveTitle")}
      okText={t("selectionComplaints.save")}
      onOk={() => form.submit()}
      confirmLoading={resolve.isPending}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      {resolve.error ? <ErrorAlert error={resolve.error} /> : null}
      <Typography.Paragraph>
        <Typography.Text strong>{complaint.filedByName}</Typography.Text>
        {complaint.productName ? ` — ${complaint.productName}` : null}
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 3, expandable: true }}>
        {complaint.content}
      </Typography.Paragraph>
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ status: "REJECTED", resolvedOn: todayDayjs() }}
      >
        <Form.Item label={t("selectionComplaints.outcome")} name="status" rules={required}>
          <Radio.Group
            options={outcomes.map((code) => ({ value: code, label: complaintStatusLabels[code] }))}
          />
        </Form.Item>
        <Form.Item label={t("selectionComplaints.resolvedOn")} name="resolvedOn" rules={required}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        <Form.Item label={t("selectionComplaints.resolution")} name="resolution">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
