import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../../api/types";
import { api, apiRequest, isApiError } from "../../../lib/api";
import type { FileDownload } from "../../../lib/use-download";

export type ParticipantPage = ResponseOf<"/api/v1/fairs/{fairId}/participants", "get">;
export type Participant = ParticipantPage["items"][number];
export type ParticipationInput = BodyOf<"/api/v1/fairs/{fairId}/participants", "post">;
export type ParticipationCheck = ResponseOf<"/api/v1/fairs/{fairId}/participant-checks", "post">;
export type ParticipantImportJob = ResponseOf<"/api/v1/fair-participant-imports/{jobId}", "get">;
export type ParticipantImportResult = NonNullable<ParticipantImportJob["result"]>;

const base = (fairId: string) => `/fairs/${encodeURIComponent(fairId)}`;

export const PARTICIPANT_TEMPLATE: FileDownload = {
  path: "/fair-participant-imports/template",
  fallbackName: "mau-danh-sach-gian-hang.xlsx",
};
export const participantExport = (fairId: string): FileDownload => ({
  path: `${base(fairId)}/participants/export`,
  fallbackName: "danh-sach-gian-hang.xlsx",
});

export const participantKeys = {
  all: (fairId: string) => ["fairs", fairId, "participants"] as const,
  page: (fairId: string, params: { page: number; pageSize: number; q: string }) =>
    [...participantKeys.all(fairId), params] as const,
  importJob: (jobId: string) => ["fairs", "participant-import", jobId] as const,
};

export function useFairParticipants(fairId: string, params: { page: number; pageSize: number; q: string }) {
  return useQuery({
    queryKey: participantKeys.page(fairId, params),
    queryFn: ({ signal }) =>
      api.get<ParticipantPage>(`${base(fairId)}/participants`, {
        query: { page: params.page, pageSize: params.pageSize, q: params.q || undefined },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The norm, cap and E10 verdict the server would apply, for what the form holds now (no write). */
export function useParticipationCheck(
  fairId: string,
  participationId: string | null,
  input: ParticipationInput | null,
) {
  return useQuery({
    queryKey: ["fairs", fairId, "participant-check", participationId, input],
    queryFn: ({ signal }) =>
      api.post<ParticipationCheck>(
        `${base(fairId)}/participant-checks`,
        { participationId, participation: input },
        { signal },
      ),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    retry: false,
  });
}

/**
 * A participation moves the fair's counters: its participant pages (`["fairs", id, …]`) and its detail, whose
 * key is `["fairs", "detail", id]` (fairs/api.ts), so the counts above the tabs follow each write.
 */
function invalidateFair(queryClient: QueryClient, fairId: string) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: ["fairs", fairId] }),
    queryClient.invalidateQueries({ queryKey: ["fairs", "detail", fairId] }),
  ]);
}

/** Writes invalidate the fair's pages (its counters move too) and the fair itself. */
function useParticipantMutation<TInput, TOutput>(fairId: string, fn: (input: TInput) => Promise<TOutput>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSettled: () => invalidateFair(queryClient, fairId),
  });
}

export function useSaveParticipation(fairId: string) {
  return useParticipantMutation(
    fairId,
    ({ id, version, input }: { id: string | null; version: number | null; input: ParticipationInput }) =>
      id === null
        ? api.post<ResponseOf<"/api/v1/fairs/{fairId}/participants", "post">>(
            `${base(fairId)}/participants`,
            input,
          )
        : apiRequest<ResponseOf<"/api/v1/fairs/{fairId}/participants/{id}", "put">>(
            `${base(fairId)}/participants/${encodeURIComponent(id)}`,
            { method: "PUT", body: { ...input, version } },
          ),
  );
}

export function useDeleteParticipation(fairId: string) {
  return useParticipantMutation(fairId, ({ id, version }: { id: string; version: number }) =>
    api.delete<void>(`${base(fairId)}/participants/${encodeURIComponent(id)}`, { query: { version } }),
  );
}

export function useStartParticipantImport(fairId: string) {
  return useMutation({
    mutationFn: (input: {
      file: File;
      dryRun: boolean;
      validOnly: boolean;
      picks: Record<number, string>;
    }) => {
      const body = new FormData();
      body.append("file", input.file);
      if (Object.keys(input.picks).length > 0) body.append("picks", JSON.stringify(input.picks));
      return api.post<{ jobId: string }>(`${base(fairId)}/participant-imports`, body, {
        query: { dryRun: input.dryRun, validOnly: input.validOnly },
      });
    },
  });
}

const finished = (job: ParticipantImportJob | undefined) =>
  job?.status === "SUCCEEDED" || job?.status === "FAILED";

/** An import job, polled every 500 ms until it ends; a finished real import refreshes the fair once. */
export function useParticipantImportJob(fairId: string, jobId: string | null) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: participantKeys.importJob(jobId ?? ""),
    queryFn: async ({ signal }) => {
      const key = participantKeys.importJob(jobId ?? "");
      try {
        const job = await api.get<ParticipantImportJob>(
          `/fair-participant-imports/${encodeURIComponent(jobId ?? "")}`,
          { signal },
        );
        if (finished(job) && job.result && !job.result.dryRun) void invalidateFair(queryClient, fairId);
        return job;
      } catch (error) {
        // The embedded database answers "busy" while the import's own transaction holds it: still running.
        if (!isApiError(error) || error.code !== "DATABASE_BUSY") throw error;
        return queryClient.getQueryData<ParticipantImportJob>(key) as ParticipantImportJob;
      }
    },
    enabled: jobId !== null,
    refetchInterval: (query) => (finished(query.state.data) ? false : 500),
  });
}

export type ParticipationResults = BodyOf<"/api/v1/fairs/{fairId}/participants/{id}/results", "put">;

/** Sales and contracts reported after the fair (only once it is held); the version guards two editors. */
export function useReportParticipationResults(fairId: string) {
  return useParticipantMutation(fairId, ({ id, input }: { id: string; input: ParticipationResults }) =>
    apiRequest<ResponseOf<"/api/v1/fairs/{fairId}/participants/{id}/results", "put">>(
      `${base(fairId)}/participants/${encodeURIComponent(id)}/results`,
      { method: "PUT", body: input },
    ),
  );
}
