import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../api/types";
import { api, apiRequest } from "../../lib/api";

const BASE = "/conferences";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export type ConferenceList = ResponseOf<"/api/v1/conferences", "get">;
export type ConferencePage = ResponseOf<"/api/v1/conferences/{id}", "get">;
export type ConferenceBody = BodyOf<"/api/v1/conferences", "post">;
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
    queryFn: ({ signal }) => api.get<ConferencePage>(path(id), { signal }),
  });
}

/** Creates a conference, or replaces one at the version read (409 when someone saved in between). */
export function useSaveConference() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: ConferenceBody & { version?: number } }) =>
      id
        ? apiRequest<ConferencePage>(path(id), { method: "PUT", body })
        : api.post<ConferencePage>(BASE, body),
    onSuccess: () => client.invalidateQueries({ queryKey: conferenceKeys.all }),
  });
}

/** Adds a resolution: its text and number, with the signed document when there is one. */
export function useAddResolution(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { text: string; documentNumber: string | null; file: File | null }) => {
      const body = new FormData();
      if (input.file) body.append("file", input.file);
      body.append("fields", JSON.stringify({ text: input.text, documentNumber: input.documentNumber }));
      return api.post<ConferencePage>(`${path(id)}/resolutions`, body);
    },
    onSuccess: () => client.invalidateQueries({ queryKey: conferenceKeys.all }),
  });
}
