import { Alert, Button, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { isApiError } from "../lib/api";

type ErrorAlertProps = {
  error: unknown;
  /** Title used when the error carries no message of its own. */
  fallbackTitle?: string;
  onRetry?: () => void;
};

/** Shows an error from the API: the server's Vietnamese message, field errors and the request id. */
export function ErrorAlert({ error, fallbackTitle, onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  const apiError = isApiError(error) ? error : null;
  const title = apiError?.displayMessage || fallbackTitle || t("errors.unexpected");
  const details = apiError?.errors.filter((item) => item.message) ?? [];
  // The request id helps support trace server faults; for ordinary refusals it is only noise.
  const requestId = apiError && apiError.status >= 500 ? apiError.requestId : null;

  const description =
    details.length > 0 || requestId ? (
      <>
        {details.length > 0 ? (
          <ul style={{ margin: 0, paddingInlineStart: 20 }}>
            {details.map((item) => (
              <li key={`${item.path}:${item.message}`}>{item.message}</li>
            ))}
          </ul>
        ) : null}
        {requestId ? (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t("errors.requestId", { id: requestId })}
          </Typography.Text>
        ) : null}
      </>
    ) : undefined;

  return (
    <Alert
      type="error"
      showIcon
      title={title}
      description={description}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            {t("common.retry")}
          </Button>
        ) : undefined
      }
    />
  );
}
