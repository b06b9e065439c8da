import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Alert, App, Flex, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FairDetail, FairDocument } from "../../../../api/types";
import { ActionButton } from "../../../../components/action-button";
import { EmptyState } from "../../../../components/query-state";
import { Section } from "../../../../components/section";
import { fairDocumentFileUrl, useDeleteFairDocument } from "../api";
import { UploadFairDocumentModal } from "./upload-fair-document-modal";

/** Văn bản: the fair's plan, decision and the host's confirmed list, with upload and removal while it is open. */
export function FairDocumentsTab({ fair }: { fair: FairDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState(false);
  const remove = useDeleteFairDocument();
  const none = t("common.none");
  const hasConfirmedList = fair.documents.some((document) => document.kind === "CONFIRMED_LIST");
  return (
    <Section
      title={t("fairs.sections.documents")}
      extra={
        <ActionButton
          action={fair.actions.addDocument}
          icon={<UploadOutlined />}
          onClick={() => setUploading(true)}
        >
          {t("fairs.documents.upload")}
        </ActionButton>
      }
    >
      <Flex vertical gap={12}>
        {fair.status === "HELD" && !hasConfirmedList ? (
          <Alert type="info" showIcon title={t("fairs.documents.confirmedListNeeded")} />
        ) : null}
        <Table<FairDocument>
          rowKey="id"
          size="small"
          pagination={false}
          dataSource={fair.documents}
          scroll={{ x: 760 }}
          locale={{ emptyText: <EmptyState description={t("fairs.documents.empty")} /> }}
          columns={[
            {
              title: t("fairs.documents.kind"),
              key: "kind",
              render: (_, d) => (
                <Flex vertical>
                  <span>{d.kindLabel}</span>
                  {d.title ? (
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {d.title}
                    </Typography.Text>
                  ) : null}
                </Flex>
              ),
            },
            { title: t("fairs.documents.number"), dataIndex: "number", width: 130, render: (v) => v ?? none },
            {
              title: t("fairs.documents.issuedOn"),
              dataIndex: "issuedOn",
              width: 110,
              render: (v: string | null) => (v ? formatDate(v) : none),
            },
            {
              title: t("fairs.documents.file"),
              key: "file",
              width: 220,
              render: (_, d) =>
                d.fileName ? (
                  <Typography.Link href={fairDocumentFileUrl(fair.id, d.id)} download={d.fileName}>
                    <PaperClipOutlined aria-hidden /> {d.fileName}
                  </Typography.Link>
                ) : (
                  none
                ),
            },
            {
              title: t("fairs.documents.actions"),
              key: "actions",
              width: 110,
              render: (_, d) => (
                <ActionButton
                  action={fair.actions.addDocument}
                  size="small"
                  danger
                  icon={<DeleteOutlined />}
                  loading={remove.isPending && remove.variables?.documentId === d.id}
                  confirm={{
                    title: t("fairs.documents.removeConfirm"),
                    okText: t("fairs.documents.remove"),
                    cancelText: t("common.cancel"),
                    onConfirm: () =>
                      remove.mutate(
                        { id: fair.id, documentId: d.id },
                        {
                          onSuccess: () => void message.success(t("fairs.documents.removed")),
                          onError: (error) => void message.error(error.message),
                        },
                      ),
                  }}
                >
                  {t("fairs.documents.remove")}
                </ActionButton>
              ),
            },
          ]}
        />
      </Flex>
      {uploading ? (
        <UploadFairDocumentModal
          fairId={fair.id}
          initialKind={fair.status === "HELD" ? "CONFIRMED_LIST" : "PLAN"}
          onClose={() => setUploading(false)}
        />
      ) : null}
    </Section>
  );
}
