import { formatDate, todayInVietnam } from "@kc/domain";
import { Card, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CatalogueEntry, LegalBasisRef } from "../../api/types";
import { AsOfPicker } from "../../components/as-of-picker";
import { type DataColumn, DataTable } from "../../components/data-table";
import { PageHeader } from "../../components/page-header";
import { EmptyState, ErrorState, LoadingSkeleton } from "../../components/query-state";
import { useCatalogueEntries, useCatalogueKinds } from "./api";

function CatalogueTable({ kind, asOf }: { kind: string; asOf: string }) {
  const { t } = useTranslation();
  const entries = useCatalogueEntries(kind, asOf);

  const columns: DataColumn<CatalogueEntry>[] = [
    {
      title: t("common.code"),
      key: "code",
      dataIndex: "code",
      width: 240,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    { title: t("codeCatalogues.labelVi"), key: "labelVi", dataIndex: "labelVi" },
    { title: t("codeCatalogues.labelEn"), key: "labelEn", dataIndex: "labelEn" },
    {
      title: t("common.validFrom"),
      key: "validFrom",
      dataIndex: "validFrom",
      width: 120,
      render: formatDate,
    },
    {
      title: t("common.validTo"),
      key: "validTo",
      dataIndex: "validTo",
      width: 130,
      render: (value: string | null) =>
        value ? formatDate(value) : <Tag color="green">{t("common.stillInForce")}</Tag>,
    },
    {
      title: t("common.legalBasis"),
      key: "legalBasis",
      dataIndex: "legalBasis",
      width: 180,
      render: (basis: LegalBasisRef) => basis || t("common.none"),
    },
  ];

  if (entries.isPending) return <LoadingSkeleton />;
  if (entries.isError) return <ErrorState error={entries.error} onRetry={() => void entries.refetch()} />;
  return (
    <DataTable<CatalogueEntry>
      tableId="code-catalogue"
      rowKey="code"
      columns={columns}
      dataSource={entries.data}
      loading={entries.isFetching && entries.isPlaceholderData}
      locale={{ emptyText: <EmptyState /> }}
      pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: false }}
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
