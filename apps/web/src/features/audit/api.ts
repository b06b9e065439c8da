import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type AuditFilters = {
  /** ISO dates (inclusive), Vietnam calendar days. */
  from?: string;
  to?: string;
  /** A person's name or address, diacritics optional. */
  actor?: string;
  entity?: string;
  action?: string;
  outcome?: string;
  category?: string;
};

export type AuditListParams = AuditFilters & { page: number; pageSize: number };

export const auditKeys = {
  all: ["audit-events"] as const,
  list: (params: AuditListParams) => [...auditKeys.all, "list", params] as const,
};

export function useAuditEvents(params: AuditListParams) {
  return useQuery({
    queryKey: auditKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/audit-events", "get">>("/audit-events", { query: params, signal }),
    placeholderData: keepPreviousData,
  });
}
