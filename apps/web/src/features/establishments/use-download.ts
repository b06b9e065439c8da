import { App } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError, type QueryValue } from "../../lib/api";
import { downloadFile } from "./download";

export const TEMPLATE_PATH = "/establishments/import-template";
export const TEMPLATE_FILE = "mau-nhap-co-so-cnnt.xlsx";
export const EXPORT_PATH = "/establishments/export";
export const EXPORT_FILE = "co-so-cnnt.xlsx";

type DownloadKey = "template" | "export";

/** Runs a file download and reports a refusal as a message; `pending` names the download under way. */
export function useDownload() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState<DownloadKey | null>(null);

  const run = (key: DownloadKey, query: Record<string, QueryValue> = {}) => {
    const [path, fallbackName] =
      key === "export" ? [EXPORT_PATH, EXPORT_FILE] : [TEMPLATE_PATH, TEMPLATE_FILE];
    setPending(key);
    downloadFile(path, query, fallbackName)
      .catch((error: unknown) => {
        const title =
          key === "export" ? t("establishments.exportFailed") : t("establishments.downloadFailed");
        const detail = isApiError(error) ? error.displayMessage : t("errors.unexpected");
        void message.error(`${title}: ${detail}`);
      })
      .finally(() => setPending(null));
  };

  return { pending, run };
}
