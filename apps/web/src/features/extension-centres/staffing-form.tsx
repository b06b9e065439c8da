import { PlusOutlined } from "@ant-design/icons";
import { todayInVietnam } from "@kc/domain";
import { App, Button, DatePicker, Form, InputNumber, Modal } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { useRecordStaffing } from "./api";

type Values = {
  asOf: dayjs.Dayjs;
  total: number;
  permanent?: number | null;
  contract?: number | null;
  partTime?: number | null;
  collaborators?: number | null;
};

/** "Ghi số người": the server checks that the parts stay within the total and says which figure to correct. */
export function StaffingForm({ centreId }: { centreId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [form] = Form.useForm<Values>();
  const save = useRecordStaffing(centreId);
  const submit = (values: Values) =>
    save.mutate(
      {
        asOf: values.asOf.format("YYYY-MM-DD"),
        total: values.total,
        permanent: values.permanent ?? null,
        contract: values.contract ?? null,
        partTime: values.partTime ?? null,
        collaborators: values.collaborators ?? null,
      },
      {
        onSuccess: () => {
          void message.success(t("centres.staffingSaved"));
          setOpen(false);
          form.resetFields();
        },
      },
    );
  const count = (name: keyof Values, label: string, required = false) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []}>
      <InputNumber min={0} max={10000} precision={0} style={{ width: "100%" }} />
    </Form.Item>
  );
  return (
    <>
      <Button icon={<PlusOutlined />} onClick={() => setOpen(true)}>
        {t("centres.addStaffing")}
      </Button>
      <Modal
        open={open}
        title={t("centres.addStaffing")}
        onCancel={() => setOpen(false)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        {save.isError ? <ErrorAlert error={save.error} /> : null}
        <Form
          form={form}
          layout="vertical"
          onFinish={submit}
          initialValues={{ asOf: dayjs(todayInVietnam()) }}
        >
          <Form.Item name="asOf" label={t("centres.asOf")} rules={[{ required: true }]}>
            <DatePicker format="DD/MM/YYYY" style={{ width: "100%" }} />
          </Form.Item>
          {count("total", t("centres.total"), true)}
          {count("permanent", t("centres.permanent"))}
          {count("contract", t("centres.contract"))}
          {count("partTime", t("centres.partTime"))}
          {count("collaborators", t("centres.collaborators"))}
        </Form>
      </Modal>
    </>
  );
}
