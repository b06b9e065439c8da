/**
 * Downloads a file answer (exports, import templates, printed dossiers) through fetch, so a refusal (rate limit,
 * session ended) shows as an error message instead of a broken file. GET needs no CSRF header.
 */
import i18n from "../i18n";
import { ApiError, buildUrl, type QueryValue } from "./api";

/** The file name from `Content-Disposition` (RFC 6266: `filename*=UTF-8''…` first, then `filename="…"`). */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (!disposition) return fallback;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (extended?.[1]) {
    try {
      return decodeURIComponent(extended[1].trim());
    } catch {
      // A malformed escape: fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

async function problemOf(response: Response): Promise<ApiError> {
  let body: Record<string, unknown> = {};
  try {
    const parsed: unknown = await response.json();
    if (typeof parsed === "object" && parsed !== null) body = parsed as Record<string, unknown>;
  } catch {
    // Not a problem document: keep the status only.
  }
  const text = (key: string) => (typeof body[key] === "string" ? (body[key] as string) : undefined);
  return new ApiError({
    status: response.status,
    code: text("code") ?? `HTTP_${response.status}`,
    title: text("title") ?? i18n.t("errors.unexpected"),
    detail: text("detail"),
    requestId: text("requestId") ?? response.headers.get("x-request-id"),
    body,
  });
}

export async function downloadFile(
  path: string,
  query: Record<string, QueryValue>,
  fallbackName: string,
): Promise<void> {
  let response: Response;
  try {
    response = await fetch(buildUrl(path, query), { credentials: "same-origin" });
  } catch {
    throw new ApiError({ status: 0, code: "NETWORK_ERROR", title: i18n.t("errors.network") });
  }
  if (!response.ok) throw await problemOf(response);
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileNameOf(response.headers.get("content-disposition"), fallbackName);
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a little later: some browsers read the blob after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
