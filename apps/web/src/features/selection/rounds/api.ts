import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, QueryOf, ResponseOf } from "../../../api/types";
import { api, apiRequest } from "../../../lib/api";

export type RoundListQuery = QueryOf<"/api/v1/selection-rounds">;
export type RoundListPage = ResponseOf<"/api/v1/selection-rounds", "get">;
export type RoundListItem = RoundListPage["items"][number];
export type RoundDetail = ResponseOf<"/api/v1/selection-rounds/{id}", "get">;
export type RoundCreateBody = BodyOf<"/api/v1/selection-rounds", "post">;
export type RoundUpdateBody = BodyOf<"/api/v1/selection-rounds/{id}", "patch">;
export type RoundStepBody = BodyOf<"/api/v1/selection-rounds/{id}/steps", "post">;
export type MemberList = ResponseOf<"/api/v1/selection-rounds/{id}/members", "get">;
export type RoundMember = MemberList["items"][number];
export type MemberBody = BodyOf<"/api/v1/selection-rounds/{id}/members", "post">;
export type MemberAccount = ResponseOf<"/api/v1/selection-rounds/{id}/members/{memberId}/account", "post">;

const BASE = "/selection-rounds";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export const roundKeys = {
  all: ["selection-rounds"] as const,
  list: (query: RoundListQuery) => [...roundKeys.all, "list", query] as const,
  detail: (id: string) => [...roundKeys.all, "detail", id] as const,
  members: (id: string) => [...roundKeys.all, "members", id] as const,
};

export function useRounds(query: RoundListQuery) {
  return useQuery({
    queryKey: roundKeys.list(query),
    queryFn: ({ signal }) => api.get<RoundListPage>(BASE, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string) {
  return useQuery({
    queryKey: roundKeys.detail(id),
    queryFn: ({ signal }) => api.get<RoundDetail>(path(id), { signal }),
  });
}

export function useRoundMembers(id: string) {
  return useQuery({
    queryKey: roundKeys.members(id),
    queryFn: ({ signal }) => api.get<MemberList>(`${path(id)}/members`, { signal }),
  });
}

/** Every write answers the round (or its members) afresh; both views of the round are refreshed. */
function useRoundWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: roundKeys.all }),
  });
}

export const useCreateRound = () =>
  useRoundWrite((body: RoundCreateBody) => api.post<RoundDetail>(BASE, body));

export const useUpdateRound = (id: string) =>
  useRoundWrite((body: RoundUpdateBody) => api.patch<RoundDetail>(path(id), body));

export const useTakeRoundStep = (id: string) =>
  useRoundWrite((body: RoundStepBody) => api.post<RoundDetail>(`${path(id)}/steps`, body));

export type DecisionFile = ResponseOf<"/api/v1/selection-rounds/{id}/decision-files", "post">;

/** Uploads the scanned decision before the step; its `fileId` goes into the step's decision. */
export function useUploadDecisionFile(id: string) {
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append("file", file);
      return api.post<DecisionFile>(`${path(id)}/decision-files`, body);
    },
  });
}

export const useAddMember = (id: string) =>
  useRoundWrite((body: MemberBody) => api.post<MemberList>(`${path(id)}/members`, body));

export const useUpdateMember = (id: string) =>
  useRoundWrite(({ memberId, ...body }: { memberId: string; version: number; member: MemberBody }) =>
    apiRequest<MemberList>(`${path(id)}/members/${encodeURIComponent(memberId)}`, { method: "PUT", body }),
  );

export const useGrantMemberAccount = (id: string) =>
  useRoundWrite(({ memberId, ...body }: { memberId: string; version: number; email: string }) =>
    api.post<MemberAccount>(`${path(id)}/members/${encodeURIComponent(memberId)}/account`, body),
  );
