import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PagedQueryOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type OrganisationListParams = PagedQueryOf<"/api/v1/organisations">;

export const organisationKeys = {
  all: ["organisations"] as const,
  list: (params: OrganisationListParams) => [...organisationKeys.all, "list", params] as const,
};

export function useOrganisations(params: OrganisationListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/organisations", "get">>("/organisations", { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
