import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { ResponseOf } from "../../../api/types";
import { api } from "../../../lib/api";

export type EntryDocumentList = ResponseOf<"/api/v1/selection-entries/{id}/documents", "get">;
export type EntryDocument = EntryDocumentList["items"][number];
export type EntryDocumentFields = {
  kind: EntryDocument["kind"];
  name: string;
  number: string | null;
  issuedOn: string | null;
};

const documentsPath = (entryId: string) => `/selection-entries/${encodeURIComponent(entryId)}/documents`;
const documentKeys = (entryId: string) => ["selection-entries", "documents", entryId] as const;

/** An entry's dossier documents (Art. 12), read by everyone who reaches the entry. */
export function useEntryDocuments(entryId: string) {
  return useQuery({
    queryKey: documentKeys(entryId),
    queryFn: ({ signal }) => api.get<EntryDocumentList>(documentsPath(entryId), { signal }),
  });
}

export function useUploadEntryDocument(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, fields }: { file: File; fields: EntryDocumentFields }) => {
      const body = new FormData();
      body.append("file", file);
      body.append("fields", JSON.stringify(fields));
      return api.post<{ documentId: string; sha256: string }>(documentsPath(entryId), body);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys(entryId) }),
  });
}

export function useDeleteEntryDocument(entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) =>
      api.delete<EntryDocumentList>(`${documentsPath(entryId)}/${encodeURIComponent(documentId)}`),
    onSettled: () => queryClient.invalidateQueries({ queryKey: documentKeys(entryId) }),
  });
}
