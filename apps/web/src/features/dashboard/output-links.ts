import type { ScopeParams } from "./api";

/**
 * Where an output figure comes from, for the indicators counted from records (decision 0016): the fairs list for
 * fairs, booths and participations, the catalogue of certified products for PRODUCTS_CERTIFIED, filtered by the
 * year and the dashboard's scope. The fairs module answers at `/app/hoi-cho-trien-lam` and the public catalogue at
 * `/san-pham-tieu-bieu`; both read `year`, `region` and `province` from the query string.
 */
const FAIRS_PATH = "/app/hoi-cho-trien-lam";
const CATALOGUE_PATH = "/san-pham-tieu-bieu";

const drillPaths: Record<string, string> = {
  FAIRS_ORGANISED: FAIRS_PATH,
  BOOTHS: FAIRS_PATH,
  FAIR_PARTICIPATIONS: FAIRS_PATH,
  PRODUCTS_CERTIFIED: CATALOGUE_PATH,
};

/** The list behind one cell of the outputs table, or undefined when the indicator has no list of records. */
export function outputDrillHref(code: string, year: number, scope: ScopeParams): string | undefined {
  const path = drillPaths[code];
  if (!path) return undefined;
  const query = new URLSearchParams({ year: String(year) });
  if (scope.region) query.set("region", scope.region);
  if (scope.unit) query.set("province", scope.unit);
  return `${path}?${query}`;
}
