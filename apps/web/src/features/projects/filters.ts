/**
 * The list's filters, sort, page and view live in the URL query string, so a filtered list can be bookmarked and
 * shared. Reading is an allow-list: anything unknown in the URL is dropped, never sent to the API as is.
 */

import {
  type FundingLevel,
  fundingLevelCodes,
  type ProjectListQuery,
  type ProjectStatus,
  projectSortValues,
  projectStatusCodes,
  supportActivityCodes,
} from "@kc/domain";
import type { QueryValue } from "../../lib/api";
import { DEFAULT_PAGE_SIZE } from "../../lib/pagination";

export type ProjectView = "list" | "board";

export type ProjectFilters = {
  q?: string;
  provinceId?: string;
  planYear?: number;
  status?: ProjectStatus;
  activity?: string;
  fundingLevel?: FundingLevel;
  overdue?: boolean;
};

export type ProjectListParams = ProjectFilters & {
  sort?: ProjectListQuery["sort"];
  page: number;
  pageSize: number;
  view: ProjectView;
};

const PAGE_SIZES = [10, 20, 50, 100];
const ID_LIKE = /^[\w-]{1,64}$/;
export const YEAR_MIN = 2012;
export const YEAR_MAX = 2100;

function oneOf<T extends string>(allowed: readonly T[], value: string | null): T | undefined {
  return allowed.find((item) => item === value);
}

function positiveInt(value: string | null, fallback: number): number {
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= 1 ? parsed : fallback;
}

function year(value: string | null): number | undefined {
  const parsed = Number(value);
  return value && Number.isInteger(parsed) && parsed >= YEAR_MIN && parsed <= YEAR_MAX ? parsed : undefined;
}

export function readListParams(search: URLSearchParams): ProjectListParams {
  const pageSize = positiveInt(search.get("pageSize"), DEFAULT_PAGE_SIZE);
  const provinceId = search.get("provinceId");
  return {
    q: search.get("q")?.trim().slice(0, 200) || undefined,
    provinceId: provinceId && ID_LIKE.test(provinceId) ? provinceId : undefined,
    planYear: year(search.get("planYear")),
    status: oneOf(projectStatusCodes, search.get("status")),
    activity: oneOf(supportActivityCodes, search.get("activity")),
    fundingLevel: oneOf(fundingLevelCodes, search.get("fundingLevel")),
    overdue: search.get("overdue") === "true" ? true : undefined,
    sort: oneOf(projectSortValues, search.get("sort")),
    page: positiveInt(search.get("page"), 1),
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
    view: search.get("view") === "board" ? "board" : "list",
  };
}

/** The filters as API query parameters. */
export function filterQuery(filters: ProjectFilters): Record<string, QueryValue> {
  return {
    q: filters.q,
    provinceId: filters.provinceId,
    planYear: filters.planYear,
    status: filters.status,
    activity: filters.activity,
    fundingLevel: filters.fundingLevel,
    overdue: filters.overdue ? true : undefined,
  };
}

/** The URL query string for these params; defaults are left out so plain links stay short. */
export function writeListParams(params: ProjectListParams): URLSearchParams {
  const search = new URLSearchParams();
  const entries: Record<string, QueryValue> = {
    ...filterQuery(params),
    sort: params.sort,
    page: params.page === 1 ? undefined : params.page,
    pageSize: params.pageSize === DEFAULT_PAGE_SIZE ? undefined : params.pageSize,
    view: params.view === "list" ? undefined : params.view,
  };
  for (const [key, value] of Object.entries(entries)) {
    if (value !== undefined && value !== null && value !== "") search.set(key, String(value));
  }
  return search;
}

export function hasActiveFilters(filters: ProjectFilters): boolean {
  return Boolean(
    filters.q ||
      filters.provinceId ||
      filters.planYear ||
      filters.status ||
      filters.activity ||
      filters.fundingLevel ||
      filters.overdue,
  );
}

export const noFilters: Record<keyof ProjectFilters, undefined> = {
  q: undefined,
  provinceId: undefined,
  planYear: undefined,
  status: undefined,
  activity: undefined,
  fundingLevel: undefined,
  overdue: undefined,
};
