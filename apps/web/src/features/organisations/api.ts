import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { api, type Page } from "../../lib/api";

/** Organisation types (DOMAIN §9.2 OrganisationType); labels come from the UI strings. */
export const organisationTypes = [
  "BO_CONG_THUONG",
  "CUC_KHUYEN_CONG",
  "VU_TAI_CHINH_BO",
  "TT_KHUYEN_CONG_VUNG",
  "UBND_TINH",
  "HDND_TINH",
  "SO_CONG_THUONG",
  "SO_TAI_CHINH",
  "TT_KHUYEN_CONG_TINH",
  "CHI_NHANH_TT",
  "UBND_HUYEN",
  "UBND_XA",
  "TO_CHUC_DICH_VU_KC",
  "CO_SO_CNNT",
  "KHO_BAC",
  "DON_VI_TO_CHUC_SU_KIEN",
  "VAN_HANH_HE_THONG",
] as const;

export type OrganisationName = { name: string; validFrom: string; validTo: string | null };

export type Organisation = {
  id: string;
  type: string;
  typeLabel: string;
  name: string;
  shortName: string | null;
  provinceId: string | null;
  provinceName: string | null;
  validFrom: string;
  validTo: string | null;
  nameHistory: OrganisationName[];
};

export type OrganisationListParams = {
  asOf?: string;
  q?: string;
  type?: string;
  provinceId?: string;
  page: number;
  pageSize: number;
};

export const organisationKeys = {
  all: ["organisations"] as const,
  list: (params: OrganisationListParams) => [...organisationKeys.all, "list", params] as const,
};

export function useOrganisations(params: OrganisationListParams, options: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organisationKeys.list(params),
    queryFn: ({ signal }) => api.get<Page<Organisation>>("/organisations", { query: params, signal }),
    placeholderData: keepPreviousData,
    enabled: options.enabled ?? true,
  });
}
