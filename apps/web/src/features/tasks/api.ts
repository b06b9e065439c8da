import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { BodyOf, ItemOf, ProjectDetail, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";
import { projectKeys } from "../projects/api";

export type TaskList = ResponseOf<"/api/v1/me/tasks", "get">;
export type Task = ItemOf<TaskList>;
export type ProgressBatchRequest = BodyOf<"/api/v1/projects/{id}/progress-reports/batch", "post">;

export const taskKeys = {
  all: ["tasks"] as const,
  list: () => [...taskKeys.all, "list"] as const,
  count: () => [...taskKeys.all, "count"] as const,
};

/** The caller's tasks; read again when the window gets the focus back (another tab may have done one). */
export function useMyTasks() {
  return useQuery({
    queryKey: taskKeys.list(),
    queryFn: ({ signal }) => api.get<TaskList>("/me/tasks", { signal }),
    refetchOnWindowFocus: true,
  });
}

/** The header badge's number: one count query on the server. */
export function useTaskCount(enabled: boolean) {
  return useQuery({
    queryKey: taskKeys.count(),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/me/tasks/count", "get">>("/me/tasks/count", { signal }),
    refetchOnWindowFocus: true,
    enabled,
  });
}

/**
 * Any successful write may settle or create a task (a step taken, a report filed, a dossier returned), so the
 * tasks are marked stale after every mutation of the app, whichever module made it.
 */
export function useTasksFollowWrites() {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      queryClient.getMutationCache().subscribe((event) => {
        if (event.type === "updated" && event.action.type === "success")
          void queryClient.invalidateQueries({ queryKey: taskKeys.all });
      }),
    [queryClient],
  );
}

/** Several overdue monthly reports of one project in one request (all or none); answers the project page. */
export function useFileProgressReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, request }: { id: string; request: ProgressBatchRequest }) =>
      api.post<ProjectDetail>(`/projects/${encodeURIComponent(id)}/progress-reports/batch`, request),
    onSuccess: (detail) => queryClient.setQueryData(projectKeys.detail(detail.id), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
  });
}
