import { Flex } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ActionAvailability } from "../../api/types";
import { ActionButton } from "../../components/action-button";
import { ErrorAlert } from "../../components/error-alert";
import { type ReportDetail, useReportStep } from "./api";
import { ReasonModal } from "./reason-modal";
import { ReturnReportModal } from "./return-report-modal";
import { SubmitReportModal } from "./submit-report-modal";

type Dialog = "submit" | "return" | "unlock" | null;

/** Sending with edits not yet saved would send the figures as they were: the page asks to save first. */
function unlessUnsaved(action: ActionAvailability | undefined, unsaved: boolean, messageVi: string) {
  if (!action || !unsaved) return action;
  return { available: false, reasons: [...action.reasons, { code: "UNSAVED_CHANGES", messageVi }] };
}

/**
 * The workflow steps the caller's role may take on the report, each available or greyed with the reasons the
 * server gives (`reportActions` of the domain, the same rule the use cases assert): send or send again, return
 * with comments, approve, lock, unlock with a reason.
 */
export function ReportWorkflowBar({ report, unsaved }: { report: ReportDetail; unsaved: boolean }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const step = useReportStep(report.id);
  const { actions } = report;
  const send = actions.SUBMIT ? "SUBMIT" : "RESUBMIT";
  const take = (code: "APPROVE" | "LOCK") =>
    step.mutate({ step: code, version: report.version, reason: null });
  return (
    <Flex vertical gap={8}>
      <Flex gap={8} wrap align="start">
        <ActionButton
          type="primary"
          action={unlessUnsaved(actions[send], unsaved, t("reports.saveFirst"))}
          onClick={() => setDialog("submit")}
        >
          {t(send === "SUBMIT" ? "reports.steps.submit" : "reports.steps.resubmit")}
        </ActionButton>
        <ActionButton action={actions.RETURN} onClick={() => setDialog("return")}>
          {t("reports.steps.return")}
        </ActionButton>
        <ActionButton
          type="primary"
          action={actions.APPROVE}
          loading={step.isPending && step.variables?.step === "APPROVE"}
          confirm={{
            title: t("reports.steps.approveConfirm"),
            okText: t("reports.steps.approve"),
            cancelText: t("common.cancel"),
            onConfirm: () => take("APPROVE"),
          }}
        >
          {t("reports.steps.approve")}
        </ActionButton>
        <ActionButton
          action={actions.LOCK}
          loading={step.isPending && step.variables?.step === "LOCK"}
          confirm={{
            title: t("reports.steps.lockConfirm"),
            okText: t("reports.steps.lock"),
            cancelText: t("common.cancel"),
            onConfirm: () => take("LOCK"),
          }}
        >
          {t("reports.steps.lock")}
        </ActionButton>
        <ActionButton danger action={actions.UNLOCK} onClick={() => setDialog("unlock")}>
          {t("reports.steps.unlock")}
        </ActionButton>
      </Flex>
      {step.isError && dialog === null ? <ErrorAlert error={step.error} /> : null}
      <SubmitReportModal report={report} open={dialog === "submit"} onClose={() => setDialog(null)} />
      <ReturnReportModal report={report} open={dialog === "return"} onClose={() => setDialog(null)} />
      <ReasonModal
        open={dialog === "unlock"}
        title={t("reports.unlock.title")}
        label={t("reports.unlock.reason")}
        okText={t("reports.steps.unlock")}
        required
        pending={step.isPending}
        error={step.isError ? step.error : null}
        onSubmit={(reason) =>
          step.mutate(
            { step: "UNLOCK", version: report.version, reason },
            { onSuccess: () => setDialog(null) },
          )
        }
        onClose={() => {
          step.reset();
          setDialog(null);
        }}
      />
    </Flex>
  );
}
