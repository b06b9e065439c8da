import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../../api/types";
import { api, apiRequest } from "../../../lib/api";

export type ScoringPage = ResponseOf<"/api/v1/selection-rounds/{id}/scoring", "get">;
export type FrameInput = BodyOf<"/api/v1/selection-rounds/{id}/frame", "put">;
export type ScoringSummary = ResponseOf<"/api/v1/selection-rounds/{id}/scoring/summary", "get">;

const base = (roundId: string) => `/selection-rounds/${encodeURIComponent(roundId)}`;
const keys = { all: (roundId: string) => ["selection-scoring", roundId] as const };

export function useScoringPage(roundId: string) {
  return useQuery({
    queryKey: [...keys.all(roundId), "page"],
    queryFn: ({ signal }) => api.get<ScoringPage>(`${base(roundId)}/scoring`, { signal }),
  });
}

export function useScoringSummary(roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: [...keys.all(roundId), "summary"],
    queryFn: ({ signal }) => api.get<ScoringSummary>(`${base(roundId)}/scoring/summary`, { signal }),
    enabled,
  });
}

export function useScoringAction(roundId: string) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: keys.all(roundId) });
  return {
    proposeFrame: useMutation({
      mutationFn: (input: FrameInput) => apiRequest(`${base(roundId)}/frame`, { method: "PUT", body: input }),
      onSuccess: refresh,
    }),
    approveFrame: useMutation({
      mutationFn: (roundVersion: number) => api.post(`${base(roundId)}/frame/approve`, { roundVersion }),
      onSuccess: refresh,
    }),
    closeScoring: useMutation({
      mutationFn: (roundVersion: number) => api.post(`${base(roundId)}/scoring/close`, { roundVersion }),
      onSuccess: refresh,
    }),
    saveSheet: useMutation({
      mutationFn: (input: {
        entryId: string;
        scores: Record<string, string>;
        note: string;
        version: number | null;
      }) =>
        apiRequest(`${base(roundId)}/entries/${encodeURIComponent(input.entryId)}/sheet`, {
          method: "PUT",
          body: { scores: input.scores, note: input.note, version: input.version },
        }),
      onSuccess: refresh,
    }),
  };
}

export const summaryXlsxUrl = (roundId: string) => `/api/v1${base(roundId)}/scoring/summary.xlsx`;
