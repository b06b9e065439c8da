/**
 * The dashboard endpoints (contract: plans, reported figures, dashboard). Every figure arrives computed and
 * formatted by the server — amounts as exact đồng plus Vietnamese text in triệu đồng, percentages as value plus
 * text — so the browser only displays them and never recomputes a percentage (DOMAIN §9.7 Q5).
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { BudgetDashboard, DashboardRecords, OutputsDashboard } from "../../api/types";
import { api, buildUrl } from "../../lib/api";

export type Basis = "AS_OF" | "CURRENT";

/** Query parameters that select a region or a unit; none means the user's default scope. */
export type ScopeParams = { region?: string; unit?: string };

export type BudgetParams = ScopeParams & { year: number; cutoffMonth: number; basis: Basis };
export type OutputsParams = ScopeParams & { yearFrom: number; yearTo: number; basis: Basis };
export type RecordsParams = BudgetParams & { unit: string; source?: "KCQG" | "KCDP" };

export const dashboardKeys = {
  all: ["dashboard"] as const,
  budget: (params: BudgetParams) => [...dashboardKeys.all, "budget", params] as const,
  outputs: (params: OutputsParams) => [...dashboardKeys.all, "outputs", params] as const,
  records: (params: RecordsParams) => [...dashboardKeys.all, "records", params] as const,
};

export function useBudgetDashboard(params: BudgetParams, enabled = true) {
  return useQuery({
    enabled,
    queryKey: dashboardKeys.budget(params),
    queryFn: ({ signal }) => api.get<BudgetDashboard>("/dashboard/budget", { query: params, signal }),
    // Keeps the previous scope on screen while a drill loads, instead of flashing a skeleton.
    placeholderData: keepPreviousData,
  });
}

export function useOutputsDashboard(params: OutputsParams) {
  return useQuery({
    queryKey: dashboardKeys.outputs(params),
    queryFn: ({ signal }) => api.get<OutputsDashboard>("/dashboard/outputs", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDashboardRecords(params: RecordsParams) {
  return useQuery({
    queryKey: dashboardKeys.records(params),
    queryFn: ({ signal }) => api.get<DashboardRecords>("/dashboard/records", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Address of a file export; a plain link, so the browser downloads it with the session cookie. */
export function exportUrl(file: "budget.xlsx" | "brief.docx", params: BudgetParams): string {
  return buildUrl(`/dashboard/${file}`, params);
}
