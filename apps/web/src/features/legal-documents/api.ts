import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type LegalDocumentListParams = { q?: string; type?: string; page: number; pageSize: number };

export const legalDocumentKeys = {
  all: ["legal-documents"] as const,
  list: (params: LegalDocumentListParams) => [...legalDocumentKeys.all, "list", params] as const,
};

export function useLegalDocuments(params: LegalDocumentListParams) {
  return useQuery({
    queryKey: legalDocumentKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/legal-documents", "get">>("/legal-documents", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
