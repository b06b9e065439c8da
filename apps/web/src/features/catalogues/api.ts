import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export const catalogueKeys = {
  all: ["catalogues"] as const,
  kinds: () => [...catalogueKeys.all, "kinds"] as const,
  entries: (kind: string, asOf: string) => [...catalogueKeys.all, "entries", kind, { asOf }] as const,
};

export function useCatalogueKinds() {
  return useQuery({
    queryKey: catalogueKeys.kinds(),
    queryFn: ({ signal }) => api.get<ResponseOf<"/api/v1/catalogues", "get">>("/catalogues", { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useCatalogueEntries(kind: string | undefined, asOf: string) {
  return useQuery({
    queryKey: catalogueKeys.entries(kind ?? "", asOf),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/catalogues/{kind}", "get">>(
        `/catalogues/${encodeURIComponent(kind ?? "")}`,
        {
          query: { asOf },
          signal,
        },
      ),
    select: (data) => data.items,
    enabled: Boolean(kind),
    placeholderData: keepPreviousData,
  });
}
