import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ResponseOf } from "../../../api/types";
import { api } from "../../../lib/api";

export type ComplaintsPage = ResponseOf<"/api/v1/selection-rounds/{id}/complaints", "get">;
export type Complaint = ComplaintsPage["complaints"][number];
export type ComplaintInput = BodyOf<"/api/v1/selection-rounds/{id}/complaints", "post">;
export type ResolutionInput = BodyOf<
  "/api/v1/selection-rounds/{id}/complaints/{complaintId}/resolve",
  "post"
>;

const base = (roundId: string) => `/selection-rounds/${encodeURIComponent(roundId)}/complaints`;
const keys = { round: (roundId: string) => ["selection-complaints", roundId] as const };

export function useRoundComplaints(roundId: string) {
  return useQuery({
    queryKey: keys.round(roundId),
    queryFn: ({ signal }) => api.get<ComplaintsPage>(base(roundId), { signal }),
  });
}

export function useComplaintWrites(roundId: string) {
  const queryClient = useQueryClient();
  const onSuccess = () => queryClient.invalidateQueries({ queryKey: keys.round(roundId) });
  return {
    record: useMutation({
      mutationFn: (input: ComplaintInput) => api.post(base(roundId), input),
      onSuccess,
    }),
    resolve: useMutation({
      mutationFn: ({ complaintId, input }: { complaintId: string; input: ResolutionInput }) =>
        api.post(`${base(roundId)}/${encodeURIComponent(complaintId)}/resolve`, input),
      onSuccess,
    }),
  };
}
