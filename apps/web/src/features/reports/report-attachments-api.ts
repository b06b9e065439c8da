import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type ReportAttachments = ResponseOf<"/api/v1/reports/{id}/attachments", "get">;
export type ReportAttachment = ReportAttachments["attachments"][number];

const attachmentsPath = (reportId: string) => `/reports/${encodeURIComponent(reportId)}/attachments`;
const attachmentKeys = (reportId: string) => ["reports", "attachments", reportId] as const;

/** Where the browser downloads one file (the server sends it as an attachment under its own name). */
export const attachmentFileUrl = (reportId: string, attachmentId: string) =>
  `/api/v1${attachmentsPath(reportId)}/${encodeURIComponent(attachmentId)}`;

/** A report's files, with whether the caller may add or remove one now (and the server's reason if not). */
export function useReportAttachments(reportId: string) {
  return useQuery({
    queryKey: attachmentKeys(reportId),
    queryFn: ({ signal }) => api.get<ReportAttachments>(attachmentsPath(reportId), { signal }),
  });
}

/** Each write answers the whole list: it replaces the cache at once. */
function useAttachmentsWrite<I>(reportId: string, write: (input: I) => Promise<ReportAttachments>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (answer) => client.setQueryData(attachmentKeys(reportId), answer),
    onError: () => client.invalidateQueries({ queryKey: attachmentKeys(reportId) }),
  });
}

export function useAttachReportFile(reportId: string) {
  return useAttachmentsWrite(reportId, ({ file, description }: { file: File; description: string }) => {
    const body = new FormData();
    body.append("file", file);
    body.append("fields", JSON.stringify({ description }));
    return api.post<ReportAttachments>(attachmentsPath(reportId), body);
  });
}

export function useRemoveReportFile(reportId: string) {
  return useAttachmentsWrite(reportId, (attachmentId: string) =>
    api.delete<ReportAttachments>(`${attachmentsPath(reportId)}/${encodeURIComponent(attachmentId)}`),
  );
}
