import { useQuery } from "@tanstack/react-query";
import type { ItemOf, ResponseOf } from "../../api/types";
import i18n from "../../i18n";
import { ApiError } from "../../lib/api";

/** The public verification answer (GET /api/public/certificates/{publicId}). */
export type PublicCertificate = ResponseOf<"/api/public/certificates/{publicId}", "get">;

/**
 * GET on the public API (/api/public): no session, no CSRF header, and a 404 is an answer, not a redirect. The
 * public pages are the only callers; everything else goes through lib/api.ts under /api/v1.
 */
export async function publicGet<T>(
  path: string,
  query: Record<string, string | undefined> = {},
  signal?: AbortSignal,
) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.append(key, value);
  const search = params.toString();
  let response: Response;
  try {
    response = await fetch(`/api/public${path}${search ? `?${search}` : ""}`, {
      headers: { Accept: "application/json, application/problem+json" },
      signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === "AbortError") throw cause;
    throw new ApiError({ status: 0, code: "NETWORK_ERROR", title: i18n.t("errors.network") });
  }
  const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new ApiError({
      status: response.status,
      code: typeof body.code === "string" ? body.code : `HTTP_${response.status}`,
      title: typeof body.title === "string" ? body.title : i18n.t("errors.unexpected"),
      detail: typeof body.detail === "string" ? body.detail : undefined,
      body,
    });
  return body as T;
}

export function usePublicCertificate(publicId: string, token: string | null) {
  return useQuery({
    queryKey: ["public-certificate", publicId, token],
    queryFn: ({ signal }) =>
      publicGet<PublicCertificate>(
        `/certificates/${encodeURIComponent(publicId)}`,
        { s: token ?? undefined },
        signal,
      ),
    retry: (count, error) => !(error instanceof ApiError && error.status === 404) && count < 2,
  });
}

export type HonouredProductPage = ResponseOf<"/api/public/honoured-products", "get">;
export type HonouredProduct = ItemOf<HonouredProductPage>;
/** The catalogue's filters as the address carries them (strings; the server validates them). */
export type CatalogueFilters = Partial<
  Record<"q" | "provinceId" | "regionCode" | "productGroup" | "level" | "year" | "status" | "page", string>
>;

export function useHonouredProducts(filters: CatalogueFilters) {
  return useQuery({
    queryKey: ["honoured-products", filters],
    queryFn: ({ signal }) =>
      publicGet<HonouredProductPage>("/honoured-products", { ...filters, pageSize: "24" }, signal),
    placeholderData: (previous) => previous,
  });
}

export function usePublicProvinces() {
  return useQuery({
    queryKey: ["public-provinces"],
    queryFn: ({ signal }) =>
      publicGet<{ items: { id: string; name: string }[] }>("/admin-units", { level: "province" }, signal),
    staleTime: 3600_000,
  });
}
