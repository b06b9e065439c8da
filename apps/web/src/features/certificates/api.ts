import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { BodyOf, ItemOf, PagedQueryOf, ResponseOf } from "../../api/types";
import { api } from "../../lib/api";
import type { FileDownload } from "../../lib/use-download";

export type CertificateListQuery = PagedQueryOf<"/api/v1/selection-certificates">;
export type CertificatePage = ResponseOf<"/api/v1/selection-certificates", "get">;
export type Certificate = ItemOf<CertificatePage>;
export type CertificateDetail = ResponseOf<"/api/v1/selection-certificates/{id}", "get">;
export type HolderReport = CertificateDetail["holderReports"][number];
export type RoundCertificates = ResponseOf<"/api/v1/selection-rounds/{id}/certificates", "get">;
export type RecognisedEntry = RoundCertificates["recognised"][number];
export type IssueBody = BodyOf<"/api/v1/selection-rounds/{id}/certificates", "post">;
export type RevokeBody = BodyOf<"/api/v1/selection-certificates/{id}/revoke", "post">;
export type HolderReportBody = BodyOf<"/api/v1/selection-certificates/{id}/holder-reports", "post">;

const BASE = "/selection-certificates";
const certificatePath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;
const roundPath = (roundId: string) => `/selection-rounds/${encodeURIComponent(roundId)}/certificates`;

export const certificateKeys = {
  all: ["selection-certificates"] as const,
  list: (query: CertificateListQuery) => [...certificateKeys.all, "list", query] as const,
  detail: (id: string) => [...certificateKeys.all, "detail", id] as const,
  round: (roundId: string) => [...certificateKeys.all, "round", roundId] as const,
};

export function useCertificates(query: CertificateListQuery) {
  return useQuery({
    queryKey: certificateKeys.list(query),
    queryFn: ({ signal }) => api.get<CertificatePage>(BASE, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useCertificate(id: string | null) {
  return useQuery({
    queryKey: certificateKeys.detail(id ?? ""),
    queryFn: ({ signal }) => api.get<CertificateDetail>(certificatePath(id ?? ""), { signal }),
    enabled: id !== null,
  });
}

export function useRoundCertificates(roundId: string) {
  return useQuery({
    queryKey: certificateKeys.round(roundId),
    queryFn: ({ signal }) => api.get<RoundCertificates>(roundPath(roundId), { signal }),
  });
}

/** Every certificate write changes lists, the round's state and the detail: all of them are read again. */
function useCertificateWrite<I, O>(write: (input: I) => Promise<O>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => client.invalidateQueries({ queryKey: certificateKeys.all }),
  });
}

export const useIssueCertificates = (roundId: string) =>
  useCertificateWrite((body: IssueBody) => api.post<{ items: Certificate[] }>(roundPath(roundId), body));

export const useRevokeCertificate = (id: string) =>
  useCertificateWrite((body: RevokeBody) => api.post<Certificate>(`${certificatePath(id)}/revoke`, body));

export const useRecordHolderReport = (id: string) =>
  useCertificateWrite((body: HolderReportBody) =>
    api.post<HolderReport>(`${certificatePath(id)}/holder-reports`, body),
  );

/** The printed certificate (.docx, or .pdf through the server's LibreOffice). */
export const certificateFile = (
  certificate: Pick<Certificate, "id" | "number">,
  kind: "docx" | "pdf",
): FileDownload => ({
  path: `${certificatePath(certificate.id)}/certificate.${kind}`,
  fallbackName: `giay-chung-nhan-${certificate.number.replaceAll("/", "-")}.${kind}`,
});
