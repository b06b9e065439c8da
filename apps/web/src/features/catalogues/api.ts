import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { CatalogueEntry, CatalogueKind } from "../../api/types";
import { api } from "../../lib/api";

export const catalogueKeys = {
  all: ["catalogues"] as const,
  kinds: () => [...catalogueKeys.all, "kinds"] as const,
  entries: (kind: string, asOf: string) => [...catalogueKeys.all, "entries", kind, { asOf }] as const,
};

export function useCatalogueKinds() {
  return useQuery({
    queryKey: catalogueKeys.kinds(),
    queryFn: ({ signal }) => api.get<{ items: CatalogueKind[] }>("/catalogues", { signal }),
    select: (data) => data.items,
    staleTime: 5 * 60_000,
  });
}

export function useCatalogueEntries(kind: string | undefined, asOf: string) {
  return useQuery({
    queryKey: catalogueKeys.entries(kind ?? "", asOf),
    queryFn: ({ signal }) =>
      api.get<{ items: CatalogueEntry[] }>(`/catalogues/${encodeURIComponent(kind ?? "")}`, {
        query: { asOf },
        signal,
      }),
    select: (data) => data.items,
    enabled: Boolean(kind),
    placeholderData: keepPreviousData,
  });
}
