import { UploadOutlined } from "@ant-design/icons";
import { Button, Flex, Form, type FormInstance, Modal, Upload } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";

/** The server's limit (platform/documents): refused here first so a 50 MB scan is not sent for nothing. */
export const DOCUMENT_MAX_BYTES = 20 * 1024 * 1024;
/** What the server keeps, by content; the picker offers the same (the server still decides by the bytes). */
export const DOCUMENT_ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.pptx,.odt,.ods,.jpg,.jpeg,.png,.tif,.tiff,.heic";

/** A document file picker (one file, ≤ 20 MB) for a form: the chosen file, or the reason it was refused. */
export function DocumentFilePicker({
  label,
  hint,
  required = true,
  error,
  onChange,
}: {
  label: string;
  hint?: string;
  /** False where the file is optional (a step's decision may be filed without its scan). */
  required?: boolean;
  error: string | null;
  onChange: (file: File | null, error: string | null) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={label}
      required={required}
      validateStatus={error ? "error" : undefined}
      help={error ?? hint}
    >
      <Upload
        accept={DOCUMENT_ACCEPT}
        maxCount={1}
        beforeUpload={(chosen) => {
          if (chosen.size > DOCUMENT_MAX_BYTES) {
            onChange(null, t("common.documentUpload.tooLarge"));
            return Upload.LIST_IGNORE;
          }
          onChange(chosen, null);
          return false;
        }}
        onRemove={() => onChange(null, null)}
      >
        <Button icon={<UploadOutlined />}>{t("common.documentUpload.choose")}</Button>
      </Upload>
    </Form.Item>
  );
}

/**
 * The one upload dialog for documents (projects, fairs, selection dossiers): a file and the module's register
 * fields (`children`), sent together. The module supplies the fields, the texts and what to do with the file;
 * the picker, the size check and "choose a file first" are the same everywhere.
 */
export function DocumentUploadModal<Values extends object>({
  title,
  okText,
  name,
  form,
  initialValues,
  fileLabel,
  fileHint,
  width = 640,
  pending,
  error,
  onUpload,
  onClose,
  children,
}: {
  title: string;
  okText: string;
  name: string;
  form: FormInstance<Values>;
  initialValues?: Partial<Values>;
  fileLabel: string;
  fileHint?: string;
  width?: number;
  pending: boolean;
  /** The server's refusal, shown above the fields. */
  error?: ReactNode;
  onUpload: (file: File, values: Values) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const submit = (values: Values) => {
    if (!file) {
      setFileError(t("common.documentUpload.required"));
      return;
    }
    onUpload(file, values);
  };
  return (
    <Modal
      open
      title={title}
      width={width}
      okText={okText}
      cancelText={t("common.cancel")}
      confirmLoading={pending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
      mask={{ closable: false }}
    >
      <Form<Values> form={form} layout="vertical" name={name} initialValues={initialValues} onFinish={submit}>
        <Flex vertical gap={4}>
          {error}
          <DocumentFilePicker
            label={fileLabel}
            hint={fileHint}
            error={fileError}
            onChange={(chosen, problem) => {
              setFile(chosen);
              setFileError(problem);
            }}
          />
          {children}
        </Flex>
      </Form>
    </Modal>
  );
}
