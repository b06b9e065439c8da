import { UploadOutlined } from "@ant-design/icons";
import {
  type AuthorityLevel,
  authorityLevelCodes,
  type DocumentKind,
  documentKindCodes,
  type EvidenceCode,
  evidenceCodes,
  requiredEvidence,
} from "@kc/domain";
import {
  App,
  Button,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Modal,
  Row,
  Select,
  Typography,
  Upload,
} from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail } from "../../../api/types";
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

const MAX_BYTES = 20 * 1024 * 1024;
const ACCEPT = ".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png";
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
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const kinds = useCodeOptions("documentKinds", documentKindCodes);
  const authorities = useCodeOptions("authorityLevels", authorityLevelCodes);
  const needed = requiredEvidence(project.activities.map((activity) => activity.code));
  const evidence = [...needed, ...evidenceCodes.filter((code) => !needed.includes(code))].map((code) => ({
    value: code,
    label: needed.includes(code)
      ? `${label("evidence", code)} — ${t("projects.documents.neededForAcceptance")}`
      : label("evidence", code),
  }));

  const submit = (values: UploadValues) => {
    if (!file) {
      setFileError(t("projects.documents.fileRequired"));
      return;
    }
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
  };

  return (
    <Modal
      open
      title={t("projects.documents.uploadTitle")}
      width={680}
      okText={t("projects.documents.upload")}
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
        name="project-document"
        initialValues={{ kind: "KHAC" }}
        onFinish={submit}
      >
        <Flex vertical gap={4}>
          {upload.error ? <ProblemAlert error={upload.error} /> : null}
          <Form.Item
            label={t("projects.documents.file")}
            required
            validateStatus={fileError ? "error" : undefined}
            help={fileError ?? t("projects.documents.fileHint")}
          >
            <Upload
              accept={ACCEPT}
              maxCount={1}
              beforeUpload={(chosen) => {
                if (chosen.size > MAX_BYTES) {
                  setFileError(t("projects.documents.fileTooLarge"));
                  return Upload.LIST_IGNORE;
                }
                setFile(chosen);
                setFileError(null);
                return false;
              }}
              onRemove={() => setFile(null)}
            >
              <Button icon={<UploadOutlined />}>{t("projects.documents.chooseFile")}</Button>
            </Upload>
          </Form.Item>
          <Form.Item label={t("projects.step.kind")} name="kind" rules={[{ required: true }]}>
            <Select showSearch={foldedSelectSearch} options={kinds} popupMatchSelectWidth={false} />
          </Form.Item>
          <Form.Item
            label={t("projects.documents.evidence")}
            name="evidenceCode"
            extra={t("projects.documents.evidenceHint")}
          >
            <Select
              allowClear
              showSearch={foldedSelectSearch}
              options={evidence}
              popupMatchSelectWidth={false}
            />
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
        </Flex>
      </Form>
    </Modal>
  );
}
