import { UploadOutlined } from "@ant-design/icons";
import { entryDocumentKindCodes, entryDocumentKindLabels } from "@kc/domain";
import { App, Col, DatePicker, Flex, Form, Input, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../../components/action-button";
import { DocumentUploadModal } from "../../../components/document-upload-modal";
import { DocumentsTable } from "../../../components/documents-table";
import { ErrorAlert } from "../../../components/error-alert";
import { ErrorState } from "../../../components/query-state";
import { DATE_FORMAT, toIsoDate } from "../../../lib/format";
import type { Entry } from "./api";
import {
  type EntryDocumentFields,
  useDeleteEntryDocument,
  useEntryDocuments,
  useUploadEntryDocument,
} from "./documents-api";

type UploadValues = {
  kind: EntryDocumentFields["kind"];
  name: string;
  number?: string;
  issuedOn?: Dayjs | null;
};

function UploadEntryDocumentModal({ entryId, onClose }: { entryId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<UploadValues>();
  const upload = useUploadEntryDocument(entryId);
  const submit = (file: File, values: UploadValues) =>
    upload.mutate(
      {
        file,
        fields: {
          kind: values.kind,
          name: values.name.trim(),
          number: (values.number ?? "").trim() || null,
          issuedOn: toIsoDate(values.issuedOn) ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t("selectionEntries.documents.uploaded", { name: file.name }));
          onClose();
        },
      },
    );
  return (
    <DocumentUploadModal<UploadValues>
      title={t("selectionEntries.documents.uploadTitle")}
      okText={t("selectionEntries.documents.upload")}
      name="entry-document"
      form={form}
      initialValues={{ kind: "REGISTRATION_FORM", name: entryDocumentKindLabels.REGISTRATION_FORM }}
      fileLabel={t("common.documentUpload.file")}
      fileHint={t("selectionEntries.documents.fileHint")}
      pending={upload.isPending}
      error={upload.error ? <ErrorAlert error={upload.error} /> : null}
      onUpload={submit}
      onClose={onClose}
    >
      <Form.Item label={t("selectionEntries.documents.kind")} name="kind" rules={[{ required: true }]}>
        <Select
          options={entryDocumentKindCodes.map((code) => ({
            value: code,
            label: entryDocumentKindLabels[code],
          }))}
          popupMatchSelectWidth={false}
          onChange={(kind: UploadValues["kind"]) => form.setFieldValue("name", entryDocumentKindLabels[kind])}
        />
      </Form.Item>
      <Form.Item
        label={t("selectionEntries.documents.name")}
        name="name"
        rules={[{ required: true, whitespace: true, message: t("selectionEntries.documents.nameRequired") }]}
      >
        <Input maxLength={300} autoComplete="off" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item label={t("common.documentUpload.number")} name="number" rules={[{ max: 80 }]}>
            <Input maxLength={80} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item label={t("common.documentUpload.issuedOn")} name="issuedOn">
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
      </Row>
    </DocumentUploadModal>
  );
}

/** Hồ sơ: the entry's dossier documents (Art. 12), filed and removed while the round's call is open. */
export function EntryDocumentsSection({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const [uploading, setUploading] = useState(false);
  const documents = useEntryDocuments(entry.id);
  const remove = useDeleteEntryDocument(entry.id);
  return (
    <Flex vertical gap={8}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t("selectionEntries.documents.title")}
        </Typography.Title>
        <ActionButton
          action={entry.actions.documents}
          icon={<UploadOutlined />}
          onClick={() => setUploading(true)}
        >
          {t("selectionEntries.documents.upload")}
        </ActionButton>
      </Flex>
      {documents.error ? (
        <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
      ) : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
      <DocumentsTable
        rows={(documents.data?.items ?? []).map((d) => ({
          ...d,
          title: d.name,
          // The kind under the name, unless the name already says it.
          subtitle: d.name === entryDocumentKindLabels[d.kind] ? null : entryDocumentKindLabels[d.kind],
        }))}
        emptyText={t("selectionEntries.documents.empty")}
        removal={entry.actions.documents}
        onRemove={(row) => remove.mutate(row.id)}
        removing={remove.isPending}
      />
      {uploading ? <UploadEntryDocumentModal entryId={entry.id} onClose={() => setUploading(false)} /> : null}
    </Flex>
  );
}
