import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { formatDateTime, formatNumber } from "@kc/domain";
import { App, Flex, Form, Input, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../components/action-button";
import { DocumentUploadModal } from "../../components/document-upload-modal";
import { ErrorAlert } from "../../components/error-alert";
import { EmptyState, ErrorState } from "../../components/query-state";
import { Section } from "../../components/section";
import {
  attachmentFileUrl,
  type ReportAttachment,
  useAttachReportFile,
  useRemoveReportFile,
  useReportAttachments,
} from "./report-attachments-api";

/** "1,2 MB", "845 kB": Vietnamese decimals, the unit a reader expects for a scan or a photo. */
function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${formatNumber(bytes / (1024 * 1024), 1)} MB`;
  return `${formatNumber(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

function AttachFileModal({ reportId, onClose }: { reportId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ description?: string }>();
  const attach = useAttachReportFile(reportId);
  return (
    <DocumentUploadModal<{ description?: string }>
      title={t("reportAttachments.addTitle")}
      okText={t("reportAttachments.add")}
      name="report-attachment"
      form={form}
      fileLabel={t("reportAttachments.file")}
      fileHint={t("reportAttachments.fileHint")}
      pending={attach.isPending}
      error={attach.error ? <ErrorAlert error={attach.error} /> : null}
      onUpload={(file, values) =>
        attach.mutate(
          { file, description: (values.description ?? "").trim() },
          {
            onSuccess: () => {
              void message.success(t("reportAttachments.uploaded", { name: file.name }));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    >
      <Form.Item label={t("reportAttachments.description")} name="description" rules={[{ max: 300 }]}>
        <Input
          maxLength={300}
          autoComplete="off"
          placeholder={t("reportAttachments.descriptionPlaceholder")}
        />
      </Form.Item>
    </DocumentUploadModal>
  );
}

/**
 * The files attached to a province's report (issue 17 item 2): listed and downloadable for every reader, added
 * and removed by the province's staff while the report is a draft or returned; otherwise the buttons are greyed
 * with the server's reason.
 */
export function ReportAttachments({ reportId }: { reportId: string }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const attachments = useReportAttachments(reportId);
  const remove = useRemoveReportFile(reportId);
  const data = attachments.data;
  const rows = data?.attachments ?? [];
  return (
    <Section
      title={t("reportAttachments.title")}
      extra={
        data?.actions.add ? (
          <ActionButton action={data.actions.add} icon={<UploadOutlined />} onClick={() => setAdding(true)}>
            {t("reportAttachments.add")}
          </ActionButton>
        ) : null
      }
    >
      <Flex vertical gap={8}>
        <Typography.Text type="secondary">
          {t("reportAttachments.hint")}
          {data ? ` · ${t("reportAttachments.count", { count: rows.length, max: data.max })}` : null}
        </Typography.Text>
        {attachments.error ? (
          <ErrorState error={attachments.error} onRetry={() => void attachments.refetch()} />
        ) : null}
        {remove.error ? <ErrorAlert error={remove.error} /> : null}
        <Table<ReportAttachment>
          rowKey="id"
          size="small"
          pagination={false}
          loading={attachments.isLoading}
          dataSource={rows}
          scroll={{ x: 620 }}
          locale={{ emptyText: <EmptyState description={t("reportAttachments.empty")} /> }}
          columns={[
            {
              title: t("reportAttachments.name"),
              key: "name",
              width: 300,
              render: (_, row) => (
                <Flex vertical>
                  <Typography.Link href={attachmentFileUrl(reportId, row.id)} download={row.name}>
                    <PaperClipOutlined aria-hidden /> {row.name}
                  </Typography.Link>
                  {row.description ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {row.description}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            {
              title: t("reportAttachments.size"),
              dataIndex: "size",
              width: 100,
              align: "right",
              render: (size: number) => fileSize(size),
            },
            {
              title: t("reportAttachments.attachedBy"),
              key: "by",
              width: 180,
              render: (_, row) => (
                <Flex vertical>
                  <span>{row.createdByName ?? t("common.none")}</span>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {formatDateTime(row.createdAt, false)}
                  </Typography.Text>
                </Flex>
              ),
            },
            ...(data?.actions.remove
              ? [
                  {
                    title: "",
                    key: "remove",
                    width: 60,
                    render: (_: unknown, row: ReportAttachment) => (
                      <ActionButton
                        action={data.actions.remove ?? { available: false, reasons: [] }}
                        type="text"
                        danger
                        size="small"
                        loading={remove.isPending}
                        icon={<DeleteOutlined />}
                        aria-label={t("reportAttachments.remove", { name: row.name })}
                        confirm={{
                          title: t("reportAttachments.removeConfirm"),
                          onConfirm: () => remove.mutate(row.id),
                        }}
                      />
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Flex>
      {adding ? <AttachFileModal reportId={reportId} onClose={() => setAdding(false)} /> : null}
    </Section>
  );
}
