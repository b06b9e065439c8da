import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api } from "../../lib/api";

export type Region = {
  code: string;
  label: string;
  provinces: Array<{ id: string; code: string; name: string }>;
};

export const regionKeys = {
  all: ["regions"] as const,
  list: (asOf: string) => [...regionKeys.all, "list", { asOf }] as const,
};

/** The three extension regions with their member provinces at a date (membership is dated, DOMAIN §6.3). */
export function useRegions(asOf: string) {
  return useQuery({
    queryKey: regionKeys.list(asOf),
    queryFn: ({ signal }) => api.get<{ items: Region[] }>("/regions", { query: { asOf }, signal }),
    placeholderData: keepPreviousData,
    select: (data) => data.items,
  });
}
