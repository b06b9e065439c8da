import type { ProjectDocumentFields } from "@kc/domain";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  DisbursementRequest,
  ProgressReportRequest,
  ProjectDetail,
  ProjectInput,
  ResponseOf,
  StepRequest,
} from "../../api/types";
import { API_BASE, api, apiRequest } from "../../lib/api";
import { filterQuery, type ProjectFilters, type ProjectListParams } from "./filters";

const BASE = "/projects";
const path = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

/** Where the browser downloads an attachment (GET, same-origin cookie; the server checks the scope). */
export const documentFileUrl = (projectId: string, documentId: string) =>
  `${API_BASE}${path(projectId)}/documents/${encodeURIComponent(documentId)}/file`;

export const projectKeys = {
  all: ["projects"] as const,
  lists: () => [...projectKeys.all, "list"] as const,
  list: (params: Omit<ProjectListParams, "view">) => [...projectKeys.lists(), params] as const,
  board: (filters: ProjectFilters & { sort?: string }) => [...projectKeys.lists(), "board", filters] as const,
  detail: (id: string) => [...projectKeys.all, "detail", id] as const,
};

export function useProjects({ view: _view, ...params }: ProjectListParams) {
  return useQuery({
    queryKey: projectKeys.list(params),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/projects", "get">>(BASE, {
        query: { ...filterQuery(params), sort: params.sort, page: params.page, pageSize: params.pageSize },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

/** The board reads one large page of the filtered list (the API's largest page) and groups it by status. */
export const BOARD_PAGE_SIZE = 200;

export function useProjectBoard(filters: ProjectFilters & { sort?: string }) {
  return useQuery({
    queryKey: projectKeys.board(filters),
    queryFn: ({ signal }) =>
      api.get<ResponseOf<"/api/v1/projects", "get">>(BASE, {
        query: { ...filterQuery(filters), sort: filters.sort, page: 1, pageSize: BOARD_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export function useProject(id: string) {
  return useQuery({
    queryKey: projectKeys.detail(id),
    queryFn: ({ signal }) => api.get<ProjectDetail>(path(id), { signal }),
  });
}

/**
 * Every write answers with the new project page: it replaces the cached one, and the lists are stale. After a
 * version conflict the page is not silently replaced: the user is told and reloads it (the form keeps what was
 * typed until then).
 */
function useProjectMutation<TInput>(mutationFn: (input: TInput) => Promise<ProjectDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (detail) => queryClient.setQueryData(projectKeys.detail(detail.id), detail),
    onSettled: () => queryClient.invalidateQueries({ queryKey: projectKeys.lists() }),
  });
}

export function useCreateProject() {
  return useProjectMutation((input: ProjectInput) => api.post<ProjectDetail>(BASE, input));
}

export function useUpdateProject() {
  return useProjectMutation(
    ({ id, version, project }: { id: string; version: number; project: ProjectInput }) =>
      apiRequest<ProjectDetail>(path(id), { method: "PUT", body: { version, project } }),
  );
}

export function useTakeStep() {
  return useProjectMutation(({ id, code, request }: { id: string; code: string; request: StepRequest }) =>
    api.post<ProjectDetail>(`${path(id)}/steps/${encodeURIComponent(code)}`, request),
  );
}

export function useRecordDisbursement() {
  return useProjectMutation(({ id, request }: { id: string; request: DisbursementRequest }) =>
    api.post<ProjectDetail>(`${path(id)}/disbursements`, request),
  );
}

export function useReportProgress() {
  return useProjectMutation(({ id, request }: { id: string; request: ProgressReportRequest }) =>
    api.post<ProjectDetail>(`${path(id)}/progress-reports`, request),
  );
}

/** Uploads an attachment; the answer is its id only, so the project page is fetched again. */
export function useUploadDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, file, fields }: { id: string; file: File; fields: ProjectDocumentFields }) => {
      const body = new FormData();
      body.append("file", file);
      body.append("fields", JSON.stringify(fields));
      return api.post<ResponseOf<"/api/v1/projects/{id}/documents", "post">>(`${path(id)}/documents`, body);
    },
    onSuccess: (_result, input) => queryClient.invalidateQueries({ queryKey: projectKeys.detail(input.id) }),
  });
}
