import { type RoundStep, roundSteps } from "@kc/domain";
import { App, Col, DatePicker, Form, Input, Modal, Row, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DocumentFilePicker } from "../../../components/document-upload-modal";
import { ErrorAlert } from "../../../components/error-alert";
import { third } from "../../../components/form-columns";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { type RoundDetail, useTakeRoundStep, useUploadDecisionFile } from "./api";
import { showServerFieldErrors } from "./server-field-errors";

type Values = {
  effectiveOn: Dayjs;
  decision?: { number?: string; issuedOn?: Dayjs; signer?: string; signerAuthority?: string };
  note?: string;
};

/**
 * Takes one step of the round with the decision or minute that backs it (number, date, signer, scanned file), as
 * the project steps do. Opened only for an available step; the server checks the same readiness again.
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
  const uploadFile = useUploadDecisionFile(round.id);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const definition = roundSteps[step];
  const required = [{ required: true, message: t("selectionRounds.form.required") }];

  // The scan is uploaded first (checked by content on the server), then the step cites it by its file id.
  const submit = async (v: Values) => {
    let fileId: string | null = null;
    if (definition.needsDecision && file) {
      try {
        fileId = (await uploadFile.mutateAsync(file)).fileId;
      } catch {
        return; // the refusal is shown above the form
      }
    }
    const decision =
      definition.needsDecision && v.decision
        ? {
            number: v.decision.number ?? "",
            issuedOn: toIsoDate(v.decision.issuedOn) ?? "",
            signer: v.decision.signer ?? "",
            signerAuthority: v.decision.signerAuthority?.trim() || null,
            title: definition.documentVi,
            fileId,
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
      confirmLoading={take.isPending || uploadFile.isPending}
      onCancel={onClose}
      width={720}
      destroyOnHidden
    >
      {take.error ? <ErrorAlert error={take.error} /> : null}
      {uploadFile.error ? <ErrorAlert error={uploadFile.error} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void submit(v)}
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
            <DocumentFilePicker
              label={t("selectionRounds.step.file")}
              hint={t("selectionRounds.step.fileHint")}
              required={false}
              error={fileError}
              onChange={(chosen, problem) => {
                setFile(chosen);
                setFileError(problem);
              }}
            />
          </>
        ) : null}
        <Form.Item label={t("selectionRounds.step.note")} name="note">
          <Input.TextArea maxLength={4000} autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
