import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { QueryOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type ReportAggregateQuery = QueryOf<"/api/v1/reports/aggregate">;
export type ReportAggregate = ResponseOf<"/api/v1/reports/aggregate", "get">;
export type AggregateCell = ReportAggregate["cells"][number];
export type AggregateProvince = ReportAggregate["included"][number];

export const REPORT_AGGREGATE_PATH = "/app/bao-cao/tong-hop";

/** A region's or the nation's report from the approved province reports; null query: nothing chosen yet. */
export function useReportAggregate(query: ReportAggregateQuery | null) {
  return useQuery({
    queryKey: ["reports", "aggregate", query],
    queryFn: ({ signal }) =>
      api.get<ReportAggregate>("/reports/aggregate", { query: query ?? undefined, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
  });
}
