import { CheckCircleFilled, ExclamationCircleOutlined, UploadOutlined } from "@ant-design/icons";
import { formatDate, requiredEvidence } from "@kc/domain";
import { Button, Flex, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ProjectDetail, ProjectDocument } from "../../../api/types";
import { EmptyState } from "../../../components/query-state";
import { Section } from "../../../components/section";
import { useCodeLabel } from "../labels";
import { DocumentLink } from "./document-link";
import { UploadDocumentModal } from "./upload-document-modal";

/** Văn bản: every document of the project (with its step), the acceptance evidence checklist and the upload. */
export function DocumentsTab({ project }: { project: ProjectDetail }) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  const [uploading, setUploading] = useState(false);
  const none = t("common.none");
  const stepOf = new Map(project.timeline.map((entry) => [entry.id, entry]));
  const needed = requiredEvidence(project.activities.map((activity) => activity.code));
  const onFile = new Set(project.documents.map((document) => document.evidenceCode).filter(Boolean));

  return (
    <Flex vertical gap={24}>
      <Section
        title={t("projects.sections.documents")}
        extra={
          project.actions.attach ? (
            <Button icon={<UploadOutlined />} onClick={() => setUploading(true)}>
              {t("projects.documents.upload")}
            </Button>
          ) : null
        }
      >
        <Table<ProjectDocument>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={project.documents}
          scroll={{ x: 1000 }}
          locale={{ emptyText: <EmptyState description={t("projects.documents.empty")} /> }}
          columns={[
            {
              title: t("projects.step.kind"),
              key: "kind",
              render: (_, d) => (
                <Flex vertical>
                  <span>{label("documentKinds", d.kind.code, d.kind.label)}</span>
                  {d.title ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.title}
                    </Typography.Text>
                  ) : null}
                  {d.evidenceCode ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {label("evidence", d.evidenceCode)}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t("projects.document.number"),
              dataIndex: "number",
              width: 130,
              render: (v) => v ?? none,
            },
            {
              title: t("projects.document.date"),
              dataIndex: "issuedOn",
              width: 110,
              render: (v: string | null) => (v ? formatDate(v) : none),
            },
            {
              title: t("projects.document.signer"),
              dataIndex: "signer",
              width: 160,
              render: (v) => v ?? none,
            },
            {
              title: t("projects.documents.step"),
              key: "step",
              width: 220,
              render: (_, d) => {
                const step = d.stepId === null ? undefined : stepOf.get(d.stepId);
                return step ? label("steps", step.code, step.label) : t("projects.documents.notFiled");
              },
            },
            {
              title: t("projects.documents.file"),
              key: "file",
              width: 240,
              render: (_, d) => (d.file ? <DocumentLink projectId={project.id} document={d} /> : none),
            },
          ]}
        />
      </Section>
      {needed.length > 0 ? (
        <Section title={t("projects.documents.evidenceChecklist")}>
          <ul style={{ margin: 0, paddingInlineStart: 0, listStyle: "none" }}>
            {needed.map((code) => (
              <li key={code} style={{ marginBottom: 4 }}>
                {onFile.has(code) ? (
                  <CheckCircleFilled
                    style={{ color: "#389e0d", marginInlineEnd: 8 }}
                    aria-label={t("projects.documents.onFile")}
                  />
                ) : (
                  <ExclamationCircleOutlined
                    style={{ color: "#d46b08", marginInlineEnd: 8 }}
                    aria-label={t("projects.documents.missing")}
                  />
                )}
                {label("evidence", code)}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {uploading ? <UploadDocumentModal project={project} onClose={() => setUploading(false)} /> : null}
    </Flex>
  );
}
