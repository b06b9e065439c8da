import { formatDate, todayInVietnam } from "@kc/domain";
import { Card, Table, type TableColumnsType, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogueEntry, LegalBasisRef } from "../../api/types";
import { AsOfPicker } from "../../components/as-of-picker";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { useCatalogueEntries, useCatalogueKinds } from "./api";

function CatalogueTable({ kind, asOf }: { kind: string; asOf: string }) {
  const { t } = useTranslation();
  const entries = useCatalogueEntries(kind, asOf);

  const columns: TableColumnsType<CatalogueEntry> = [
    {
      title: t("common.code"),
      dataIndex: "code",
      width: 240,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t("codeCatalogues.labelVi"), dataIndex: "labelVi" },
    { title: t("codeCatalogues.labelEn"), dataIndex: "labelEn" },
    { title: t("common.validFrom"), dataIndex: "validFrom", width: 120, render: formatDate },
    {
      title: t("common.validTo"),
      dataIndex: "validTo",
      width: 130,
      render: (value: string | null) =>
        value ? formatDate(value) : <Tag color="green">{t("common.stillInForce")}</Tag>,
    },
    {
      title: t("common.legalBasis"),
      dataIndex: "legalBasis",
      width: 180,
      render: (basis: LegalBasisRef) => basis || t("common.none"),
    },
  ];

  if (entries.isPending) return <LoadingSkeleton />;
  if (entries.isError) return <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />;
  return (
    <Table<CatalogueEntry>
      rowKey="code"
      size="middle"
      columns={columns}
      dataSource={entries.data}
      loading={entries.isFetching && entries.isPlaceholderData}
      locale={{ emptyText: <EmptyState /> }}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: 1000 }}
    />
  );
}

/** The coded catalogues (funding sources, activity contents, industries…), each dated by validity. */
export function CodeCataloguesPage() {
  const { t } = useTranslation();
  const [asOf, setAsOf] = useState(todayInVietnam);
  const [active, setActive] = useState<string | undefined>();
  const kinds = useCatalogueKinds();

  const content = kinds.isPending ? (
    <LoadingSkeleton />
  ) : kinds.isError ? (
    <ErrorState error={kinds.error} onRetry={() => void kinds.refetch()} />
  ) : kinds.data.length === 0 ? (
    <EmptyState description={t("codeCatalogues.noKinds")} />
  ) : (
    <Tabs
      activeKey={active ?? kinds.data[0]?.kind}
      onChange={setActive}
      destroyOnHidden
      items={kinds.data.map((kind) => ({
        key: kind.kind,
        label: kind.label,
        children: <CatalogueTable kind={kind.kind} asOf={asOf} />,
      }))}
    />
  );

  return (
    <>
      <PageHeader title={t("codeCatalogues.title")} description={t("codeCatalogues.description")} />
      <Card variant="outlined">
        <div className="kc-toolbar">
          <AsOfPicker value={asOf} onChange={setAsOf} />
        </div>
        {content}
      </Card>
    </>
  );
}
