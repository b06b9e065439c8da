import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  AdminUnitDetail,
  CommuneImportReport,
  ImportRowError,
  PagedQueryOf,
  ResponseOf,
} from "../../api/types";
import { api } from "../../lib/api";

export type AdminUnitLevel = "TINH" | "HUYEN" | "XA";

export type AdminUnitListParams = PagedQueryOf<"/api/v1/admin-units">;

export const adminUnitKeys = {
  all: ["admin-units"] as const,
  lists: () => [...adminUnitKeys.all, "list"] as const,
  list: (params: AdminUnitListParams) => [...adminUnitKeys.lists(), params] as const,
  detail: (id: string) => [...adminUnitKeys.all, "detail", id] as const,
};

export function useAdminUnits(params: AdminUnitListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: adminUnitKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/admin-units", "get">>("/admin-units", { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}

export function useAdminUnit(id: string | null) {
  return useQuery({
    queryKey: adminUnitKeys.detail(id ?? ""),
    queryFn: ({ signal }) =>
      api.get<AdminUnitDetail>(`/admin-units/${encodeURIComponent(id ?? "")}`, { signal }),
    enabled: Boolean(id),
  });
}

/** Provinces in force at a date, for select boxes (there are at most 63). */
export function useProvinceOptions(asOf: string) {
  const query = useAdminUnits({ level: "TINH", asOf, page: 1, pageSize: 100 });
  const options = (query.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }));
  return { ...query, options };
}

export function useImportCommunes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { file: File; dryRun: boolean; validOnly: boolean }) => {
      const body = new FormData();
      body.append("file", input.file);
      return api.post<CommuneImportReport>("/admin-units/communes/import", body, {
        query: { dryRun: input.dryRun, validOnly: input.validOnly },
      });
    },
    onSuccess: (report) => {
      if (!report.dryRun) void queryClient.invalidateQueries({ queryKey: adminUnitKeys.all });
    },
  });
}

function isRowError(value: unknown): value is ImportRowError {
  return typeof value === "object" && value !== null && "row" in value && "message" in value;
}

/** A refused import (422) carries the same report as a dry run; read it back from the problem body. */
export function reportFromProblem(body: unknown): CommuneImportReport | null {
  if (typeof body !== "object" || body === null) return null;
  const record = body as Partial<CommuneImportReport> & { errors?: unknown };
  if (!Array.isArray(record.errors)) return null;
  const errors = record.errors.filter(isRowError);
  if (errors.length === 0) return null;
  return {
    dryRun: false,
    totalRows: record.totalRows ?? 0,
    validRows: record.validRows ?? 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    errors,
  };
}
