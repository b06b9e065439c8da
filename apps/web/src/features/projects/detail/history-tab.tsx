import { useQuery } from "@tanstack/react-query";
import type { ResponseOf } from "../../../api/types";
import { ErrorState, LoadingSkeleton } from "../../../components/query-state";
import { api } from "../../../lib/api";
import { RecordHistory } from "../../audit/record-history";
import { projectKeys } from "../api";

/**
 * "Lịch sử thay đổi": the project's audit entries in words (who changed the dossier, money or status, when and
 * which fields), next to the "Tiến trình" tab that tells the workflow's steps. Fetched fresh whenever opened.
 */
export function HistoryTab({ projectId }: { projectId: string }) {
  const history = useQuery({
    queryKey: [...projectKeys.detail(projectId), "history"],
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/projects/{id}/history", "get">>(`/projects/${projectId}/history`, {
        signal,
      }),
    select: (data) => data.items,
    staleTime: 0,
  });
  if (history.isPending) return <LoadingSkeleton rows={4} />;
  if (history.isError) return <ErrorState error={history.error} onRetry={() => void history.refetch()} />;
  return <RecordHistory entries={history.data} testId="project-history" />;
}
