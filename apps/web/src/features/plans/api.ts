import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  PagedQueryOf,
  PlanCreateInput,
  PlanDetail,
  PlanRevisionInput,
  Programme,
  ProgrammeInput,
  QueryOf,
  ReportedFiguresInput,
  ResponseOf,
} from "../../api/types";
import { api, apiRequest } from "../../lib/api";

export type AnnualPlanListParams = PagedQueryOf<"/api/v1/annual-plans">;
export type ReportedFigureParams = QueryOf<"/api/v1/reported-figures">;

export const planKeys = {
  all: ["plans"] as const,
  programmes: () => [...planKeys.all, "programmes"] as const,
  units: (year: number) => [...planKeys.all, "units", year] as const,
  annual: () => [...planKeys.all, "annual"] as const,
  annualList: (params: AnnualPlanListParams) => [...planKeys.annual(), "list", params] as const,
  annualDetail: (id: string) => [...planKeys.annual(), "detail", id] as const,
  figures: () => [...planKeys.all, "reported-figures"] as const,
  figureList: (params: ReportedFigureParams) => [...planKeys.figures(), params] as const,
  checks: () => [...planKeys.all, "figure-checks"] as const,
};

const planPath = (id: string) => `/annual-plans/${encodeURIComponent(id)}`;

export function useProgrammes() {
  return useQuery({
    queryKey: planKeys.programmes(),
    queryFn: ({ signal }) => api.get<ResponseOf<"/api/v1/programmes", "get">>("/programmes", { signal }),
    select: (data) => data.items,
  });
}

/** Units a plan or figure may belong to in `year`: the provinces valid then, and the central agency. */
export function usePlanUnits(year: number | undefined) {
  return useQuery({
    queryKey: planKeys.units(year ?? 0),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/plan-units", "get">>("/plan-units", { query: { year }, signal }),
    select: (data) => data.items,
    enabled: year !== undefined,
    // Units of a past year do not change during a session.
    staleTime: 10 * 60_000,
  });
}

export function useAnnualPlans(params: AnnualPlanListParams) {
  return useQuery({
    queryKey: planKeys.annualList(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/annual-plans", "get">>("/annual-plans", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAnnualPlan(id: string | null) {
  return useQuery({
    queryKey: planKeys.annualDetail(id ?? ""),
    queryFn: ({ signal }) => api.get<PlanDetail>(planPath(id ?? ""), { signal }),
    enabled: id !== null,
  });
}

export function useCreateAnnualPlan() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanCreateInput) => api.post<PlanDetail>("/annual-plans", input),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.annualDetail(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.annual() });
    },
  });
}

export function useReviseAnnualPlan(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlanRevisionInput) => api.post<PlanDetail>(`${planPath(id)}/revisions`, input),
    onSuccess: (plan) => {
      queryClient.setQueryData(planKeys.annualDetail(plan.id), plan);
      void queryClient.invalidateQueries({ queryKey: planKeys.annual() });
    },
  });
}

export function useCreateProgramme() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ProgrammeInput) => api.post<Programme>("/programmes", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: planKeys.programmes() }),
  });
}

export function useReportedFigures(params: ReportedFigureParams) {
  return useQuery({
    queryKey: planKeys.figureList(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/reported-figures", "get">>("/reported-figures", { query: params, signal }),
    select: (data) => data.items,
    placeholderData: keepPreviousData,
  });
}

export function useSaveReportedFigures() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReportedFiguresInput) =>
      apiRequest<ResponseOf<"/api/v1/reported-figures", "put">>("/reported-figures", {
        method: "PUT",
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: planKeys.figures() });
      // Reported budget figures count as execution of the plans of years before the system.
      void queryClient.invalidateQueries({ queryKey: planKeys.annual() });
    },
  });
}

export function useFigureCheckPresets() {
  return useQuery({
    queryKey: planKeys.checks(),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/figure-checks/presets", "get">>("/figure-checks/presets", { signal }),
    select: (data) => data.items,
  });
}
