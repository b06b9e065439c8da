import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ItemOf, ResponseOf } from "../../../api/types";
import { api, apiRequest } from "../../../lib/api";

export type EntryPage = ResponseOf<"/api/v1/selection-rounds/{id}/entries", "get">;
export type Entry = ItemOf<EntryPage>;
export type EntryInput = BodyOf<"/api/v1/selection-rounds/{id}/entries", "post">;
export type EntryImportResult = ResponseOf<"/api/v1/selection-rounds/{id}/entry-imports", "post">;
export type NominationCandidate = ItemOf<
  ResponseOf<"/api/v1/selection-rounds/{id}/nomination-candidates", "get">
>;
export type EstablishmentSelection = ResponseOf<"/api/v1/establishments/{id}/selection", "get">;
export type EntryListParams = {
  q?: string;
  status?: string;
  productGroup?: string;
  page: number;
  pageSize: number;
};

const roundPath = (roundId: string) => `/selection-rounds/${encodeURIComponent(roundId)}`;
const entryPath = (entryId: string) => `/selection-entries/${encodeURIComponent(entryId)}`;

export const entryKeys = {
  all: ["selection-entries"] as const,
  round: (roundId: string) => [...entryKeys.all, "round", roundId] as const,
  list: (roundId: string, params: EntryListParams) => [...entryKeys.round(roundId), params] as const,
  detail: (entryId: string) => [...entryKeys.all, "detail", entryId] as const,
  candidates: (roundId: string) => [...entryKeys.round(roundId), "candidates"] as const,
  establishment: (establishmentId: string) => [...entryKeys.all, "establishment", establishmentId] as const,
};

export function useRoundEntries(roundId: string, params: EntryListParams) {
  return useQuery({
    queryKey: entryKeys.list(roundId, params),
    queryFn: ({ signal }) => api.get<EntryPage>(`${roundPath(roundId)}/entries`, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useEntry(entryId: string | null) {
  return useQuery({
    queryKey: entryKeys.detail(entryId ?? ""),
    queryFn: ({ signal }) => api.get<Entry>(entryPath(entryId ?? ""), { signal }),
    enabled: entryId !== null,
  });
}

/** Every write changes the round's list (status counts, thumbnails): the round's queries are stale after it. */
function useEntryWrite<TInput, TResult>(roundId: string, write: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: entryKeys.round(roundId) });
      await queryClient.invalidateQueries({ queryKey: [...entryKeys.all, "detail"] });
    },
  });
}

export const useRegisterEntry = (roundId: string) =>
  useEntryWrite(roundId, (input: EntryInput) => api.post<Entry>(`${roundPath(roundId)}/entries`, input));

export const useUpdateEntry = (roundId: string) =>
  useEntryWrite(roundId, ({ id, version, entry }: { id: string; version: number; entry: EntryInput }) =>
    apiRequest<Entry>(entryPath(id), { method: "PUT", body: { version, entry } }),
  );

export const useWithdrawEntry = (roundId: string) =>
  useEntryWrite(roundId, ({ id, version }: { id: string; version: number }) =>
    api.post<Entry>(`${entryPath(id)}/withdraw`, { version }),
  );

export const useUploadPhoto = (roundId: string) =>
  useEntryWrite(roundId, ({ id, angle, file }: { id: string; angle: string; file: File }) => {
    const body = new FormData();
    body.append("file", file);
    return api.post<unknown>(`${entryPath(id)}/photos/${angle}`, body);
  });

export const useImportEntries = (roundId: string) =>
  useEntryWrite(roundId, ({ file, dryRun }: { file: File; dryRun: boolean }) => {
    const body = new FormData();
    body.append("file", file);
    return api.post<EntryImportResult>(`${roundPath(roundId)}/entry-imports`, body, { query: { dryRun } });
  });

export function useNominationCandidates(roundId: string, enabled: boolean) {
  return useQuery({
    queryKey: entryKeys.candidates(roundId),
    queryFn: ({ signal }) =>
      api.get<{ items: NominationCandidate[] }>(`${roundPath(roundId)}/nomination-candidates`, { signal }),
    enabled,
  });
}

export const useNominate = (roundId: string) =>
  useEntryWrite(roundId, (entryIds: string[]) =>
    api.post<{ created: string[] }>(`${roundPath(roundId)}/nominations`, { entryIds }),
  );

export function useEstablishmentSelection(establishmentId: string) {
  return useQuery({
    queryKey: entryKeys.establishment(establishmentId),
    queryFn: ({ signal }) =>
      api.get<EstablishmentSelection>(`/establishments/${encodeURIComponent(establishmentId)}/selection`, {
        signal,
      }),
  });
}

export const ENTRY_IMPORT_TEMPLATE_URL = "/api/v1/selection-entry-import-template";
