import type { Finding } from "@kc/domain";
import { Alert, Button, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { ErrorAlert } from "../../components/error-alert";
import { isApiError } from "../../lib/api";
import { useCodeLabel } from "./labels";

type ProblemAlertProps = {
  error: unknown;
  /** Fetches the project again (offered after a version conflict). */
  onReload?: () => void;
};

type ProblemExtras = { allowed?: Array<{ code: string; labelVi?: string }>; warnings?: Finding[] };

/**
 * A refused write on a project, as the server explained it: every reason it gave (Vietnamese), the steps that
 * are allowed instead (409), warnings, and for a version conflict the advice to reload the page.
 */
export function ProblemAlert({ error, onReload }: ProblemAlertProps) {
  const { t } = useTranslation();
  const label = useCodeLabel();
  if (!isApiError(error)) return <ErrorAlert error={error} />;
  if (error.code === "VERSION_CONFLICT") {
    return (
      <Alert
        type="warning"
        showIcon
        role="alert"
        title={t("errors.versionConflict")}
        description={t("projects.problem.reloadHint")}
        action={
          onReload ? (
            <Button size="small" onClick={onReload}>
              {t("common.reload")}
            </Button>
          ) : undefined
        }
      />
    );
  }
  const extras = (typeof error.body === "object" && error.body !== null ? error.body : {}) as ProblemExtras;
  const reasons =
    error.errors.length > 0 ? error.errors.map((item) => item.message) : [error.detail].filter(Boolean);
  const allowed = Array.isArray(extras.allowed) ? extras.allowed : [];
  const warnings = Array.isArray(extras.warnings) ? extras.warnings : [];
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      title={error.title || t("errors.unexpected")}
      description={
        <>
          {reasons.length > 0 ? (
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="problem-reasons">
              {reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          ) : null}
          {error.code === "PROJECT_TRANSITION_NOT_ALLOWED" ? (
            <Typography.Paragraph style={{ margin: "8px 0 0" }}>
              {allowed.length > 0
                ? t("projects.problem.allowed", {
                    steps: allowed.map((step) => label("steps", step.code, step.labelVi)).join("; "),
                  })
                : t("projects.problem.noneAllowed")}
            </Typography.Paragraph>
          ) : null}
          {warnings.length > 0 ? (
            <Typography.Paragraph type="warning" style={{ margin: "8px 0 0" }}>
              {t("projects.problem.warnings")}: {warnings.map((warning) => warning.messageVi).join("; ")}
            </Typography.Paragraph>
          ) : null}
        </>
      }
    />
  );
}
