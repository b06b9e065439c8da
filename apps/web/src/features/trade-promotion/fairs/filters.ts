/**
 * The fair list's filters and page live in the URL query string, so a filtered list can be bookmarked. Reading is
 * an allow-list: anything unknown in the URL is dropped, never sent to the API as is.
 */
import { type FairLevel, type FairStatus, fairLevelCodes, fairStatusCodes } from "@kc/domain";
import type { QueryValue } from "../../../lib/api";
import { DEFAULT_PAGE_SIZE } from "../../../lib/pagination";

export type FairFilters = {
  q?: string;
  year?: number;
  level?: FairLevel;
  status?: FairStatus;
  provinceId?: string;
  regionCode?: string;
  /** The host organisation (đơn vị chủ trì) from the organisations catalogue. */
  hostOrgId?: string;
  /** Its name as picked, kept in the URL only so a bookmarked list shows it; never sent to the API. */
  hostLabel?: string;
};

export type FairListParams = FairFilters & { page: number; pageSize: number };

const PAGE_SIZES = [10, 20, 50, 100];
const ID_LIKE = /^[\w-]{1,64}$/;
export const FAIR_YEAR_MIN = 2012;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

const idLike = (value: string | null) => (value && ID_LIKE.test(value) ? value : undefined);

export function readFairFilters(search: URLSearchParams): FairFilters {
  const year = Number(search.get("year"));
  return {
    q: search.get("q")?.trim().slice(0, 200) || undefined,
    year: Number.isInteger(year) && year >= FAIR_YEAR_MIN && year <= 2100 ? year : undefined,
    level: oneOf(fairLevelCodes, search.get("level")),
    status: oneOf(fairStatusCodes, search.get("status")),
    provinceId: idLike(search.get("provinceId")),
    regionCode: idLike(search.get("regionCode")),
    hostOrgId: idLike(search.get("hostOrgId")),
    hostLabel: idLike(search.get("hostOrgId"))
      ? search.get("hostLabel")?.trim().slice(0, 300) || undefined
      : undefined,
  };
}

export function readFairListParams(search: URLSearchParams): FairListParams {
  const pageSize = positiveInt(search.get("pageSize"), DEFAULT_PAGE_SIZE);
  return {
    ...readFairFilters(search),
    page: positiveInt(search.get("page"), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** The filters as API query parameters. */
export function fairFilterQuery(filters: FairFilters): Record<string, QueryValue> {
  return {
    q: filters.q,
    year: filters.year,
    level: filters.level,
    status: filters.status,
    provinceId: filters.provinceId,
    regionCode: filters.regionCode,
    hostOrgId: filters.hostOrgId,
  };
}

/** The URL query of a list state (defaults left out). */
export function writeFairParams(params: Partial<FairListParams> & Record<string, unknown>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === "") continue;
    if (key === "page" && value === 1) continue;
    if (key === "pageSize" && value === DEFAULT_PAGE_SIZE) continue;
    out.set(key, String(value));
  }
  return out;
}

export const noFairFilters: Record<keyof FairFilters, undefined> = {
  q: undefined,
  year: undefined,
  level: undefined,
  status: undefined,
  provinceId: undefined,
  regionCode: undefined,
  hostOrgId: undefined,
  hostLabel: undefined,
};

export function hasActiveFairFilters(filters: FairFilters): boolean {
  return Object.keys(noFairFilters).some((key) => filters[key as keyof FairFilters] !== undefined);
}
