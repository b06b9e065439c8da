import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { Organisation } from "../../api/types";
import { api, type Page } from "../../lib/api";

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
