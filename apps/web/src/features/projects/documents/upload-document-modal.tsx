import {
  type AuthorityLevel,
  authorityLevelCodes,
  type DocumentKind,
  documentKindCodes,
  type EvidenceCode,
  evidenceCodes,
  requiredEvidence,
} from "@kc/domain";
import { App, Col, DatePicker, Form, Input, Row, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
import { DocumentUploadModal } from "../../../components/document-upload-modal";
import { DATE_FORMAT, toIsoDate } from "../../../lib/format";
import { foldedSelectSearch } from "../../../lib/text";
import { useUploadDocument } from "../api";
import { useCodeLabel, useCodeOptions } from "../labels";
import { ProblemAlert } from "../problem-alert";

type UploadValues = {
  kind: DocumentKind;
  evidenceCode?: EvidenceCode | null;
  number?: string;
  date?: Dayjs | null;
  signer?: string;
  signerAuthority?: AuthorityLevel | null;
  title?: string;
};

const trimmed = (value: string | undefined) => (value ?? "").trim() || null;

/**
 * Attaches a file (PDF, Office, image; ≤ 20 MB) to the project with its register fields. The evidence code marks
 * it as one of the acceptance documents the project's activities need; an attachment not yet filed with a step
 * can be picked in a step's form.
 */
export function UploadDocumentModal({ project, onClose }: { project: ProjectDetail; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useCodeLabel();
  const [form] = Form.useForm<UploadValues>();
  const upload = useUploadDocument();
  const kinds = useCodeOptions("documentKinds", documentKindCodes);
  const authorities = useCodeOptions("authorityLevels", authorityLevelCodes);
  const needed = requiredEvidence(project.activities.map((activity) => activity.code));
  const evidence = [...needed, ...evidenceCodes.filter((code) => !needed.includes(code))].map((code) => ({
    value: code,
    label: needed.includes(code)
      ? `${label("evidence", code)} — ${t("projects.documents.neededForAcceptance")}`
      : label("evidence", code),
  }));

  const submit = (file: File, values: UploadValues) =>
    upload.mutate(
      {
        id: project.id,
        file,
        fields: {
          kind: values.kind,
          number: trimmed(values.number),
          date: toIsoDate(values.date) ?? null,
          signer: trimmed(values.signer),
          signerAuthority: values.signerAuthority ?? null,
          title: (values.title ?? "").trim(),
          evidenceCode: values.evidenceCode ?? null,
        },
      },
      {
        onSuccess: () => {
          void message.success(t("projects.documents.uploaded", { name: file.name }));
          onClose();
        },
      },
    );

  return (
    <DocumentUploadModal<UploadValues>
      title={t("projects.documents.uploadTitle")}
      okText={t("projects.documents.upload")}
      name="project-document"
      form={form}
      width={680}
      initialValues={{ kind: "KHAC" }}
      fileLabel={t("projects.documents.file")}
      fileHint={t("projects.documents.fileHint")}
      pending={upload.isPending}
      error={upload.error ? <ProblemAlert error={upload.error} /> : null}
      onUpload={submit}
      onClose={onClose}
    >
      <Form.Item label={t("projects.step.kind")} name="kind" rules={[{ required: true }]}>
        <Select showSearch={foldedSelectSearch} options={kinds} popupMatchSelectWidth={false} />
      </Form.Item>
      <Form.Item
        label={t("projects.documents.evidence")}
        name="evidenceCode"
        extra={t("projects.documents.evidenceHint")}
      >
        <Select allowClear showSearch={foldedSelectSearch} options={evidence} popupMatchSelectWidth={false} />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} md={8}>
          <Form.Item label={t("projects.document.number")} name="number" rules={[{ max: 60 }]}>
            <Input maxLength={60} autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t("projects.document.date")} name="date">
            <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
          </Form.Item>
        </Col>
        <Col xs={24} md={8}>
          <Form.Item label={t("projects.document.signer")} name="signer" rules={[{ max: 150 }]}>
            <Input maxLength={150} autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t("projects.document.signerAuthority")} name="signerAuthority">
        <Select allowClear options={authorities} />
      </Form.Item>
      <Form.Item label={t("projects.document.title")} name="title" rules={[{ max: 500 }]}>
        <Input maxLength={500} autoComplete="off" />
      </Form.Item>
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t("projects.documents.attachHint")}
      </Typography.Text>
    </DocumentUploadModal>
  );
}
