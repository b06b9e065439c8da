import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { QueryOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";
import { reportKeys } from "./api";

export type ObligationQuery = QueryOf<"/api/v1/report-obligations">;
export type ObligationList = ResponseOf<"/api/v1/report-obligations", "get">;
export type Obligation = ObligationList["items"][number];
export type CompletenessQuery = QueryOf<"/api/v1/report-completeness">;
export type Completeness = ResponseOf<"/api/v1/report-completeness", "get">;
export type CompletenessPeriod = Completeness["periods"][number];
export type AwardsRanking = ResponseOf<"/api/v1/report-awards", "get">;
export type AwardsRow = AwardsRanking["rows"][number];

/** Under the reports' own key, so every report write (open, submit, return…) reads these again. */
const obligationKeys = {
  list: (query: ObligationQuery) => [...reportKeys.all, "list", "obligations", query] as const,
  completeness: (query: CompletenessQuery) => [...reportKeys.all, "list", "completeness", query] as const,
  awards: (year: number) => [...reportKeys.all, "list", "awards", year] as const,
};

export function useObligations(query: ObligationQuery, enabled = true) {
  return useQuery({
    queryKey: obligationKeys.list(query),
    queryFn: ({ signal }) => api.get<ObligationList>("/report-obligations", { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCompleteness(query: CompletenessQuery) {
  return useQuery({
    queryKey: obligationKeys.completeness(query),
    queryFn: ({ signal }) => api.get<Completeness>("/report-completeness", { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAwardsRanking(year: number) {
  return useQuery({
    queryKey: obligationKeys.awards(year),
    queryFn: ({ signal }) => api.get<AwardsRanking>("/report-awards", { query: { year }, signal }),
    placeholderData: keepPreviousData,
  });
}
