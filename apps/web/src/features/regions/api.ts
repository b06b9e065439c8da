import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export const regionKeys = {
  all: ["regions"] as const,
  list: (asOf: string) => [...regionKeys.all, "list", { asOf }] as const,
};

/** The three extension regions with their member provinces at a date (membership is dated, DOMAIN §6.3). */
export function useRegions(asOf: string) {
  return useQuery({
    queryKey: regionKeys.list(asOf),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/regions", "get">>("/regions", { query: { asOf }, signal }),
    placeholderData: keepPreviousData,
    select: (data) => data.items,
  });
}
