import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ItemOf, QueryOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type ReportListQuery = QueryOf<"/api/v1/reports">;
export type ReportSummary = ItemOf<ResponseOf<"/api/v1/reports", "get">>;
export type ReportTemplate = ItemOf<ResponseOf<"/api/v1/report-templates", "get">>;
export type ReportDetail = ResponseOf<"/api/v1/reports/{id}", "get">;
export type ReportCell = ReportDetail["cells"][number];
export type ReportCheck = ReportDetail["checks"][number];
export type ReportComment = ReportDetail["comments"][number];
export type OpenReportBody = BodyOf<"/api/v1/reports", "post">;
export type EditReportBody = BodyOf<"/api/v1/reports/{id}", "patch">;
export type SubmitReportBody = BodyOf<"/api/v1/reports/{id}/submit", "post">;
export type ReturnReportBody = BodyOf<"/api/v1/reports/{id}/return", "post">;
export type ReportStepBody = BodyOf<"/api/v1/reports/{id}/steps/{step}", "post">;
export type ReviewStep = "APPROVE" | "LOCK" | "UNLOCK";

const reportUrl = (id: string) => `/reports/${encodeURIComponent(id)}`;

export const reportKeys = {
  all: ["reports"] as const,
  list: (query: ReportListQuery) => [...reportKeys.all, "list", query] as const,
  detail: (id: string) => [...reportKeys.all, "detail", id] as const,
  templates: ["report-templates"] as const,
};

export function useReports(query: ReportListQuery) {
  return useQuery({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => api.get<{ items: ReportSummary[] }>("/reports", { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** The template versions change only with a legal document: read once per session. */
export function useReportTemplates() {
  return useQuery({
    queryKey: reportKeys.templates,
    queryFn: ({ signal }) => api.get<{ items: ReportTemplate[] }>("/report-templates", { signal }),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useReport(id: string) {
  return useQuery({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) => api.get<ReportDetail>(reportUrl(id), { signal }),
  });
}

/**
 * Every write answers the whole report page: it is put in the cache at once (so the page shows the new version
 * and checks without a second request) and the lists are read again for their state and version.
 */
function useReportWrite<I>(write: (input: I) => Promise<ReportDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (report) => {
      client.setQueryData(reportKeys.detail(report.id), report);
      void client.invalidateQueries({ queryKey: [...reportKeys.all, "list"] });
    },
  });
}

export const useOpenReport = () =>
  useReportWrite((body: OpenReportBody) => api.post<ReportDetail>("/reports", body));

export const useEditReport = (id: string) =>
  useReportWrite((body: EditReportBody) => api.patch<ReportDetail>(reportUrl(id), body));

export const useRefreshPrefill = (id: string) =>
  useReportWrite((body: { version: number }) => api.post<ReportDetail>(`${reportUrl(id)}/prefill`, body));

export const useSubmitReport = (id: string) =>
  useReportWrite((body: SubmitReportBody) => api.post<ReportDetail>(`${reportUrl(id)}/submit`, body));

export const useReturnReport = (id: string) =>
  useReportWrite((body: ReturnReportBody) => api.post<ReportDetail>(`${reportUrl(id)}/return`, body));

export const useReportStep = (id: string) =>
  useReportWrite(({ step, ...body }: ReportStepBody & { step: ReviewStep }) =>
    api.post<ReportDetail>(`${reportUrl(id)}/steps/${step}`, body),
  );
