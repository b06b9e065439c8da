import { Alert, Button, Flex, Modal, Popconfirm, Steps, Typography } from "antd";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../../components/error-alert";
import { formatNumber } from "../../../lib/format";
import { useImportJob, useStartImport } from "../api";
import { ImportReport, skippedRows } from "./import-report";
import { ImportDone, JobProgress, UploadStep } from "./import-steps";

type ImportModalProps = { open: boolean; onClose: () => void };

type View = "upload" | "checking" | "report" | "importing" | "done" | "failed" | "pollError";

const stepOf: Record<View, number> = {
  upload: 0,
  checking: 1,
  report: 1,
  importing: 2,
  done: 2,
  failed: 1,
  pollError: 1,
};

/**
 * Import wizard. 1: choose the file, run a dry run. 2: the job's progress, then its report (counts, errors,
 * warnings). 3: import everything (only when no row has an error) or, as an explicit confirmed choice, only the
 * valid rows; then the result and the way back to the list, which refreshes.
 */
export function ImportModal({ open, onClose }: ImportModalProps) {
  const { t } = useTranslation();
  const start = useStartImport();
  const [file, setFile] = useState<File | null>(null);
  const [checkJobId, setCheckJobId] = useState<string | null>(null);
  const [importJobId, setImportJobId] = useState<string | null>(null);
  const checkJob = useImportJob(checkJobId);
  const importJob = useImportJob(importJobId);
  const active = importJobId ? importJob : checkJob;

  const reset = (nextFile: File | null = null) => {
    setFile(nextFile);
    setCheckJobId(null);
    setImportJobId(null);
    start.reset();
  };
  const close = () => {
    reset();
    onClose();
  };
  const run = (dryRun: boolean, validOnly: boolean) => {
    if (!file) return;
    start.mutate(
      { file, dryRun, validOnly },
      { onSuccess: ({ jobId }) => (dryRun ? setCheckJobId(jobId) : setImportJobId(jobId)) },
    );
  };

  const report = checkJob.data?.status === "SUCCEEDED" ? checkJob.data.result : null;
  const imported = importJob.data?.status === "SUCCEEDED" ? importJob.data.result : null;
  let view: View;
  if (!checkJobId) view = "upload";
  else if (active.isError) view = "pollError";
  else if (active.data?.status === "FAILED") view = "failed";
  else if (importJobId) view = imported ? "done" : "importing";
  else view = report ? "report" : "checking";

  const failure = active.data?.error;
  // A refused real import may carry its own report; otherwise the dry run's report still stands.
  const shownReport = view === "failed" ? (active.data?.result ?? report) : view === "report" ? report : null;
  const hasErrors = (report?.errors.length ?? 0) > 0;
  const pendingImport = (validOnly: boolean) =>
    start.isPending && start.variables?.dryRun === false && start.variables.validOnly === validOnly;

  const closeButton = (
    <Button key="close" onClick={close}>
      {t("common.close")}
    </Button>
  );
  const chooseAnother = (
    <Button key="another" onClick={() => reset()}>
      {t("establishmentImport.chooseAnother")}
    </Button>
  );
  let footer: ReactNode[] = [closeButton];
  if (view === "upload") {
    footer = [
      <Button key="cancel" onClick={close}>
        {t("common.cancel")}
      </Button>,
      <Button
        key="dry-run"
        type="primary"
        disabled={!file}
        loading={start.isPending}
        onClick={() => run(true, false)}
      >
        {t("establishmentImport.dryRun")}
      </Button>,
    ];
  } else if (view === "report" && report) {
    footer = [
      chooseAnother,
      hasErrors && report.validRows > 0 ? (
        <Popconfirm
          key="valid-only"
          title={t("establishmentImport.validOnlyConfirm", {
            skipped: formatNumber(skippedRows(report)),
            valid: formatNumber(report.validRows),
          })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          onConfirm={() => run(false, true)}
        >
          <Button loading={pendingImport(true)}>{t("establishmentImport.importValidOnly")}</Button>
        </Popconfirm>
      ) : null,
      <Button
        key="all"
        type="primary"
        disabled={hasErrors || report.validRows === 0}
        loading={pendingImport(false)}
        onClick={() => run(false, false)}
      >
        {t("establishmentImport.importAll")}
      </Button>,
    ];
  } else if (view === "failed" || view === "pollError") {
    footer = [chooseAnother, closeButton];
  }

  return (
    <Modal
      open={open}
      title={t("establishmentImport.title")}
      onCancel={close}
      width={900}
      destroyOnHidden
      mask={{ closable: false }}
      footer={footer}
    >
      <Flex vertical gap={16}>
        <Steps
          size="small"
          current={stepOf[view]}
          status={
            view === "failed" || view === "pollError" ? "error" : view === "done" ? "finish" : "process"
          }
          items={[
            { title: t("establishmentImport.steps.upload") },
            { title: t("establishmentImport.steps.check") },
            { title: t("establishmentImport.steps.import") },
          ]}
        />
        {start.error ? <ErrorAlert error={start.error} /> : null}
        {view === "upload" ? <UploadStep file={file} onFile={(chosen) => reset(chosen)} /> : null}
        {view === "checking" || view === "importing" ? (
          <JobProgress job={active.data} dryRun={view === "checking"} />
        ) : null}
        {view === "pollError" ? (
          <ErrorAlert error={active.error} onRetry={() => void active.refetch()} />
        ) : null}
        {view === "failed" ? (
          <Alert
            type="error"
            showIcon
            title={t("establishmentImport.failed")}
            description={
              failure?.code === "IMPORT_HAS_ERRORS"
                ? t("establishmentImport.hasErrorsFailed")
                : failure?.detail
            }
          />
        ) : null}
        {shownReport ? <ImportReport result={shownReport} /> : null}
        {view === "report" && hasErrors ? (
          <Typography.Text type="secondary" data-testid="import-all-blocked">
            {t("establishmentImport.importAllBlocked")}
          </Typography.Text>
        ) : null}
        {view === "done" && imported ? <ImportDone result={imported} onBackToList={close} /> : null}
      </Flex>
    </Modal>
  );
}
