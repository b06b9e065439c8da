import {
  FilePdfOutlined,
  FileWordOutlined,
  SafetyCertificateOutlined,
  StopOutlined,
} from "@ant-design/icons";
import { formatDate, formatDong, productGroupLabels, selectionLevelLabels } from "@kc/domain";
import { Button, Descriptions, Drawer, Flex, Table, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ActionButton } from "../../components/action-button";
import { ErrorState, LoadingSkeleton } from "../../components/query-state";
import { useDownload } from "../../lib/use-download";
import { usePhoneLayout } from "../../lib/use-phone-layout";
import { type CertificateDetail, certificateFile, type HolderReport, useCertificate } from "./api";
import { CertificateStatusTag } from "./certificate-status-tag";
import { HolderReportModal } from "./holder-report-modal";
import { RevokeCertificateModal } from "./revoke-certificate-modal";

const money = (value: string | null) => (value === null ? "—" : `${formatDong(value)} đ`);

/**
 * One certificate for the officer (issue 16 item 6): its state today, the decisions behind it, the printed
 * files, the public page its QR code opens, the revocation (S8) and the holder's annual reports (R8).
 */
export function CertificateDrawer({
  certificateId,
  onClose,
}: {
  certificateId: string | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const phone = usePhoneLayout();
  const query = useCertificate(certificateId);
  const [dialog, setDialog] = useState<"revoke" | "report" | null>(null);
  const certificate = query.data;
  return (
    <Drawer
      open={certificateId !== null}
      onClose={onClose}
      width={phone ? "100%" : 720}
      title={certificate ? t("certificates.detail.title", { number: certificate.number }) : ""}
    >
      {query.isPending && certificateId ? <LoadingSkeleton /> : null}
      {query.error ? <ErrorState error={query.error} onRetry={() => void query.refetch()} /> : null}
      {certificate ? (
        <Flex vertical gap={16}>
          <CertificateFiles certificate={certificate} />
          <Flex gap={8} wrap>
            <ActionButton
              action={certificate.actions.revoke}
              danger
              icon={<StopOutlined />}
              onClick={() => setDialog("revoke")}
            >
              {t("certificates.revoke.action")}
            </ActionButton>
          </Flex>
          <CertificateFacts certificate={certificate} />
          <Flex justify="space-between" align="center" wrap gap={8}>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t("certificates.detail.reports")}
            </Typography.Title>
            <ActionButton action={certificate.actions.report} onClick={() => setDialog("report")}>
              {t("certificates.detail.addReport")}
            </ActionButton>
          </Flex>
          <Table<HolderReport>
            size="small"
            rowKey="year"
            pagination={false}
            dataSource={certificate.holderReports}
            locale={{ emptyText: t("certificates.detail.noReports") }}
            scroll={{ x: 520 }}
            columns={[
              { key: "year", title: t("certificates.report.year"), width: 70, dataIndex: "year" },
              {
                key: "support",
                title: t("certificates.report.supportReceived"),
                width: 150,
                align: "right",
                render: (_, r) => money(r.supportReceived),
              },
              {
                key: "revenue",
                title: t("certificates.report.revenue"),
                width: 150,
                align: "right",
                render: (_, r) => money(r.revenue),
              },
              { key: "notes", title: t("certificates.report.notes"), width: 200, dataIndex: "notes" },
            ]}
          />
          {dialog === "revoke" ? (
            <RevokeCertificateModal certificate={certificate} onClose={() => setDialog(null)} />
          ) : null}
          {dialog === "report" ? (
            <HolderReportModal certificate={certificate} onClose={() => setDialog(null)} />
          ) : null}
        </Flex>
      ) : null}
    </Drawer>
  );
}

/** The printed certificate and the public page its QR code opens. */
function CertificateFiles({ certificate }: { certificate: CertificateDetail }) {
  const { t } = useTranslation();
  const download = useDownload<"pdf" | "docx">(() => t("certificates.detail.downloadFailed"));
  return (
    <Flex gap={8} wrap>
      <Button
        icon={<FilePdfOutlined />}
        loading={download.pending === "pdf"}
        onClick={() => download.run("pdf", certificateFile(certificate, "pdf"))}
      >
        {t("certificates.detail.downloadPdf")}
      </Button>
      <Button
        icon={<FileWordOutlined />}
        loading={download.pending === "docx"}
        onClick={() => download.run("docx", certificateFile(certificate, "docx"))}
      >
        {t("certificates.detail.downloadDocx")}
      </Button>
      <Button
        icon={<SafetyCertificateOutlined />}
        href={certificate.verificationUrl}
        target="_blank"
        rel="noopener"
      >
        {t("certificates.detail.verify")}
      </Button>
    </Flex>
  );
}

function CertificateFacts({ certificate }: { certificate: CertificateDetail }) {
  const { t } = useTranslation();
  return (
    <Descriptions column={1} size="small" bordered>
      <Descriptions.Item label={t("certificates.columns.status")}>
        <Flex vertical gap={4}>
          <span>
            <CertificateStatusTag status={certificate.status} />
          </span>
          {certificate.revokedOn ? (
            <Typography.Text type="danger">
              {t("certificates.detail.revokedBy", {
                number: certificate.revokingDecisionNumber,
                date: formatDate(certificate.revokingDecisionOn),
                reason: certificate.revokedReason,
              })}
            </Typography.Text>
          ) : null}
        </Flex>
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.columns.product")}>
        {certificate.productName}
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.columns.establishment")}>
        {certificate.establishmentName}
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.columns.level")}>
        {selectionLevelLabels[certificate.level]} · {certificate.year}
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.columns.group")}>
        {certificate.productGroup}: {productGroupLabels[certificate.productGroup]}
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.columns.issuedOn")}>
        {formatDate(certificate.issuedOn)}
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.columns.validUntil")}>
        {formatDate(certificate.validUntil)}
      </Descriptions.Item>
      <Descriptions.Item label={t("certificates.detail.decision")}>
        {t("certificates.detail.decisionText", {
          number: certificate.decisionNumber,
          date: formatDate(certificate.decisionOn),
          signer: certificate.decisionSigner,
        })}
      </Descriptions.Item>
    </Descriptions>
  );
}
