import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type {
  EstablishmentDetail,
  EstablishmentInput,
  EstablishmentPatch,
  ImportJob,
  ResponseOf,
} from "../../api/types";
import { api, isApiError } from "../../lib/api";
import type { FileDownload } from "../../lib/use-download";
import { type EstablishmentListParams, filterQuery } from "./filters";

const BASE = "/establishments";

/** The Excel template of the import, and the export of the filtered list (names as the server gives them). */
export const IMPORT_TEMPLATE: FileDownload = {
  path: `${BASE}/import-template`,
  fallbackName: "mau-nhap-co-so-cnnt.xlsx",
};
export const ESTABLISHMENTS_EXPORT: FileDownload = {
  path: `${BASE}/export`,
  fallbackName: "co-so-cnnt.xlsx",
};
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const establishmentKeys = {
  all: ["establishments"] as const,
  lists: () => [...establishmentKeys.all, "list"] as const,
  list: (params: EstablishmentListParams) => [...establishmentKeys.lists(), params] as const,
  detail: (id: string) => [...establishmentKeys.all, "detail", id] as const,
  history: (id: string) => [...establishmentKeys.all, "history", id] as const,
  importJob: (jobId: string) => [...establishmentKeys.all, "import", jobId] as const,
};

export function useEstablishments(params: EstablishmentListParams) {
  return useQuery({
    queryKey: establishmentKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/establishments", "get">>(BASE, {
        query: { ...filterQuery(params), sort: params.sort, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useEstablishment(id: string) {
  return useQuery({
    queryKey: establishmentKeys.detail(id),
    queryFn: ({ signal }) => api.get<EstablishmentDetail>(path(id), { signal }),
  });
}

export function useEstablishmentHistory(id: string, enabled: boolean) {
  return useQuery({
    queryKey: establishmentKeys.history(id),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/establishments/{id}/history", "get">>(`${path(id)}/history`, { signal }),
    select: (data) => data.items,
    enabled,
  });
}

/**
 * After a write: the answer is the new detail; lists and the history are stale. After a refusal the record we
 * hold may be stale too (409), so the detail is refetched.
 */
function useEstablishmentMutation<TInput>(mutationFn: (input: TInput) => Promise<EstablishmentDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(establishmentKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: establishmentKeys.history(detail.id) });
    },
    onError: (error, input) => {
      const id = (input as { id?: string }).id;
      if (id && isApiError(error) && error.status === 409) {
        void queryClient.invalidateQueries({ queryKey: establishmentKeys.detail(id) });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: establishmentKeys.lists() }),
  });
}

export function useCreateEstablishment() {
  return useEstablishmentMutation((input: EstablishmentInput) => api.post<EstablishmentDetail>(BASE, input));
}

export function useUpdateEstablishment() {
  return useEstablishmentMutation(({ id, ...patch }: EstablishmentPatch & { id: string }) =>
    api.patch<EstablishmentDetail>(path(id), patch),
  );
}

export type EstablishmentAction = "archive" | "restore";

export function useEstablishmentAction() {
  return useEstablishmentMutation(
    ({ id, action, version }: { id: string; action: EstablishmentAction; version: number }) =>
      api.post<EstablishmentDetail>(`${path(id)}/${action}`, { version }),
  );
}

export function useStartImport() {
  return useMutation({
    mutationFn: (input: { file: File; dryRun: boolean; validOnly: boolean }) => {
      const body = new FormData();
      body.append("file", input.file);
      return api.post<ResponseOf<"/api/v1/establishment-imports", "post">>("/establishment-imports", body, {
        query: { dryRun: input.dryRun, validOnly: input.validOnly },
      });
    },
  });
}

const POLL_MS = 500;
const finished = (job: ImportJob | undefined) => job?.status === "SUCCEEDED" || job?.status === "FAILED";

/** An import job, polled every 500 ms until it ends. A finished real import refreshes the lists once. */
export function useImportJob(jobId: string | null) {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: establishmentKeys.importJob(jobId ?? ""),
    queryFn: async ({ signal }): Promise<ImportJob> => {
      const key = establishmentKeys.importJob(jobId ?? "");
      try {
        return await api.get<ImportJob>(`/establishment-imports/${encodeURIComponent(jobId ?? "")}`, {
          signal,
        });
      } catch (error) {
        // On the embedded database the import's own write holds the one connection and the server answers
        // "busy" (503 DATABASE_BUSY) meanwhile: the job is still running, so keep its last known state.
        if (!isApiError(error) || error.code !== "DATABASE_BUSY") throw error;
        return (
          queryClient.getQueryData<ImportJob>(key) ?? {
            id: jobId ?? "",
            kind: "establishment-import",
            status: "RUNNING",
            progress: { done: 0, total: 0 },
            result: null,
            error: null,
          }
        );
      }
    },
    enabled: Boolean(jobId),
    refetchInterval: (q) => (q.state.status === "error" || finished(q.state.data) ? false : POLL_MS),
    staleTime: 0,
    gcTime: 60_000,
  });
  const wroteData = query.data?.status === "SUCCEEDED" && query.data.result?.dryRun === false;
  useEffect(() => {
    if (wroteData) void queryClient.invalidateQueries({ queryKey: establishmentKeys.lists() });
  }, [wroteData, queryClient]);
  return query;
}
