import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../api/types";
import { api, apiRequest } from "../../lib/api";

const BASE = "/extension-centres";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type CentreList = ResponseOf<"/api/v1/extension-centres", "get">;
export type CentrePage = ResponseOf<"/api/v1/extension-centres/{id}", "get">;
export type StaffingBody = BodyOf<"/api/v1/extension-centres/{id}/staffing", "post">;

export const centreKeys = {
  all: ["extension-centres"] as const,
  list: (params: { onDate?: string; q?: string }) => [...centreKeys.all, "list", params] as const,
  page: (id: string, year?: number) => [...centreKeys.all, "page", id, year] as const,
};

export function useCentres(params: { onDate?: string; q?: string }) {
  return useQuery({
    queryKey: centreKeys.list(params),
    queryFn: ({ signal }) => api.get<CentreList>(BASE, { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCentrePage(id: string, year?: number) {
  return useQuery({
    queryKey: centreKeys.page(id, year),
    queryFn: ({ signal }) => api.get<CentrePage>(path(id), { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Records a staffing snapshot; the answer is the centre's page again. */
export function useRecordStaffing(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: StaffingBody) => api.post<CentrePage>(`${path(id)}/staffing`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: centreKeys.all }),
  });
}

export type ContractBody = BodyOf<"/api/v1/extension-centres/{id}/consulting-contracts", "post">;
export type PlanBody = BodyOf<"/api/v1/extension-centres/{id}/consulting-plans/{year}", "put">;

/** Records a contract, or replaces one at the version read (409 when someone saved in between). */
export function useSaveContract(centreId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ContractBody & { version?: number } }) =>
      id
        ? apiRequest<CentrePage>(`${path(centreId)}/consulting-contracts/${encodeURIComponent(id)}`, {
            method: "PUT",
            body,
          })
        : api.post<CentrePage>(`${path(centreId)}/consulting-contracts`, body),
    onSuccess: () => client.invalidateQueries({ queryKey: centreKeys.all }),
  });
}

/** Deletes a contract recorded by mistake, at the version read. */
export function useDeleteContract(centreId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api.delete<void>(`${path(centreId)}/consulting-contracts/${encodeURIComponent(id)}`, {
        query: { version },
      }),
    onSettled: () => client.invalidateQueries({ queryKey: centreKeys.all }),
  });
}

/** Sets a year's consulting plan: the first without a version, a change with the version read. */
export function useSetConsultingPlan(centreId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ year, body }: { year: number; body: PlanBody }) =>
      apiRequest<CentrePage>(`${path(centreId)}/consulting-plans/${year}`, { method: "PUT", body }),
    onSuccess: () => client.invalidateQueries({ queryKey: centreKeys.all }),
  });
}
