import { type RoundStep, roundSteps } from "@kc/domain";
import { App, Col, DatePicker, Form, Input, Modal, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { third } from "../../../components/form-columns";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { type RoundDetail, useTakeRoundStep } from "./api";
import { showServerFieldErrors } from "./server-field-errors";

type Values = {
  effectiveOn: Dayjs;
  decision?: { number?: string; issuedOn?: Dayjs; signer?: string; signerAuthority?: string };
  note?: string;
};

/**
 * Takes one step of the round with the decision or minute that backs it (number, date, signer), as the project
 * steps do. Opened only for an available step; the server checks the same readiness again.
 */
export function RoundStepModal({
  round,
  step,
  onClose,
}: {
  round: RoundDetail;
  step: RoundStep;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const take = useTakeRoundStep(round.id);
  const definition = roundSteps[step];
  const required = [{ required: true, message: t("selectionRounds.form.required") }];

  const submit = (v: Values) => {
    const decision =
      definition.needsDecision && v.decision
        ? {
            number: v.decision.number ?? "",
            issuedOn: toIsoDate(v.decision.issuedOn) ?? "",
            signer: v.decision.signer ?? "",
            signerAuthority: v.decision.signerAuthority?.trim() || null,
            title: definition.documentVi,
            fileId: null,
          }
        : null;
    take.mutate(
      {
        version: round.version,
        step,
        effectiveOn: toIsoDate(v.effectiveOn) ?? "",
        decision,
        note: v.note ?? "",
      },
      {
        onSuccess: () => {
          void message.success(t("selectionRounds.step.done"));
          onClose();
        },
        onError: (e) => showServerFieldErrors(form, e),
      },
    );
  };

  return (
    <Modal
      open
      title={definition.labelVi}
      okText={t("selectionRounds.step.confirm")}
      onOk={() => form.submit()}
      confirmLoading={take.isPending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {take.error ? <ErrorAlert error={take.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ effectiveOn: todayDayjs() }}
      >
        <Form.Item label={t("selectionRounds.step.effectiveOn")} name="effectiveOn" rules={required}>
          <DatePicker format={DATE_FORMAT} />
        </Form.Item>
        {definition.needsDecision ? (
          <>
            <Typography.Paragraph strong>{definition.documentVi}</Typography.Paragraph>
            <Row gutter={12}>
              <Col {...third}>
                <Form.Item
                  label={t("selectionRounds.step.number")}
                  name={["decision", "number"]}
                  rules={required}
                >
                  <Input maxLength={80} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col {...third}>
                <Form.Item
                  label={t("selectionRounds.step.issuedOn")}
                  name={["decision", "issuedOn"]}
                  rules={required}
                >
                  <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
              <Col {...third}>
                <Form.Item
                  label={t("selectionRounds.step.signer")}
                  name={["decision", "signer"]}
                  rules={required}
                >
                  <Input maxLength={200} />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item
              label={t("selectionRounds.step.signerAuthority")}
              name={["decision", "signerAuthority"]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </>
        ) : null}
        <Form.Item label={t("selectionRounds.step.note")} name="note">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
