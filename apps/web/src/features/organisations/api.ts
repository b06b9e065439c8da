import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Page } from "../../lib/api";

export type OrganisationName = { name: string; validFrom: string; validTo: string | null };

export type Organisation = {
  id: string;
  type: string;
  typeLabel: string;
  name: string;
  shortName: string | null;
  provinceId: string | null;
  provinceName: string | null;
  validFrom: string;
  validTo: string | null;
  nameHistory: OrganisationName[];
};

export type OrganisationListParams = {
  asOf?: string;
  q?: string;
  type?: string;
  provinceId?: string;
  page: number;
  pageSize: number;
};

export const organisationKeys = {
  all: ["organisations"] as const,
  list: (params: OrganisationListParams) => [...organisationKeys.all, "list", params] as const,
};

export function useOrganisations(params: OrganisationListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<Organisation>>("/organisations", { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
