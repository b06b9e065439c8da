import type { FairTransitionCode } from "@kc/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { FairCalendar, FairDetail, FairInput, FairUpdate, ResponseOf } from "../../../api/types";
import { API_BASE, api, apiRequest } from "../../../lib/api";
import { type FairFilters, type FairListParams, fairFilterQuery } from "./filters";

const BASE = "/fairs";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Where the browser downloads a fair's document (GET, same-origin cookie; the server checks the scope). */
export const fairDocumentFileUrl = (fairId: string, documentId: string) =>
  `${API_BASE}${path(fairId)}/documents/${encodeURIComponent(documentId)}/file`;

export const fairKeys = {
  all: ["fairs"] as const,
  lists: () => [...fairKeys.all, "list"] as const,
  list: (params: FairListParams) => [...fairKeys.lists(), params] as const,
  calendar: (range: { from: string; to: string } & FairFilters) =>
    [...fairKeys.lists(), "calendar", range] as const,
  detail: (id: string) => [...fairKeys.all, "detail", id] as const,
};

export function useFairs(params: FairListParams) {
  return useQuery({
    queryKey: fairKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/fairs", "get">>(BASE, {
        query: { ...fairFilterQuery(params), page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFairCalendar(range: { from: string; to: string } & FairFilters) {
  return useQuery({
    queryKey: fairKeys.calendar(range),
    queryFn: ({ signal }) =>
      api.get<FairCalendar>(`${BASE}/calendar`, {
        query: { ...fairFilterQuery({ ...range, year: undefined }), from: range.from, to: range.to },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useFair(id: string) {
  return useQuery({
    queryKey: fairKeys.detail(id),
    queryFn: ({ signal }) => api.get<FairDetail>(path(id), { signal }),
  });
}

/**
 * Every write answers with the new fair page: it replaces the cached one, and the lists are stale. So are the
 * fair's participant pages (`["fairs", id, …]`): they carry whether the fair still takes participations or
 * results, which a step changes.
 */
function useFairMutation<TInput>(mutationFn: (input: TInput) => Promise<FairDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => {
      queryClient.setQueryData(fairKeys.detail(detail.id), detail);
      void queryClient.invalidateQueries({ queryKey: [...fairKeys.all, detail.id] });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: fairKeys.lists() }),
  });
}

export function useCreateFair() {
  return useFairMutation((input: FairInput) => api.post<FairDetail>(BASE, input));
}

export function useUpdateFair() {
  return useFairMutation(({ id, ...input }: FairUpdate & { id: string }) =>
    apiRequest<FairDetail>(path(id), { method: "PUT", body: input }),
  );
}

export function useFairStep() {
  return useFairMutation(
    ({
      id,
      code,
      version,
      reason,
    }: {
      id: string;
      code: FairTransitionCode;
      version: number;
      reason: string | null;
    }) => api.post<FairDetail>(`${path(id)}/steps/${code}`, { version, reason }),
  );
}

export function useDeleteFairDocument() {
  return useFairMutation(({ id, documentId }: { id: string; documentId: string }) =>
    api.delete<FairDetail>(`${path(id)}/documents/${encodeURIComponent(documentId)}`),
  );
}

export type FairDocumentFields = {
  kind: "PLAN" | "DECISION" | "CONFIRMED_LIST" | "OTHER";
  number: string | null;
  issuedOn: string | null;
  signer: string | null;
  title: string;
};

export function useUploadFairDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, fields }: { id: string; file: File; fields: FairDocumentFields }) => {
      const body = new FormData();
      body.append("file", file);
      body.append("fields", JSON.stringify(fields));
      return api.post<{ documentId: string; sha256: string }>(`${path(id)}/documents`, body);
    },
    onSettled: (_data, _error, input) =>
      queryClient.invalidateQueries({ queryKey: fairKeys.detail(input.id) }),
  });
}
