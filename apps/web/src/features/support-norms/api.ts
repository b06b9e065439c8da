import type { CapUnit, FundingLevel, PercentBase } from "@kc/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { api, type Page } from "../../lib/api";

export type SupportNormSet = {
  id: string;
  version: number;
  labelVi: string;
  legalDocumentKey: string;
  legalDocument: { number: string; title: string } | null;
  fundingLevel: FundingLevel;
  fundingLevelLabel: string;
  provinceId: string | null;
  provinceName: string | null;
  validFrom: string;
  validTo: string | null;
  confidence: string;
  confidenceLabel: string;
  datesConfidence: string;
  datesConfidenceLabel: string;
  noteVi: string;
  source: "SEED" | "ADMIN";
  createdAt: string;
  normCount: number;
  /** The set the server applies on the list's date (today by default) in its funding level and province. */
  applies: boolean;
};

export type SupportNorm = {
  code: string;
  activityVi: string;
  /** Basis points: 3000 = 30 %. */
  maxShareBps: number | null;
  percentBase: PercentBase;
  percentBaseLabel: string;
  /** Integer đồng as a decimal string (exact beyond 2^53). */
  capDong: string | null;
  capUnit: CapUnit | null;
  capUnitLabel: string | null;
  /** Basis points: 15000 = ×1.5. */
  priorityMultiplierMaxBps: number;
  noteVi: string | null;
  legalBasis: string;
  confidence: string;
  confidenceLabel: string;
};

export type SupportNormSetDetail = SupportNormSet & { norms: SupportNorm[] };

/** The body of POST /support-norm-sets (`supportNormSetInputSchema` of @kc/domain). */
export type SupportNormSetInput = {
  id: string;
  version: number;
  labelVi: string;
  legalDocumentKey: string;
  fundingLevel: FundingLevel;
  provinceId: string | null;
  validFrom: string;
  validTo: string | null;
  confidence: string;
  datesConfidence: string;
  noteVi: string;
  norms: {
    code: string;
    activityVi: string;
    maxShareBps: number | null;
    percentBase: PercentBase;
    capDong: string | null;
    capUnit: CapUnit | null;
    priorityMultiplierMaxBps: number;
    noteVi?: string;
    legalBasis: string;
    confidence: string;
  }[];
};

export type SupportNormSetListParams = {
  fundingLevel?: FundingLevel;
  provinceId?: string;
  asOf?: string;
  page: number;
  pageSize: number;
};

export const supportNormKeys = {
  all: ["support-norm-sets"] as const,
  lists: () => [...supportNormKeys.all, "list"] as const,
  list: (params: SupportNormSetListParams) => [...supportNormKeys.lists(), params] as const,
  detail: (id: string) => [...supportNormKeys.all, "detail", id] as const,
};

const path = (id: string) => `/support-norm-sets/${encodeURIComponent(id)}`;

export function useSupportNormSets(params: SupportNormSetListParams) {
  return useQuery({
    queryKey: supportNormKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<SupportNormSet>>("/support-norm-sets", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSupportNormSet(id: string | null) {
  return useQuery({
    queryKey: supportNormKeys.detail(id ?? ""),
    queryFn: ({ signal }) => api.get<SupportNormSetDetail>(path(id ?? ""), { signal }),
    enabled: id !== null,
  });
}

/** Reads one set on demand (the form copies its rows). */
export function useFetchSupportNormSet() {
  const queryClient = useQueryClient();
  return (id: string) =>
    queryClient.fetchQuery({
      queryKey: supportNormKeys.detail(id),
      queryFn: ({ signal }) => api.get<SupportNormSetDetail>(path(id), { signal }),
    });
}

export function useCreateSupportNormSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SupportNormSetInput) => api.post<SupportNormSetDetail>("/support-norm-sets", input),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportNormKeys.all }),
  });
}

export function useCloseSupportNormSet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, validTo }: { id: string; validTo: string }) =>
      api.post<SupportNormSetDetail>(`${path(id)}/close`, { validTo }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: supportNormKeys.all }),
  });
}
