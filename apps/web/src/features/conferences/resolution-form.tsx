import { extensionCentreLimits } from "@kc/domain";
import { App, Form, Input, Modal } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { DocumentFilePicker } from "../../components/document-upload-modal";
import { ErrorAlert } from "../../components/error-alert";
import { ApiError, isApiError } from "../../lib/api";
import { placeFieldErrors } from "../trade-promotion/showrooms/form-errors";
import { useAddResolution } from "./api";

type Values = { text: string; documentNumber?: string };

/** The fields travel as one JSON part: "body.fields.text" is the form's "text" field. */
function fieldsPartAsBody(error: unknown): unknown {
  if (!isApiError(error)) return error;
  const { status, code, title, detail, requestId, body } = error;
  const errors = error.errors.map((e) => ({ ...e, path: e.path.replace(/^body\.fields\./, "body.") }));
  return new ApiError({ status, code, title, detail, requestId, body, errors });
}

/**
 * A conclusion or resolution of a conference: its text and document number, with the signed document when one
 * exists (a resolution may be recorded before it is signed). The file is checked by the server by its bytes.
 */
export function ResolutionForm({ conferenceId, onClose }: { conferenceId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const add = useAddResolution(conferenceId);
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const submit = (v: Values) => {
    setError(null);
    add.mutate(
      { text: v.text, documentNumber: v.documentNumber?.trim() ? v.documentNumber : null, file },
      {
        onSuccess: () => {
          void message.success(t("conferences.resolutionAdded"));
          onClose();
        },
        onError: (failure) => {
          const refusal = fieldsPartAsBody(failure);
          const placed = placeFieldErrors(form, refusal, ["text", "documentNumber"]);
          const fileProblem = isApiError(refusal) ? refusal.errors.find((e) => e.path === "body.file") : null;
          if (fileProblem) setFileError(fileProblem.message);
          setError(placed.unplaced);
        },
      },
    );
  };
  return (
    <Modal
      open
      title={t("conferences.addResolution")}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t("common.save")}
      confirmLoading={add.isPending}
      width={680}
      destroyOnHidden
    >
      {error ? <ErrorAlert error={error} /> : null}
      <Form<Values> form={form} name="resolution-form" layout="vertical" requiredMark onFinish={submit}>
        <Form.Item
          name="text"
          label={t("conferences.resolutionText")}
          rules={[
            {
              required: true,
              whitespace: true,
              message: t("conferences.required", { field: t("conferences.resolutionText") }),
            },
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} maxLength={extensionCentreLimits.textMax} />
        </Form.Item>
        <Form.Item name="documentNumber" label={t("conferences.documentNumber")}>
          <Input maxLength={100} placeholder="12/KL-HNKC" />
        </Form.Item>
        <DocumentFilePicker
          label={t("conferences.resolutionFile")}
          hint={t("conferences.resolutionFileHint")}
          required={false}
          error={fileError}
          onChange={(chosen, problem) => {
            setFile(chosen);
            setFileError(problem);
          }}
        />
      </Form>
    </Modal>
  );
}
