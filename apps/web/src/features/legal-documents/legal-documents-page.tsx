import { formatDate, type LegalDocumentType, legalDocumentTypeCodes } from "@kc/domain";
import { Card, Flex, Select, Table, type TableColumnsType, Tag, Tooltip, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LegalDocument } from "../../api/types";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { SearchInput } from "../../components/search-input";
import { firstPage, type Paging, serverPagination } from "../../lib/pagination";
import { useLegalDocuments } from "./api";
import { ConfidenceTag } from "./confidence-tag";

const statusColors: Record<string, string> = {
  IN_FORCE: "green",
  AMENDED: "blue",
  REPLACED: "default",
  EXPIRED: "default",
  UNKNOWN: "orange",
};

export function LegalDocumentsPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const [type, setType] = useState<LegalDocumentType | undefined>();
  const [paging, setPaging] = useState<Paging>(() => firstPage());
  const documents = useLegalDocuments({ q: q || undefined, type, ...paging });

  const columns: TableColumnsType<LegalDocument> = [
    {
      title: t("legalDocuments.number"),
      dataIndex: "number",
      width: 170,
      render: (number: string) => <Typography.Text strong>{number}</Typography.Text>,
    },
    { title: t("legalDocuments.type"), dataIndex: "typeLabel", width: 130 },
    { title: t("legalDocuments.issuer"), dataIndex: "issuer", width: 180 },
    { title: t("legalDocuments.summary"), dataIndex: "title" },
    { title: t("legalDocuments.signedDate"), dataIndex: "signedDate", width: 110, render: formatDate },
    { title: t("legalDocuments.effectiveDate"), dataIndex: "effectiveDate", width: 120, render: formatDate },
    {
      title: t("legalDocuments.status"),
      key: "status",
      width: 150,
      render: (_, document) => {
        const tag = <Tag color={statusColors[document.status] ?? "default"}>{document.statusLabel}</Tag>;
        return document.expiryDate ? (
          <Tooltip title={`${t("legalDocuments.expiryDate")}: ${formatDate(document.expiryDate)}`}>
            {tag}
          </Tooltip>
        ) : (
          tag
        );
      },
    },
    {
      title: t("legalDocuments.confidence"),
      dataIndex: "confidence",
      width: 140,
      render: (confidence: string) => <ConfidenceTag value={confidence} />,
    },
  ];

  return (
    <>
      <PageHeader title={t("legalDocuments.title")} description={t("legalDocuments.description")} />
      <Card variant="outlined">
        <Flex gap={12} wrap className="kc-toolbar">
          <SearchInput
            value={q}
            width={360}
            placeholder={t("legalDocuments.searchPlaceholder")}
            onSearch={(value) => {
              setQ(value);
              setPaging((current) => ({ ...current, page: 1 }));
            }}
          />
          <Select
            aria-label={t("legalDocuments.typeFilter")}
            placeholder={t("legalDocuments.typeFilter")}
            allowClear
            style={{ width: 220 }}
            value={type}
            onChange={(value?: LegalDocumentType) => {
              setType(value);
              setPaging((current) => ({ ...current, page: 1 }));
            }}
            options={legalDocumentTypeCodes.map((code) => ({
              value: code,
              label: t(`legalDocumentTypes.${code}`),
            }))}
          />
        </Flex>
        {documents.isPending ? (
          <LoadingSkeleton />
        ) : documents.isError ? (
          <ErrorState error={documents.error} onRetry={() => void documents.refetch()} />
        ) : (
          <Table<LegalDocument>
            rowKey="id"
            size="middle"
            columns={columns}
            dataSource={documents.data.items}
            loading={documents.isFetching && documents.isPlaceholderData}
            locale={{ emptyText: <EmptyState /> }}
            pagination={serverPagination(paging, documents.data.total, setPaging)}
            scroll={{ x: 1200 }}
          />
        )}
      </Card>
    </>
  );
}
