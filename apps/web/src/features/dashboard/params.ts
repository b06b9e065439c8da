import { todayInVietnam } from "@kc/domain";
/**
 * The dashboard's view lives in the URL (year, cutoffMonth, basis, region, unit), so a view can be bookmarked and
 * shared, and the browser's back button walks up a drill. Reading is an allow-list: anything malformed falls back
 * to the default and is never sent to the API as typed.
 */
import type { Basis, BudgetParams, ScopeParams } from "./api";

export const DASHBOARD_PATH = "/app/tong-quan";
export const YEAR_MIN = 2000;
export const YEAR_MAX = 2100;
export const bases: readonly Basis[] = ["AS_OF", "CURRENT"];

const SCOPE_CODE = /^[\w-]{1,64}$/;

/** The current year in Vietnam: the default, since users mostly follow the running year. */
export function currentYear(): number {
  return Number(todayInVietnam().slice(0, 4));
}

function intInRange(value: string | null, min: number, max: number): number | undefined {
  if (!value) return undefined;
  const parsed = Number(value);
  return Number.isInteger(parsed) && parsed >= min && parsed <= max ? parsed : undefined;
}

function scopeCode(value: string | null): string | undefined {
  return value && SCOPE_CODE.test(value) ? value : undefined;
}

export function readDashboardParams(search: URLSearchParams): BudgetParams {
  return {
    year: intInRange(search.get("year"), YEAR_MIN, YEAR_MAX) ?? currentYear(),
    // The whole year unless asked otherwise; reports usually quote "lũy kế đến hết tháng 12".
    cutoffMonth: intInRange(search.get("cutoffMonth"), 1, 12) ?? 12,
    basis: bases.find((basis) => basis === search.get("basis")) ?? "AS_OF",
    region: scopeCode(search.get("region")),
    unit: scopeCode(search.get("unit")),
  };
}

/** The URL query string of a view; absent scope keys are left out. */
export function writeDashboardParams(params: BudgetParams): string {
  const search = new URLSearchParams();
  search.set("year", String(params.year));
  search.set("cutoffMonth", String(params.cutoffMonth));
  search.set("basis", params.basis);
  if (params.region) search.set("region", params.region);
  if (params.unit) search.set("unit", params.unit);
  return search.toString();
}

/** The same period and basis, at another scope (a drill target or a breadcrumb parent). */
function scopeSearch(params: BudgetParams, scope: ScopeParams): string {
  return `?${writeDashboardParams({ ...params, region: scope.region, unit: scope.unit })}`;
}

/** Address of the dashboard page at another scope. */
export function scopeHref(params: BudgetParams, scope: ScopeParams): string {
  return `${DASHBOARD_PATH}${scopeSearch(params, scope)}`;
}
