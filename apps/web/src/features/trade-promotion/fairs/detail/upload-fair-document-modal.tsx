import { fairDocumentKindCodes, fairDocumentKindLabels } from "@kc/domain";
import { App, Col, DatePicker, Form, Input, Row, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import { DocumentUploadModal } from "../../../../components/document-upload-modal";
import { ErrorAlert } from "../../../../components/error-alert";
import { DATE_FORMAT, toIsoDate } from "../../../../lib/format";
import { type FairDocumentFields, useUploadFairDocument } from "../api";

type UploadValues = {
  kind: FairDocumentFields["kind"];
  number?: string;
  issuedOn?: Dayjs | null;
  signer?: string;
  title?: string;
};

const trimmed = (value: string | undefined) => (value ?? "").trim() || null;

/** Files a document with the fair: the plan, the decision, or the host's confirmed booth-holder list. */
export function UploadFairDocumentModal({
  fairId,
  initialKind,
  onClose,
}: {
  fairId: string;
  initialKind: FairDocumentFields["kind"];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const upload = useUploadFairDocument();

  const submit = (file: File, values: UploadValues) =>
    upload.mutate(
      {
        id: fairId,
        file,
        fields: {
          kind: values.kind,
          number: trimmed(values.number),
          issuedOn: toIsoDate(values.issuedOn) ?? null,
          signer: trimmed(values.signer),
          title: (values.title ?? "").trim(),
        },
      },
      {
        onSuccess: () => {
          void message.success(t("fairs.documents.uploaded", { name: file.name }));
          onClose();
        },
      },
    );

  return (
    <DocumentUploadModal<UploadValues>
      title={t("fairs.documents.uploadTitle")}
      okText={t("fairs.documents.upload")}
      name="fair-document"
      form={form}
      initialValues={{ kind: initialKind }}
      fileLabel={t("fairs.documents.file")}
      fileHint={t("fairs.documents.fileHint")}
      pending={upload.isPending}
      error={upload.error ? <ErrorAlert error={upload.error} /> : null}
      onUpload={submit}
      onClose={onClose}
    >
      <Form.Item label={t("fairs.documents.kind")} name="kind" rules={[{ required: true }]}>
        <Select
          options={fairDocumentKindCodes.map((code) => ({
            value: code,
            label: fairDocumentKindLabels[code],
          }))}
          popupMatchSelectWidth={false}
        />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label={t("fairs.documents.number")} name="number" rules={[{ max: 100 }]}>
            <Input maxLength={100} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t("fairs.documents.issuedOn")} name="issuedOn">
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t("fairs.documents.signer")} name="signer" rules={[{ max: 300 }]}>
            <Input maxLength={300} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t("fairs.documents.title")} name="title" rules={[{ max: 300 }]}>
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
    </DocumentUploadModal>
  );
}
