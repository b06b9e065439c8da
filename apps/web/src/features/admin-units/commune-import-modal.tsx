import { InboxOutlined } from "@ant-design/icons";
import { Alert, App, Button, Checkbox, Flex, Modal, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommuneImportReport, ImportRowError } from "../../api/types";
import { ErrorAlert } from "../../components/error-alert";
import { isApiError } from "../../lib/api";
import { formatNumber } from "../../lib/format";
import { reportFromProblem, useImportCommunes } from "./api";

type CommuneImportModalProps = { open: boolean; onClose: () => void };

function ImportReport({ report }: { report: CommuneImportReport }) {
  const { t } = useTranslation();
  const errorCount = report.errors.length;
  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {t("communeImport.summary", {
          total: formatNumber(report.totalRows),
          valid: formatNumber(report.validRows),
          errors: formatNumber(errorCount),
        })}
      </Typography.Text>
      {errorCount === 0 ? (
        <Alert type="success" showIcon title={t("communeImport.noErrors")} />
      ) : (
        <>
          <Alert type="warning" showIcon title={t("communeImport.hasErrors", { count: errorCount })} />
          <Table<ImportRowError>
            size="small"
            rowKey={(error) => `${error.row}:${error.column ?? ""}:${error.code}:${error.message}`}
            dataSource={report.errors}
            pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
            columns={[
              { title: t("communeImport.row"), dataIndex: "row", width: 80 },
              {
                title: t("communeImport.column"),
                dataIndex: "column",
                width: 140,
                render: (column: string | null) => column ?? t("common.none"),
              },
              { title: t("communeImport.error"), dataIndex: "message" },
            ]}
          />
        </>
      )}
    </Flex>
  );
}

/**
 * Commune list import: a dry run first shows every row error (Dòng, Cột, Lỗi); "Nhập" then writes the file,
 * either all-or-nothing or only the valid rows.
 */
export function CommuneImportModal({ open, onClose }: CommuneImportModalProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const importer = useImportCommunes();
  const [file, setFile] = useState<File | null>(null);
  const [validOnly, setValidOnly] = useState(false);
  const [report, setReport] = useState<CommuneImportReport | null>(null);

  const reset = () => {
    setFile(null);
    setReport(null);
    setValidOnly(false);
    importer.reset();
  };

  const close = () => {
    reset();
    onClose();
  };

  const run = (dryRun: boolean) => {
    if (!file) return;
    importer.mutate(
      { file, dryRun, validOnly },
      {
        onSuccess: (result) => {
          if (dryRun) {
            setReport(result);
            return;
          }
          void message.success(
            t("communeImport.done", {
              created: formatNumber(result.created),
              updated: formatNumber(result.updated),
            }),
          );
          close();
        },
        onError: (error) => {
          const refused = isApiError(error) ? reportFromProblem(error.body) : null;
          if (refused) setReport({ ...refused, totalRows: refused.totalRows || (report?.totalRows ?? 0) });
        },
      },
    );
  };

  const canImport =
    file !== null && report !== null && report.validRows > 0 && (report.errors.length === 0 || validOnly);
  const pendingDryRun = importer.isPending && importer.variables?.dryRun === true;
  const pendingImport = importer.isPending && importer.variables?.dryRun === false;
  const errorWithoutReport =
    importer.error && !(isApiError(importer.error) && reportFromProblem(importer.error.body));

  return (
    <Modal
      open={open}
      title={t("communeImport.title")}
      onCancel={close}
      width={760}
      destroyOnHidden
      footer={[
        <Button key="close" onClick={close}>
          {t("common.close")}
        </Button>,
        <Button key="dry-run" disabled={!file} loading={pendingDryRun} onClick={() => run(true)}>
          {t("communeImport.dryRun")}
        </Button>,
        <Button
          key="import"
          type="primary"
          disabled={!canImport}
          loading={pendingImport}
          onClick={() => run(false)}
        >
          {t("communeImport.import")}
        </Button>,
      ]}
    >
      <Flex vertical gap={16}>
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t("communeImport.hint")}
        </Typography.Paragraph>
        <Upload.Dragger
          accept=".xlsx,.csv"
          maxCount={1}
          aria-label={t("communeImport.fileInput")}
          fileList={file ? [{ uid: "commune-file", name: file.name, status: "done" }] : []}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setReport(null);
            importer.reset();
            return false;
          }}
          onRemove={() => {
            setFile(null);
            setReport(null);
            importer.reset();
          }}
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{t("communeImport.dropzone")}</p>
          <p className="ant-upload-hint">{t("communeImport.dropzoneHint")}</p>
        </Upload.Dragger>
        <Checkbox checked={validOnly} onChange={(event) => setValidOnly(event.target.checked)}>
          {t("communeImport.validOnly")}
        </Checkbox>
        {errorWithoutReport ? <ErrorAlert error={importer.error} /> : null}
        {report ? (
          <ImportReport report={report} />
        ) : file ? (
          <Typography.Text type="secondary">{t("communeImport.checkFirst")}</Typography.Text>
        ) : null}
      </Flex>
    </Modal>
  );
}
