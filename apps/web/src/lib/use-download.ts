import { App } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { isApiError, type QueryValue } from "./api";
import { downloadFile } from "./download";

/** A file the server sends, and the name to save it under when the answer names none. */
export type FileDownload = { path: string; fallbackName: string; query?: Record<string, QueryValue> };

/**
 * Runs file downloads and reports a refusal as a message, "<failedTitle(key)>: <the server's reason>";
 * `pending` names the download under way, so only its button spins.
 */
export function useDownload<Key extends string>(failedTitle: (key: Key) => string) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [pending, setPending] = useState<Key | null>(null);

  const run = (key: Key, { path, fallbackName, query = {} }: FileDownload) => {
    setPending(key);
    downloadFile(path, query, fallbackName)
      .catch((error: unknown) => {
        const detail = isApiError(error) ? error.displayMessage : t("errors.unexpected");
        void message.error(`${failedTitle(key)}: ${detail}`);
      })
      .finally(() => setPending(null));
  };

  return { pending, run };
}
