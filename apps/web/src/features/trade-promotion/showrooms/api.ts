import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../../api/types";
import { api, apiRequest } from "../../../lib/api";

const BASE = "/showrooms";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type Showroom = ResponseOf<"/api/v1/showrooms/{id}", "get">;
export type ShowroomBody = BodyOf<"/api/v1/showrooms", "post">;
export type ShowroomListParams = {
  q?: string;
  year?: number;
  provinceId?: string;
  kind?: "AT_CENTRE" | "AT_ESTABLISHMENT";
  page: number;
  pageSize: number;
};

export const showroomKeys = {
  all: ["showrooms"] as const,
  list: (params: ShowroomListParams) => [...showroomKeys.all, "list", params] as const,
  detail: (id: string) => [...showroomKeys.all, "detail", id] as const,
};

export function useShowrooms(params: ShowroomListParams) {
  return useQuery({
    queryKey: showroomKeys.list(params),
    queryFn: ({ signal }) => api.get<ResponseOf<"/api/v1/showrooms", "get">>(BASE, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useShowroom(id: string) {
  return useQuery({
    queryKey: showroomKeys.detail(id),
    queryFn: ({ signal }) => api.get<Showroom>(path(id), { signal }),
  });
}

/** Create, or replace at the version read (409 when someone saved in between). */
export function useSaveShowroom() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ShowroomBody & { version?: number } }) =>
      id ? apiRequest<Showroom>(path(id), { method: "PUT", body }) : api.post<Showroom>(BASE, body),
    onSuccess: () => client.invalidateQueries({ queryKey: showroomKeys.all }),
  });
}
