/**
 * The dashboard endpoints (contract: plans, reported figures, dashboard). Every figure arrives computed and
 * formatted by the server — amounts as exact đồng plus Vietnamese text in triệu đồng, percentages as value plus
 * text — so the browser only displays them and never recomputes a percentage (DOMAIN §9.7 Q5).
 */
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, buildUrl } from "../../lib/api";

import type { Money, Pct } from "../../lib/figures";

export type { Money, Pct };

export type Basis = "AS_OF" | "CURRENT";
export type SourceGroup = "KCQG" | "KCDP" | "COUNTERPART" | "OTHER";
export type ScopeLevel = "NATIONAL" | "REGION" | "UNIT";

/** Query parameters that select a region or a unit; none means the user's default scope. */
export type ScopeParams = { region?: string; unit?: string };

export type BudgetFigures = { plan: Money; exec: Money; execPct: Pct; prevExec: Money; growth: Pct };

export type DashboardRow = BudgetFigures & {
  key: string;
  labelVi: string;
  level: "REGION" | "UNIT";
  /** Query parameters of the next level down; null for a leaf. */
  drill: ScopeParams | null;
  bySource: { KCQG: BudgetFigures; KCDP: BudgetFigures };
};

export type DashboardScope = {
  level: ScopeLevel;
  region: string | null;
  unit: string | null;
  labelVi: string;
  /** The breadcrumb above this scope, outermost first. */
  parents: ({ labelVi: string } & ScopeParams)[];
};

export type BudgetDashboard = {
  scope: DashboardScope;
  year: number;
  cutoffMonth: number;
  basis: Basis;
  periodLabelVi: string;
  totals: BudgetFigures & { carriedOver: Money; reported: Money };
  bySource: (BudgetFigures & { source: SourceGroup; labelVi: string })[];
  rows: DashboardRow[];
  ranking: { top: DashboardRow[]; bottom: DashboardRow[] };
  trend: { year: number; plan: Money; exec: Money; execPct: Pct }[];
  monthly: { month: number; exec: Money; cumulative: Money; cumulativePct: Pct }[];
};

export type OutputIndicator = {
  code: string;
  labelVi: string;
  unitVi: string;
  total: string;
  byYear: { year: number; value: string }[];
};

export type OutputsDashboard = {
  scope: DashboardScope;
  yearFrom: number;
  yearTo: number;
  indicators: OutputIndicator[];
};

export type RecordProject = {
  id: string;
  code: string;
  title: string;
  fundingLevel: "KCQG" | "KCDP";
  budgetYear: number;
  exec: Money;
};

export type RecordReported = {
  id: string;
  unitLabelVi: string;
  cutoffMonth: number;
  source: string;
  sourceLabelVi: string;
  value: Money;
  valueKind: "ACTUAL" | "ESTIMATE";
  noteVi: string;
};

export type DashboardRecords = {
  scope: DashboardScope;
  total: Money;
  projects: RecordProject[];
  reported: RecordReported[];
};

export type BudgetParams = ScopeParams & { year: number; cutoffMonth: number; basis: Basis };
export type OutputsParams = ScopeParams & { yearFrom: number; yearTo: number; basis: Basis };
export type RecordsParams = BudgetParams & { unit: string; source?: "KCQG" | "KCDP" };

export const dashboardKeys = {
  all: ["dashboard"] as const,
  budget: (params: BudgetParams) => [...dashboardKeys.all, "budget", params] as const,
  outputs: (params: OutputsParams) => [...dashboardKeys.all, "outputs", params] as const,
  records: (params: RecordsParams) => [...dashboardKeys.all, "records", params] as const,
};

export function useBudgetDashboard(params: BudgetParams) {
  return useQuery({
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
