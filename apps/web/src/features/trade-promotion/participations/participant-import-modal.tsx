import { UploadOutlined } from "@ant-design/icons";
import { Alert, Button, Flex, List, Modal, Popconfirm, Select, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { formatNumber } from "../../../lib/format";
import { type ParticipantImportResult, useParticipantImportJob, useStartParticipantImport } from "./api";

/**
 * The host's confirmed booth-holder list: choose the file, check it (a dry run that writes nothing), answer the
 * pick list for rows whose name matches several establishments of the commune, check again, then import — all
 * rows, or, as an explicit confirmed choice, only the valid ones.
 */
export function ParticipantImportModal({ fairId, onClose }: { fairId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const start = useStartParticipantImport(fairId);
  const [file, setFile] = useState<File | null>(null);
  const [picks, setPicks] = useState<Record<number, string>>({});
  const [checkJobId, setCheckJobId] = useState<string | null>(null);
  const [importJobId, setImportJobId] = useState<string | null>(null);
  const checkJob = useParticipantImportJob(fairId, checkJobId);
  const importJob = useParticipantImportJob(fairId, importJobId);

  const run = (dryRun: boolean, validOnly: boolean) => {
    if (!file) return;
    start.mutate(
      { file, dryRun, validOnly, picks },
      { onSuccess: ({ jobId }) => (dryRun ? setCheckJobId(jobId) : setImportJobId(jobId)) },
    );
  };
  const report: ParticipantImportResult | null =
    checkJob.data?.status === "SUCCEEDED" ? (checkJob.data.result ?? null) : null;
  const imported = importJob.data?.status === "SUCCEEDED" ? importJob.data.result : null;
  const failure = importJob.data?.status === "FAILED" ? importJob.data.error : checkJob.data?.error;
  const running =
    start.isPending ||
    (checkJobId !== null && !checkJob.data?.result && !checkJob.data?.error) ||
    (importJobId !== null && !imported && !importJob.data?.error);
  const blocked = report ? report.errors.length > 0 || report.ambiguous.length > 0 : true;

  const footer = imported
    ? [
        <Button key="close" type="primary" onClick={onClose}>
          {t("common.close")}
        </Button>,
      ]
    : [
        <Button key="cancel" onClick={onClose}>
          {t("common.cancel")}
        </Button>,
        <Button
          key="check"
          disabled={!file}
          loading={running && !importJobId}
          onClick={() => run(true, false)}
        >
          {report ? t("fairParticipants.importDialog.recheck") : t("fairParticipants.importDialog.dryRun")}
        </Button>,
        report && blocked && report.validRows > 0 ? (
          <Popconfirm
            key="valid"
            title={t("fairParticipants.importDialog.importValidConfirm", {
              valid: formatNumber(report.validRows),
            })}
            okText={t("common.confirm")}
            cancelText={t("common.cancel")}
            onConfirm={() => run(false, true)}
          >
            <Button>{t("fairParticipants.importDialog.importValid")}</Button>
          </Popconfirm>
        ) : null,
        <Button
          key="all"
          type="primary"
          disabled={blocked || !report || report.validRows === 0}
          loading={running && importJobId !== null}
          onClick={() => run(false, false)}
        >
          {t("fairParticipants.importDialog.importAll")}
        </Button>,
      ];

  return (
    <Modal
      open
      width={760}
      title={t("fairParticipants.importDialog.title")}
      onCancel={onClose}
      footer={footer}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary">{t("fairParticipants.importDialog.hint")}</Typography.Text>
        <Upload
          accept=".xlsx,.csv"
          maxCount={1}
          beforeUpload={(chosen) => {
            setFile(chosen);
            setPicks({});
            setCheckJobId(null);
            setImportJobId(null);
            return false;
          }}
          onRemove={() => setFile(null)}
          fileList={file ? [{ uid: "file", name: file.name, status: "done" }] : []}
        >
          <Button icon={<UploadOutlined />}>{t("fairParticipants.importDialog.choose")}</Button>
        </Upload>
        {running ? <Typography.Text>{t("fairParticipants.importDialog.running")}</Typography.Text> : null}
        {start.isError ? <ErrorAlert error={start.error} /> : null}
        {failure ? (
          <Alert
            type="error"
            showIcon
            message={t("fairParticipants.importDialog.failed")}
            description={failure.detail}
          />
        ) : null}
        {imported ? (
          <Alert
            type="success"
            showIcon
            message={t("fairParticipants.importDialog.done", { created: formatNumber(imported.created) })}
          />
        ) : null}
        {report && !imported ? <ImportReport report={report} picks={picks} onPick={setPicks} /> : null}
      </Flex>
    </Modal>
  );
}

function ImportReport({
  report,
  picks,
  onPick,
}: {
  report: ParticipantImportResult;
  picks: Record<number, string>;
  onPick: (picks: Record<number, string>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>
        {t("fairParticipants.importDialog.summary", {
          total: formatNumber(report.totalRows),
          valid: formatNumber(report.validRows),
          errors: formatNumber(report.errors.length),
          ambiguous: formatNumber(report.ambiguous.length),
        })}
      </Typography.Text>
      {report.ambiguous.length > 0 ? (
        <div>
          <Typography.Title level={5}>{t("fairParticipants.importDialog.pickTitle")}</Typography.Title>
          <List
            size="small"
            dataSource={report.ambiguous}
            renderItem={(row) => (
              <List.Item>
                <Flex vertical gap={4} style={{ width: "100%" }}>
                  <Typography.Text>
                    {t("fairParticipants.importDialog.row", { row: row.row })}: {row.name}
                  </Typography.Text>
                  <Select
                    aria-label={t("fairParticipants.importDialog.row", { row: row.row })}
                    placeholder={t("fairParticipants.importDialog.pickPlaceholder")}
                    value={picks[row.row]}
                    onChange={(id: string) => onPick({ ...picks, [row.row]: id })}
                    options={row.candidates.map((c) => ({
                      value: c.id,
                      label: [c.name, c.taxCode, c.address].filter(Boolean).join(" · "),
                    }))}
                  />
                </Flex>
              </List.Item>
            )}
          />
        </div>
      ) : null}
      {report.errors.length > 0 ? (
        <div>
          <Typography.Title level={5}>{t("fairParticipants.importDialog.errorsTitle")}</Typography.Title>
          <List
            size="small"
            dataSource={report.errors.slice(0, 200)}
            renderItem={(problem) => (
              <List.Item>
                {t("fairParticipants.importDialog.row", { row: problem.row })} — {problem.column}:{" "}
                {problem.message}
              </List.Item>
            )}
          />
        </div>
      ) : null}
      {report.warnings.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          message={t("fairParticipants.importDialog.warningsTitle")}
          description={report.warnings
            .map((w) => `${t("fairParticipants.importDialog.row", { row: w.row })}: ${w.message}`)
            .join("\n")}
        />
      ) : null}
    </Flex>
  );
}
