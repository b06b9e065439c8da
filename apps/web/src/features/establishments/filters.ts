/**
 * The list's filters, sort and page live in the URL query string, so a filtered list can be bookmarked and
 * shared. Reading is an allow-list: anything unknown in the URL is dropped, never sent to the API as is.
 */

import {
  type EligibilityVerdict,
  type EstablishmentSort,
  type EstablishmentStatus,
  eligibilityVerdictCodes,
  establishmentSortValues,
  establishmentStatusCodes,
} from "@kc/domain";
import type { QueryValue } from "../../lib/api";
import { DEFAULT_PAGE_SIZE } from "../../lib/pagination";

export type EstablishmentFilters = {
  q?: string;
  provinceId?: string;
  communeId?: string;
  legalForm?: string;
  industry?: string;
  eligibility?: EligibilityVerdict;
  hasSupport?: boolean;
  /** The list shows one status at a time; active establishments unless the URL asks for archived ones. */
  status: EstablishmentStatus;
  sort?: EstablishmentSort;
};

/** Every filter cleared (the status tab stays: it is a view, not a filter). */
export const noEstablishmentFilters: Partial<EstablishmentFilters> = {
  q: undefined,
  provinceId: undefined,
  communeId: undefined,
  legalForm: undefined,
  industry: undefined,
  eligibility: undefined,
  hasSupport: undefined,
};

export type EstablishmentListParams = EstablishmentFilters & { page: number; pageSize: number };

const PAGE_SIZES = [10, 20, 50, 100];
const ID_LIKE = /^[\w-]{1,64}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

function idLike(value: string | null): string | undefined {
  return value && ID_LIKE.test(value) ? value : undefined;
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

export function readListParams(search: URLSearchParams): EstablishmentListParams {
  const hasSupport = search.get("hasSupport");
  const pageSize = positiveInt(search.get("pageSize"), DEFAULT_PAGE_SIZE);
  return {
    q: search.get("q")?.trim().slice(0, 200) || undefined,
    provinceId: idLike(search.get("provinceId")),
    communeId: idLike(search.get("communeId")),
    legalForm: idLike(search.get("legalForm")),
    industry: idLike(search.get("industry")),
    eligibility: oneOf(eligibilityVerdictCodes, search.get("eligibility")),
    hasSupport: hasSupport === "true" ? true : hasSupport === "false" ? false : undefined,
    status: oneOf(establishmentStatusCodes, search.get("status")) ?? "ACTIVE",
    sort: oneOf(establishmentSortValues, search.get("sort")),
    page: positiveInt(search.get("page"), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/**
 * The filters as API query parameters. The export takes exactly these (no sort, no paging: its query schema
 * is strict, so anything else would be refused).
 */
export function filterQuery(filters: EstablishmentFilters): Record<string, QueryValue> {
  return {
    q: filters.q,
    provinceId: filters.provinceId,
    communeId: filters.communeId,
    legalForm: filters.legalForm,
    industry: filters.industry,
    eligibility: filters.eligibility,
    hasSupport: filters.hasSupport,
    status: filters.status,
  };
}

/** The URL query string for these params; defaults are left out so plain links stay short. */
export function writeListParams(params: EstablishmentListParams): URLSearchParams {
  const search = new URLSearchParams();
  const entries: Record<string, QueryValue> = {
    ...filterQuery(params),
    status: params.status === "ACTIVE" ? undefined : params.status,
    sort: params.sort,
    page: params.page === 1 ? undefined : params.page,
    pageSize: params.pageSize === DEFAULT_PAGE_SIZE ? undefined : params.pageSize,
  };
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  return search;
}

/** Whether any filter narrows the list (the status choice and the sort do not count). */
export function hasActiveFilters(filters: EstablishmentFilters): boolean {
  return Boolean(
    filters.q ||
      filters.provinceId ||
      filters.communeId ||
      filters.legalForm ||
      filters.industry ||
      filters.eligibility ||
      filters.hasSupport !== undefined,
  );
}
