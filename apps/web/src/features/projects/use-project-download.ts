import { App } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError, type QueryValue } from "../../lib/api";
import { downloadFile } from "../establishments/download";

/** Runs one of the project exports (.xlsx, .docx) and reports a refusal as a message; `pending` names it. */
export function useProjectDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState<string | null>(null);
  const run = (key: string, path: string, fallbackName: string, query: Record<string, QueryValue> = {}) => {
    setPending(key);
    downloadFile(path, query, fallbackName)
      .catch((error: unknown) => {
        const detail = isApiError(error) ? error.displayMessage : t("errors.unexpected");
        void message.error(`${t("projects.exports.failed")}: ${detail}`);
      })
      .finally(() => setPending(null));
  };
  return { pending, run };
}
