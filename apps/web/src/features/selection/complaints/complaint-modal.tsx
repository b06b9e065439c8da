import { App, Col, DatePicker, Form, Input, Modal, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { half } from "../../../components/form-columns";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { useRoundEntries } from "../entries/api";
import { showServerFieldErrors } from "../rounds/server-field-errors";
import { useComplaintWrites } from "./api";

type Values = {
  entryId?: string;
  filedByName: string;
  filedOn: Dayjs;
  receivedOn: Dayjs;
  content: string;
};

/**
 * Records a complaint as received (S6). The server checks the received date against the window on the
 * working-day calendar and answers with the last allowed day when it is late; the due date is computed there.
 */
export function ComplaintModal({ roundId, onClose }: { roundId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { record } = useComplaintWrites(roundId);
  const entries = useRoundEntries(roundId, { page: 1, pageSize: 100 });
  const required = [{ required: true, message: t("selectionComplaints.required") }];

  const submit = (v: Values) =>
    record.mutate(
      {
        entryId: v.entryId ?? null,
        filedByName: v.filedByName,
        filedOn: toIsoDate(v.filedOn) ?? "",
        receivedOn: toIsoDate(v.receivedOn) ?? "",
        content: v.content,
      },
      {
        onSuccess: () => {
          void message.success(t("selectionComplaints.record"));
          onClose();
        },
        onError: (e) => showServerFieldErrors(form, e),
      },
    );

  return (
    <Modal
      open
      title={t("selectionComplaints.formTitle")}
      okText={t("selectionComplaints.save")}
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
        initialValues={{ filedOn: todayDayjs(), receivedOn: todayDayjs() }}
      >
        <Form.Item
          label={t("selectionComplaints.product")}
          name="entryId"
          extra={t("selectionComplaints.productHint")}
        >
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            loading={entries.isPending}
            placeholder={t("selectionComplaints.wholeRound")}
            options={(entries.data?.items ?? []).map((entry) => ({
              value: entry.id,
              label: `${entry.productName} — ${entry.establishmentName}`,
            }))}
          />
        </Form.Item>
        <Form.Item label={t("selectionComplaints.filedByName")} name="filedByName" rules={required}>
          <Input maxLength={200} autoComplete="off" />
        </Form.Item>
        <Row gutter={12}>
          <Col {...half}>
            <Form.Item label={t("selectionComplaints.filedOn")} name="filedOn" rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item label={t("selectionComplaints.receivedOn")} name="receivedOn" rules={required}>
              <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("selectionComplaints.content")} name="content" rules={required}>
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 3, maxRows: 8 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
