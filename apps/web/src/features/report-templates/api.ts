import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ItemOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";

export type TemplateCode = ItemOf<ResponseOf<"/api/v1/report-template-versions", "get">>;
export type TemplateVersionSummary = TemplateCode["versions"][number];
export type TemplateVersionDetail = ResponseOf<"/api/v1/report-template-versions/{id}", "get">;
export type TemplateDefinition = TemplateVersionDetail["definition"];
export type NewVersionBody = BodyOf<"/api/v1/report-template-versions/{id}/successors", "post">;
export type ChangeVersionBody = BodyOf<"/api/v1/report-template-versions/{id}", "patch">;

const versionUrl = (id: string) => `/report-template-versions/${encodeURIComponent(id)}`;

export const templateKeys = {
  all: ["report-template-versions"] as const,
  detail: (id: string) => ["report-template-versions", "detail", id] as const,
};

export function useTemplateCodes() {
  return useQuery({
    queryKey: templateKeys.all,
    queryFn: ({ signal }) => api.get<{ items: TemplateCode[] }>("/report-template-versions", { signal }),
  });
}

export function useTemplateVersion(id: string) {
  return useQuery({
    queryKey: templateKeys.detail(id),
    queryFn: ({ signal }) => api.get<TemplateVersionDetail>(versionUrl(id), { signal }),
  });
}

/** Every write may change two versions (the one closed and the new one) and the reports' list of templates. */
function useTemplateWrite<I>(write: (input: I) => Promise<TemplateVersionDetail>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: (version) => {
      client.setQueryData(templateKeys.detail(version.id), version);
      void client.invalidateQueries({ queryKey: templateKeys.all });
      void client.invalidateQueries({ queryKey: ["report-templates"] });
    },
  });
}

export const useCreateVersion = (sourceId: string) =>
  useTemplateWrite((body: NewVersionBody) =>
    api.post<TemplateVersionDetail>(`${versionUrl(sourceId)}/successors`, body),
  );

export const useChangeVersion = (id: string) =>
  useTemplateWrite((body: ChangeVersionBody) => api.patch<TemplateVersionDetail>(versionUrl(id), body));
