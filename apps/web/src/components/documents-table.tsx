import { DeleteOutlined, PaperClipOutlined } from "@ant-design/icons";
import { formatDate } from "@kc/domain";
import { Flex, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { ActionAvailability } from "../api/types";
import { ActionButton } from "./action-button";
import { EmptyState } from "./query-state";

/** One stored document as a list shows it: what it is, its register number and date, and its file. */
export type DocumentRow = {
  id: string;
  title: string;
  subtitle?: string | null;
  number: string | null;
  issuedOn: string | null;
  fileName: string | null;
  fileUrl: string | null;
};

/**
 * The list of a record's documents (projects, fairs, selection dossiers), with declared column widths, the file as
 * a download link (the server sends it as an attachment), and removal greyed with the server's reason.
 */
export function DocumentsTable({
  rows,
  emptyText,
  removal,
  onRemove,
  removing,
}: {
  rows: DocumentRow[];
  emptyText: string;
  removal?: ActionAvailability;
  onRemove?: (row: DocumentRow) => void;
  removing?: boolean;
}) {
  const { t } = useTranslation();
  const none = t("common.none");
  return (
    <Table<DocumentRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 640 }}
      locale={{ emptyText: <EmptyState description={emptyText} /> }}
      columns={[
        {
          title: t("common.documentUpload.document"),
          key: "title",
          width: 220,
          render: (_, row) => (
            <Flex vertical>
              <span>{row.title}</span>
              {row.subtitle ? (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {row.subtitle}
                </Typography.Text>
              ) : null}
            </Flex>
          ),
        },
        {
          title: t("common.documentUpload.number"),
          dataIndex: "number",
          width: 110,
          render: (v) => v ?? none,
        },
        {
          title: t("common.documentUpload.issuedOn"),
          dataIndex: "issuedOn",
          width: 110,
          render: (v: string | null) => (v ? formatDate(v) : none),
        },
        {
          title: t("common.documentUpload.file"),
          key: "file",
          width: 200,
          render: (_, row) =>
            row.fileUrl ? (
              <Typography.Link href={row.fileUrl} download={row.fileName ?? undefined}>
                <PaperClipOutlined aria-hidden /> {row.fileName}
              </Typography.Link>
            ) : (
              t("common.documentUpload.noFile")
            ),
        },
        ...(removal && onRemove
          ? [
              {
                title: "",
                key: "remove",
                width: 60,
                render: (_: unknown, row: DocumentRow) => (
                  <ActionButton
                    action={removal}
                    type="text"
                    danger
                    size="small"
                    loading={removing}
                    icon={<DeleteOutlined />}
                    aria-label={t("common.documentUpload.remove", { name: row.title })}
                    confirm={{
                      title: t("common.documentUpload.removeConfirm"),
                      onConfirm: () => onRemove(row),
                    }}
                  />
                ),
              },
            ]
          : []),
      ]}
    />
  );
}
