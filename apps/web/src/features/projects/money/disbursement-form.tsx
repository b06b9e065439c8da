import { type DisbursementKind, disbursementKindCodes } from "@kc/domain";
import { App, Button, Col, DatePicker, Flex, Form, Input, Radio, Row } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { MoneyInput } from "../../../components/money-input";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { useRecordDisbursement } from "../api";
import { useCodeOptions } from "../labels";
import { ProblemAlert } from "../problem-alert";

type DisbursementValues = {
  kind: DisbursementKind;
  amount?: string;
  paidOn: Dayjs;
  treasuryRef?: string;
  note?: string;
};

/** Statuses after acceptance, when what is paid is a payment, no longer an advance. */
const PAYMENT_STATUSES = ["ACCEPTED", "SETTLEMENT_FILED", "LIQUIDATED_SETTLED", "PARTIALLY_SETTLED"];

function defaults(project: ProjectDetail): DisbursementValues {
  const refund = project.money?.refundDue && project.money.refundDue !== "0";
  const kind: DisbursementKind = refund
    ? "REFUND"
    : PAYMENT_STATUSES.includes(project.status.code)
      ? "PAYMENT"
      : "ADVANCE";
  const amount =
    kind === "REFUND"
      ? (project.money?.refundDue ?? undefined)
      : kind === "PAYMENT" && project.money?.stillPayable && project.money.stillPayable !== "0"
        ? project.money.stillPayable
        : undefined;
  return { kind, amount, paidOn: todayDayjs() };
}

/**
 * Records an advance, a payment or a refund (the paying body only). The server checks the caps (70 % before
 * acceptance, the contract, the settlement) and explains a refusal; the version sent is the page shown.
 */
export function DisbursementForm({ project, onReload }: { project: ProjectDetail; onReload: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<DisbursementValues>();
  const record = useRecordDisbursement();
  const kinds = useCodeOptions("disbursementKinds", disbursementKindCodes);
  const [initial] = useState(() => defaults(project));

  const submit = (values: DisbursementValues) => {
    record
      .mutateAsync({
        id: project.id,
        request: {
          version: project.version,
          kind: values.kind,
          amount: values.amount ?? "0",
          paidOn: toIsoDate(values.paidOn) ?? "",
          treasuryRef: (values.treasuryRef ?? "").trim() || null,
          note: (values.note ?? "").trim(),
        },
      })
      .then((detail) => {
        void message.success(t("projects.disbursements.recorded", { status: detail.status.label }));
        form.resetFields();
        form.setFieldsValue(defaults(detail));
      })
      .catch(() => {
        // Shown by the alert above the form (record.error).
      });
  };

  return (
    <Form<DisbursementValues>
      form={form}
      layout="vertical"
      name="disbursement"
      initialValues={initial}
      onFinish={submit}
    >
      <Flex vertical gap={4}>
        {record.error ? (
          <ProblemAlert
            error={record.error}
            onReload={() => {
              record.reset();
              onReload();
            }}
          />
        ) : null}
        <Form.Item label={t("projects.disbursements.kind")} name="kind" rules={[{ required: true }]}>
          <Radio.Group options={kinds} optionType="button" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item
              label={t("projects.disbursements.amount")}
              name="amount"
              rules={[{ required: true, message: t("projects.step.fieldRequired") }]}
            >
              <MoneyInput />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t("projects.disbursements.paidOn")}
              name="paidOn"
              rules={[{ required: true, message: t("projects.step.fieldRequired") }]}
            >
              <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              label={t("projects.disbursements.treasuryRef")}
              name="treasuryRef"
              rules={[{ max: 60 }]}
            >
              <Input maxLength={60} autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item label={t("projects.step.note")} name="note" rules={[{ max: 2000 }]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
        </Form.Item>
        <div>
          {/* Not a submit button: Enter in a date picker confirms the date, it must not send the form. */}
          <Button type="primary" loading={record.isPending} onClick={() => form.submit()}>
            {t("projects.disbursements.submit")}
          </Button>
        </div>
      </Flex>
    </Form>
  );
}
