import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { PagedQueryOf, ResponseOf, SupportNormSetDetail, SupportNormSetInput } from "../../api/types";
import { api } from "../../lib/api";

export type SupportNormSetListParams = PagedQueryOf<"/api/v1/support-norm-sets">;

export const supportNormKeys = {
  all: ["support-norm-sets"] as const,
  lists: () => [...supportNormKeys.all, "list"] as const,
  list: (params: SupportNormSetListParams) => [...supportNormKeys.lists(), params] as const,
  detail: (id: string) => [...supportNormKeys.all, "detail", id] as const,
};

const path = (id: string) => `/support-norm-sets/${encodeURIComponent(id)}`;

export function useSupportNormSets(params: SupportNormSetListParams) {
  return useQuery({
    queryKey: supportNormKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/support-norm-sets", "get">>("/support-norm-sets", {
        query: params,
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useSupportNormSet(id: string | null) {
  return useQuery({
    queryKey: supportNormKeys.detail(id ?? ""),
    queryFn: ({ signal }) => api.get<SupportNormSetDetail>(path(id ?? ""), { signal }),
    enabled: id !== null,
  });
}

/** Reads one set on demand (the form copies its rows). */
export function useFetchSupportNormSet() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: supportNormKeys.detail(id),
      queryFn: ({ signal }) => api.get<SupportNormSetDetail>(path(id), { signal }),
    });
}

export function useCreateSupportNormSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SupportNormSetInput) => api.post<SupportNormSetDetail>("/support-norm-sets", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportNormKeys.all }),
  });
}

export function useCloseSupportNormSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, validTo }: { id: string; validTo: string }) =>
      api.post<SupportNormSetDetail>(`${path(id)}/close`, { validTo }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportNormKeys.all }),
  });
}
