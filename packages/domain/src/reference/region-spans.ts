/**
 * The dated spans during which each province belongs to one region, as `kc_region_at(province, day)` (migration
 * 0010) answers it: on a day one or more memberships are valid, the latest-starting valid one decides; on a day
 * none is, the province's latest-starting membership does. A list filtered by region then tests each row's
 * (province, day) against these few spans, resolved once per request, instead of calling the function per row.
 */
export type RegionMembershipRow = {
  provinceId: string;
  regionCode: string;
  validFrom: string;
  validTo: string | null;
};

/** A span of days, both ends included; null is open-ended. */
export type RegionSpan = { provinceId: string; from: string | null; to: string | null };

function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const latestFirst = (a: RegionMembershipRow, b: RegionMembershipRow) =>
  b.validFrom.localeCompare(a.validFrom);

/** The region of `provinceId` on `day`, by the rule of `kc_region_at` ('' when the province has no membership). */
export function regionAt(
  memberships: readonly RegionMembershipRow[],
  provinceId: string,
  day: string,
): string {
  const own = memberships.filter((m) => m.provinceId === provinceId).sort(latestFirst);
  const valid = own.find((m) => m.validFrom <= day && (m.validTo === null || m.validTo >= day));
  return (valid ?? own[0])?.regionCode ?? "";
}

/** Every span of every province during which `regionAt` answers `regionCode`, adjacent spans merged. */
export function regionSpans(memberships: readonly RegionMembershipRow[], regionCode: string): RegionSpan[] {
  const spans: RegionSpan[] = [];
  const provinces = new Set(memberships.map((m) => m.provinceId));
  for (const provinceId of provinces) {
    const own = memberships.filter((m) => m.provinceId === provinceId);
    // The region can change only where a membership starts or the day after one ends.
    const starts = [
      ...new Set(own.flatMap((m) => [m.validFrom, ...(m.validTo ? [shiftDay(m.validTo, 1)] : [])])),
    ].sort();
    const segments: { from: string | null; to: string | null; probe: string }[] = [];
    const first = starts[0];
    if (first) segments.push({ from: null, to: shiftDay(first, -1), probe: shiftDay(first, -1) });
    starts.forEach((start, i) => {
      const next = starts[i + 1];
      segments.push({ from: start, to: next ? shiftDay(next, -1) : null, probe: start });
    });
    for (const segment of segments) {
      if (regionAt(own, provinceId, segment.probe) !== regionCode) continue;
      const last = spans[spans.length - 1];
      if (last?.provinceId === provinceId && last.to !== null && segment.from === shiftDay(last.to, 1)) {
        last.to = segment.to;
      } else {
        spans.push({ provinceId, from: segment.from, to: segment.to });
      }
    }
  }
  return spans;
}

/** The provinces that are in a region for one and the same span of days. */
export type RegionPeriod = { from: string | null; to: string | null; provinceIds: string[] };

/**
 * The spans grouped by their days: a region has a few periods (before and after a reorganisation) of many
 * provinces each, so a list can test a row with a few `province = any(…) and day between …` terms, a plain filter
 * that keeps its index's order, instead of joining every row to one span per province.
 */
export function regionPeriods(spans: readonly RegionSpan[]): RegionPeriod[] {
  const byDays = new Map<string, RegionPeriod>();
  for (const span of spans) {
    const key = `${span.from ?? ""}/${span.to ?? ""}`;
    const period = byDays.get(key) ?? { from: span.from, to: span.to, provinceIds: [] };
    period.provinceIds.push(span.provinceId);
    byDays.set(key, period);
  }
  return [...byDays.values()];
}
