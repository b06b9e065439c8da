import { SafetyCertificateOutlined } from "@ant-design/icons";
import { productGroupLabels } from "@kc/domain";
import { Card, Flex, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ActionButton } from "../../components/action-button";
import { DataTable } from "../../components/data-table";
import { ListEmptyState } from "../../components/empty-state";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { formatNumber } from "../../lib/format";
import { DEFAULT_PAGE_SIZE, serverPagination } from "../../lib/pagination";
import { type Certificate, type RecognisedEntry, useCertificates, useRoundCertificates } from "./api";
import { certificateColumns } from "./certificate-columns";
import { CertificateDrawer } from "./certificate-drawer";
import { IssueCertificatesModal } from "./issue-certificates-modal";
import { CERTIFICATES_PATH } from "./paths";

/**
 * The round page's "Giấy chứng nhận" tab (issue 16 item 6): the products the approver recognised with the
 * certificate each has, the issue action as the server judges it (greyed with its reason before recognition or
 * for anyone but the level's approver), and the round's issued certificates, each opening its drawer.
 */
export function RoundCertificatesTab({ roundId }: { roundId: string }) {
  const { t } = useTranslation();
  const state = useRoundCertificates(roundId);
  const [paging, setPaging] = useState({ page: 1, pageSize: DEFAULT_PAGE_SIZE });
  const issued = useCertificates({ roundId, ...paging });
  const [issuing, setIssuing] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  if (state.isPending) return <LoadingSkeleton />;
  if (state.isError) return <ErrorState error={state.error} onRetry={() => void state.refetch()} />;
  const pending = state.data.recognised.filter((entry) => entry.certificateId === null);

  return (
    <Flex vertical gap={16}>
      <Card
        size="small"
        title={t("certificates.tab.recognised")}
        extra={
          <ActionButton
            type="primary"
            icon={<SafetyCertificateOutlined />}
            action={state.data.actions.issue}
            onClick={() => setIssuing(true)}
          >
            {t("certificates.tab.issue")}
          </ActionButton>
        }
      >
        <Typography.Paragraph type="secondary">{t("certificates.tab.recognisedHint")}</Typography.Paragraph>
        <Table<RecognisedEntry>
          size="small"
          rowKey="entryId"
          pagination={false}
          dataSource={state.data.recognised}
          scroll={{ x: 760 }}
          locale={{ emptyText: t("certificates.tab.noneRecognised") }}
          columns={[
            {
              key: "rank",
              title: t("certificates.columns.rank"),
              width: 64,
              render: (_, e) => e.rank ?? "—",
            },
            {
              key: "product",
              title: t("certificates.columns.product"),
              width: 240,
              dataIndex: "productName",
            },
            {
              key: "establishment",
              title: t("certificates.columns.establishment"),
              width: 220,
              dataIndex: "establishmentName",
            },
            {
              key: "group",
              title: t("certificates.columns.group"),
              width: 70,
              render: (_, e) => <span title={productGroupLabels[e.productGroup]}>{e.productGroup}</span>,
            },
            {
              key: "mean",
              title: t("certificates.columns.meanScore"),
              width: 90,
              align: "right",
              render: (_, e) => (e.meanScore === null ? "—" : formatNumber(Number(e.meanScore), 2)),
            },
            {
              key: "certificate",
              title: t("certificates.columns.certificate"),
              width: 160,
              render: (_, e) =>
                e.certificateId ? (
                  <Typography.Link onClick={() => setOpenId(e.certificateId)}>
                    {e.certificateNumber}
                  </Typography.Link>
                ) : (
                  <Tag>{t("certificates.tab.notIssued")}</Tag>
                ),
            },
          ]}
        />
      </Card>
      <Card
        size="small"
        title={t("certificates.tab.issued")}
        extra={<Link to={CERTIFICATES_PATH}>{t("certificates.listLink")}</Link>}
      >
        {issued.isPending ? <LoadingSkeleton /> : null}
        {issued.error ? <ErrorState error={issued.error} onRetry={() => void issued.refetch()} /> : null}
        {issued.data ? (
          <DataTable<Certificate>
            tableId="round-certificates"
            rowKey="id"
            columns={certificateColumns(t, (c) => setOpenId(c.id))}
            dataSource={issued.data.items}
            countLine={
              <Typography.Text aria-live="polite">
                {t("certificates.count", { formatted: formatNumber(issued.data.total) })}
              </Typography.Text>
            }
            locale={{ emptyText: <ListEmptyState what={t("certificates.what")} filtered={false} /> }}
            pagination={serverPagination(paging, issued.data.total, setPaging)}
          />
        ) : null}
      </Card>
      {issuing ? (
        <IssueCertificatesModal roundId={roundId} pending={pending} onClose={() => setIssuing(false)} />
      ) : null}
      <CertificateDrawer certificateId={openId} onClose={() => setOpenId(null)} />
    </Flex>
  );
}
