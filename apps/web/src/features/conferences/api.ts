import { useQuery } from "@tanstack/react-query";
import type { ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

const BASE = "/conferences";

export type ConferenceList = ResponseOf<"/api/v1/conferences", "get">;
export type ConferencePage = ResponseOf<"/api/v1/conferences/{id}", "get">;
export type RegionFilter = "BAC" | "TRUNG_TAY_NGUYEN" | "NAM";

export const conferenceKeys = {
  all: ["conferences"] as const,
  list: (regionCode?: RegionFilter) => [...conferenceKeys.all, "list", regionCode] as const,
  page: (id: string) => [...conferenceKeys.all, "page", id] as const,
};

export function useConferences(regionCode?: RegionFilter) {
  return useQuery({
    queryKey: conferenceKeys.list(regionCode),
    queryFn: ({ signal }) => api.get<ConferenceList>(BASE, { query: { regionCode }, signal }),
  });
}

export function useConferencePage(id: string) {
  return useQuery({
    queryKey: conferenceKeys.page(id),
    queryFn: ({ signal }) => api.get<ConferencePage>(`${BASE}/${encodeURIComponent(id)}`, { signal }),
  });
}
