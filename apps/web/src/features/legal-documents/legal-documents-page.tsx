import { formatDate, type LegalDocumentType, legalDocumentTypeCodes } from "@kc/domain";
import { Card, Flex, Select, Tag, Tooltip } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { LegalDocument } from "../../api/types";
import { ClampText, type DataColumn, DataTable } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { PageHeader } from "../../components/page-header";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
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

  // Number, status and summary first; the type (the number says it) and the confidence are in the chooser.
  const columns: DataColumn<LegalDocument>[] = [
    {
      title: t("legalDocuments.number"),
      key: "number",
      dataIndex: "number",
      width: 160,
      alwaysVisible: true,
      render: (number: string) => <ClampText text={number} strong />,
    },
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
      title: t("legalDocuments.summary"),
      key: "title",
      dataIndex: "title",
      width: 300,
      render: (title: string) => <ClampText text={title} />,
    },
    {
      title: t("legalDocuments.issuer"),
      key: "issuer",
      dataIndex: "issuer",
      width: 170,
      render: (issuer: string) => <ClampText text={issuer} />,
    },
    {
      title: t("legalDocuments.signedDate"),
      key: "signedDate",
      dataIndex: "signedDate",
      width: 110,
      render: formatDate,
    },
    {
      title: t("legalDocuments.effectiveDate"),
      key: "effectiveDate",
      dataIndex: "effectiveDate",
      width: 120,
      render: formatDate,
    },
    {
      title: t("legalDocuments.type"),
      key: "typeLabel",
      dataIndex: "typeLabel",
      width: 130,
      hiddenByDefault: true,
    },
    {
      title: t("legalDocuments.confidence"),
      key: "confidence",
      dataIndex: "confidence",
      width: 140,
      hiddenByDefault: true,
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
          <DataTable<LegalDocument>
            tableId="legal-documents"
            rowKey="id"
            columns={columns}
            dataSource={documents.data.items}
            loading={documents.isFetching && documents.isPlaceholderData}
            locale={{
              emptyText: (
                <ListEmptyState
                  what={t("legalDocuments.emptyWhat")}
                  filtered={Boolean(q) || type !== undefined}
                  scoped={false}
                  onClearFilters={() => {
                    setQ("");
                    setType(undefined);
                    setPaging((current) => ({ ...current, page: 1 }));
                  }}
                />
              ),
            }}
            pagination={serverPagination(paging, documents.data.total, setPaging)}
          />
        )}
      </Card>
    </>
  );
}
