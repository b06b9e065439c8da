import { InboxOutlined } from "@ant-design/icons";
import { Alert, Button, Descriptions, Flex, Progress, Result, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportJob, ImportResult } from "../../../api/types";
import { formatNumber } from "../../../lib/format";
import { useDownload } from "../../../lib/use-download";
import { IMPORT_TEMPLATE } from "../api";

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
const ACCEPTED = /\.(xlsx|csv)$/i;

type UploadStepProps = { file: File | null; onFile: (file: File | null) => void };

/** Step 1: the file (.xlsx or .csv, at most 10 MB) and a link to the template. */
export function UploadStep({ file, onFile }: UploadStepProps) {
  const { t } = useTranslation();
  const download = useDownload(() => t("establishments.downloadFailed"));
  const [refusal, setRefusal] = useState<string | null>(null);

  return (
    <Flex vertical gap={12}>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("establishmentImport.hint")}{" "}
        <Button
          type="link"
          size="small"
          style={{ padding: 0 }}
          loading={download.pending === "template"}
          onClick={() => download.run("template", IMPORT_TEMPLATE)}
        >
          {t("establishmentImport.templateLink")}
        </Button>
      </Typography.Paragraph>
      <Upload.Dragger
        accept=".xlsx,.csv"
        maxCount={1}
        aria-label={t("establishmentImport.fileInput")}
        fileList={file ? [{ uid: "establishment-file", name: file.name, status: "done" }] : []}
        beforeUpload={(chosen) => {
          if (!ACCEPTED.test(chosen.name)) setRefusal(t("establishmentImport.wrongType"));
          else if (chosen.size > MAX_IMPORT_BYTES) setRefusal(t("establishmentImport.tooLarge"));
          else {
            setRefusal(null);
            onFile(chosen);
          }
          return false;
        }}
        onRemove={() => onFile(null)}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{t("establishmentImport.dropzone")}</p>
        <p className="ant-upload-hint">{t("establishmentImport.dropzoneHint")}</p>
      </Upload.Dragger>
      {refusal ? <Alert type="error" showIcon title={refusal} /> : null}
    </Flex>
  );
}

/** Step 2 while the job runs: a progress bar fed by the 500 ms poll. */
export function JobProgress({ job, dryRun }: { job: ImportJob | undefined; dryRun: boolean }) {
  const { t } = useTranslation();
  const done = job?.progress.done ?? 0;
  const total = job?.progress.total ?? 0;
  const percent = total > 0 ? Math.min(100, Math.floor((done * 100) / total)) : 0;
  const label = dryRun ? t("establishmentImport.running") : t("establishmentImport.importing");
  return (
    <Flex vertical gap={8} style={{ padding: "24px 0" }} aria-busy="true">
      <Typography.Text strong>{label}</Typography.Text>
      <Progress percent={percent} status="active" aria-label={label} />
      <Typography.Text type="secondary" aria-live="polite">
        {!job || job.status === "QUEUED"
          ? t("establishmentImport.queued")
          : t("establishmentImport.progress", { done: formatNumber(done), total: formatNumber(total) })}
      </Typography.Text>
    </Flex>
  );
}

/** After the real import: what was written, and the way back to the (refreshed) list. */
export function ImportDone({ result, onBackToList }: { result: ImportResult; onBackToList: () => void }) {
  const { t } = useTranslation();
  const count = (testId: string, value: number) => <span data-testid={testId}>{formatNumber(value)}</span>;
  return (
    <Flex vertical gap={8}>
      <Result
        status="success"
        title={t("establishmentImport.doneTitle")}
        subTitle={t("establishmentImport.doneSummary", {
          created: formatNumber(result.created),
          updated: formatNumber(result.updated),
          unchanged: formatNumber(result.unchanged),
        })}
        extra={
          <Button type="primary" onClick={onBackToList}>
            {t("establishmentImport.backToList")}
          </Button>
        }
      />
      <Descriptions
        bordered
        size="small"
        column={3}
        items={[
          {
            key: "created",
            label: t("establishmentImport.created"),
            children: count("import-created", result.created),
          },
          {
            key: "updated",
            label: t("establishmentImport.updated"),
            children: count("import-updated", result.updated),
          },
          {
            key: "unchanged",
            label: t("establishmentImport.unchanged"),
            children: count("import-unchanged", result.unchanged),
          },
        ]}
      />
    </Flex>
  );
}
