import { UploadOutlined } from "@ant-design/icons";
import { fairDocumentKindCodes, fairDocumentKindLabels } from "@kc/domain";
import { App, Button, Col, DatePicker, Flex, Form, Input, Modal, Row, Select, Upload } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
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

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.odt,.ods,.jpg,.jpeg,.png";
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
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const submit = (values: UploadValues) => {
    if (!file) {
      setFileError(t("fairs.documents.fileRequired"));
      return;
    }
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
  };

  return (
    <Modal
      open
      title={t("fairs.documents.uploadTitle")}
      width={640}
      okText={t("fairs.documents.upload")}
      cancelText={t("common.cancel")}
      confirmLoading={upload.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<UploadValues>
        form={form}
        layout="vertical"
        name="fair-document"
        initialValues={{ kind: initialKind }}
        onFinish={submit}
      >
        <Flex vertical gap={4}>
          {upload.error ? <ErrorAlert error={upload.error} /> : null}
          <Form.Item
            label={t("fairs.documents.file")}
            required
            validateStatus={fileError ? "error" : undefined}
            help={fileError ?? t("fairs.documents.fileHint")}
          >
            <Upload
              accept={ACCEPT}
              maxCount={1}
              beforeUpload={(chosen) => {
                if (chosen.size > MAX_BYTES) {
                  setFileError(t("fairs.documents.fileTooLarge"));
                  return Upload.LIST_IGNORE;
                }
                setFile(chosen);
                setFileError(null);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />}>{t("fairs.documents.chooseFile")}</Button>
            </Upload>
          </Form.Item>
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
        </Flex>
      </Form>
    </Modal>
  );
}
