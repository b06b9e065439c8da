import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, QueryOf, ResponseOf } from "../../../api/types";
import { api, apiRequest } from "../../../lib/api";
import { useDebouncedValue } from "../../../lib/use-debounced-value";

const BASE = "/brand-supports";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type BrandSupport = ResponseOf<"/api/v1/brand-supports/{id}", "get">;
export type BrandSupportBody = BodyOf<"/api/v1/brand-supports", "post">;
export type BrandCap = ResponseOf<"/api/v1/brand-supports/support-cap", "get">;
export type BrandListParams = {
  q?: string;
  year?: number;
  provinceId?: string;
  markKind?: "INDIVIDUAL" | "COLLECTIVE" | "CERTIFICATION";
  status?: "APPLIED" | "REGISTERED" | "REFUSED";
  page: number;
  pageSize: number;
};

export const brandKeys = {
  all: ["brand-supports"] as const,
  list: (params: BrandListParams) => [...brandKeys.all, "list", params] as const,
  detail: (id: string) => [...brandKeys.all, "detail", id] as const,
  cap: (query: QueryOf<"/api/v1/brand-supports/support-cap">) => [...brandKeys.all, "cap", query] as const,
};

export function useBrandSupports(params: BrandListParams) {
  return useQuery({
    queryKey: brandKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/brand-supports", "get">>(BASE, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useBrandSupport(id: string) {
  return useQuery({
    queryKey: brandKeys.detail(id),
    queryFn: ({ signal }) => api.get<BrandSupport>(path(id), { signal }),
  });
}

/**
 * The cap of norm h for what the form holds now (cost, dates, project), asked of the server so the form shows
 * the very number the save will be checked against; nothing is asked until cost, province and year are there.
 */
export function useBrandCap(input: Partial<QueryOf<"/api/v1/brand-supports/support-cap">>) {
  // Debounced as text: a new object each render would restart the timer for ever.
  const settled = useDebouncedValue(JSON.stringify(input), 300);
  const query = JSON.parse(settled) as Partial<QueryOf<"/api/v1/brand-supports/support-cap">>;
  const ready = Boolean(query.cost && query.provinceId && query.year);
  return useQuery({
    queryKey: brandKeys.cap(query as QueryOf<"/api/v1/brand-supports/support-cap">),
    queryFn: ({ signal }) => api.get<BrandCap>(`${BASE}/support-cap`, { query, signal }),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
}

export function useSaveBrandSupport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: BrandSupportBody & { version?: number } }) =>
      id ? apiRequest<BrandSupport>(path(id), { method: "PUT", body }) : api.post<BrandSupport>(BASE, body),
    onSuccess: () => client.invalidateQueries({ queryKey: brandKeys.all }),
  });
}
