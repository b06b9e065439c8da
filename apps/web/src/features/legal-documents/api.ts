import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { PagedQueryOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type LegalDocumentListParams = PagedQueryOf<"/api/v1/legal-documents">;

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
