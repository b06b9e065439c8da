import type {
  AdjustmentType,
  AppraisalCriterion,
  AppraisalResult,
  AuthorityLevel,
  DocumentKind,
} from "@kc/domain";
import { Alert, App, DatePicker, Flex, Form, Input, Modal, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail, StepAction, StepDocumentInput, StepRequest } from "../../../api/types";
import { DATE_FORMAT, todayDayjs, toIsoDate } from "../../../lib/format";
import { useTakeStep } from "../api";
import { useCodeLabel } from "../labels";
import { ProblemAlert } from "../problem-alert";
import { dateLimits } from "./step-checklist";
import { StepDocumentFields } from "./step-document-fields";
import { StepExtraFields, stepExtras } from "./step-extra-fields";

type DocumentValue = {
  kind?: DocumentKind;
  number?: string;
  date?: Dayjs | null;
  signer?: string;
  signerAuthority?: AuthorityLevel | null;
  documentId?: string | null;
};

type StepValues = {
  effectiveOn: Dayjs;
  note?: string;
  documents: DocumentValue[];
  appraisal?: { result?: AppraisalResult; failedCriteria?: AppraisalCriterion[] };
  contractSupport?: string;
  adjustmentTypes?: AdjustmentType[];
  acceptedSpend?: string;
};

type StepModalProps = {
  project: ProjectDetail;
  step: StepAction;
  onClose: () => void;
  onReload: () => void;
};

const NOTE_MAX = 2000;
const trimmed = (value: string | undefined) => (value ?? "").trim() || null;

function initialValues(project: ProjectDetail, step: StepAction): StepValues {
  const today = todayDayjs();
  const extras = stepExtras(step.code);
  return {
    effectiveOn: today,
    note: "",
    documents: step.documents.map((requirement) => ({
      kind: requirement.anyOf[0]?.code as DocumentKind | undefined,
      date: requirement.fields.includes("date") ? today : null,
    })),
    ...(extras.appraisal
      ? { appraisal: { result: step.code.startsWith("REJECT") ? "KHONG_DAT" : "DAT", failedCriteria: [] } }
      : {}),
    ...(extras.contractSupport ? { contractSupport: project.kcTotal } : {}),
  };
}

function toRequest(version: number, step: StepAction, values: StepValues): StepRequest {
  const extras = stepExtras(step.code);
  const documents: StepDocumentInput[] = step.documents.map((requirement, index) => {
    const value = values.documents?.[index] ?? {};
    const wants = (field: string) => requirement.fields.includes(field);
    return {
      kind: value.kind ?? ((requirement.anyOf[0]?.code ?? "KHAC") as DocumentKind),
      number: wants("number") ? trimmed(value.number) : null,
      date: wants("date") ? (toIsoDate(value.date) ?? null) : (toIsoDate(values.effectiveOn) ?? null),
      signer: wants("signer") ? trimmed(value.signer) : null,
      signerAuthority: value.signerAuthority ?? null,
      title: "",
      documentId: value.documentId ?? null,
    };
  });
  return {
    version,
    effectiveOn: toIsoDate(values.effectiveOn) ?? "",
    note: (values.note ?? "").trim(),
    documents,
    ...(extras.appraisal && values.appraisal?.result
      ? {
          appraisal: {
            result: values.appraisal.result,
            failedCriteria: values.appraisal.result === "DAT" ? [] : (values.appraisal.failedCriteria ?? []),
          },
        }
      : {}),
    ...((extras.contractSupport || extras.optionalContractSupport) && values.contractSupport
      ? { contractSupport: values.contractSupport }
      : {}),
    ...(extras.adjustmentTypes ? { adjustmentTypes: values.adjustmentTypes ?? [] } : {}),
    ...(extras.acceptedSpend && values.acceptedSpend ? { acceptedSpend: values.acceptedSpend } : {}),
  };
}

/**
 * The guided form of one lifecycle step: its date, a note, exactly the documents the step needs and the inputs
 * particular to it. It sends the version of the page shown; the server's refusal is shown in full.
 */
export function StepModal({ project, step, onClose, onReload }: StepModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useCodeLabel();
  const [form] = Form.useForm<StepValues>();
  const take = useTakeStep();
  const [error, setError] = useState<unknown>(null);
  const attachments = project.documents.filter(
    (document) => document.file !== null && document.stepId === null,
  );
  const title = label("steps", step.code, step.label);
  const [initial] = useState(() => initialValues(project, step));
  const previousDate = useRef<Dayjs>(initial.effectiveOn);

  const submit = (values: StepValues) => {
    setError(null);
    // Awaited rather than through mutate's callbacks: the new page may no longer offer this step, which unmounts
    // the modal before the callbacks would run.
    take
      .mutateAsync({ id: project.id, code: step.code, request: toRequest(project.version, step, values) })
      .then((detail) => {
        void message.success(t("projects.step.done", { step: title, status: detail.status.label }));
        onClose();
      })
      .catch(setError);
  };

  // Document dates follow the step's date until the user sets them apart.
  const onValuesChange = (changed: Partial<StepValues>, all: StepValues) => {
    if (!changed.effectiveOn) return;
    const previous = previousDate.current;
    const next = changed.effectiveOn;
    previousDate.current = next;
    step.documents.forEach((requirement, index) => {
      const date = all.documents?.[index]?.date;
      if (requirement.fields.includes("date") && (!date || date.isSame(previous, "day"))) {
        form.setFieldValue(["documents", index, "date"], next);
      }
    });
  };

  return (
    <Modal
      open
      title={title}
      width={760}
      okText={t("projects.step.submit")}
      cancelText={t("common.cancel")}
      confirmLoading={take.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<StepValues>
        form={form}
        layout="vertical"
        name={`step-${step.code}`}
        initialValues={initial}
        onFinish={submit}
        onValuesChange={onValuesChange}
        scrollToFirstError
      >
        <Flex vertical gap={12}>
          {error ? <ProblemAlert error={error} onReload={onReload} /> : null}
          {dateLimits(step).map((limit) => (
            <Alert key={limit.code} type="warning" showIcon title={limit.messageVi} />
          ))}
          <Form.Item
            label={t("projects.step.effectiveOn")}
            name="effectiveOn"
            rules={[{ required: true, message: t("projects.step.fieldRequired") }]}
            extra={t("projects.step.effectiveOnHint")}
            style={{ marginBottom: 0 }}
          >
            <DatePicker format={DATE_FORMAT} allowClear={false} style={{ width: 200 }} />
          </Form.Item>
          {step.documents.length > 0 ? (
            <Typography.Text type="secondary">
              {t("projects.step.documentsHint", { count: step.documents.length })}
            </Typography.Text>
          ) : null}
          {step.documents.map((requirement, index) => (
            <StepDocumentFields
              // biome-ignore lint/suspicious/noArrayIndexKey: the requirements are fixed for the step.
              key={index}
              index={index}
              requirement={requirement}
              attachments={attachments}
            />
          ))}
          <StepExtraFields code={step.code} />
          <Form.Item label={t("projects.step.note")} name="note" rules={[{ max: NOTE_MAX }]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={NOTE_MAX} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
