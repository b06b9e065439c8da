import type { AdminUnitLevel, IsoDate, RegionCode } from "./types";

/**
 * Pure dated lookups over administrative units, successions, region memberships and organisation names
 * (DOMAIN.md §6.3, §7.3). No I/O: the server passes database rows, tests and the browser pass the seeds. The
 * parameter types are structural, so any row with these fields fits (Drizzle `date` columns in string mode give
 * the same ISO strings as the seeds).
 *
 * Dates are ISO `YYYY-MM-DD` strings, which compare correctly as strings. Validity is inclusive at both ends and
 * an end date of `null` means "still in force".
 */

export type Dated = { validFrom: IsoDate; validTo: IsoDate | null };

export type UnitLike = Dated & { key: string; officialCode: string; level: AdminUnitLevel };

export type SuccessionLike = { predecessorKey: string; successorKey: string; effectiveDate: IsoDate };

export type RegionMembershipLike = Dated & { provinceKey: string; regionCode: RegionCode };

/** A figure recorded on a unit, in đồng or any other integer measure. */
export type UnitValue = { unitKey: string; value: bigint };

export type RolledUpValue = UnitValue & {
  /** The recorded units whose figures were summed into this one, in input order. */
  fromUnitKeys: string[];
};

/** True when `date` lies within [validFrom, validTo] (validTo null = open-ended). */
export function isValidOn(item: Dated, date: IsoDate): boolean {
  return item.validFrom <= date && (item.validTo === null || date <= item.validTo);
}

/** Provincial-level units in force on `date`, ordered by official code: 63 until 2025-06-30, 34 from 2025-07-01. */
export function provincesAsOf<T extends UnitLike>(units: readonly T[], date: IsoDate): T[] {
  return units
    .filter((unit) => unit.level === "TINH" && isValidOn(unit, date))
    .sort((a, b) => a.officialCode.localeCompare(b.officialCode));
}

/**
 * How to name a province: by official code (codes are reused across the 2025 change, so a code only means
 * something together with a date) or by the stable key of one unit record.
 */
export type ProvinceRef = string | { code: string } | { key: string };

function parseRef(ref: ProvinceRef): { code: string } | { key: string } {
  if (typeof ref !== "string") return ref;
  // Official codes are digits only; keys ("P63-82") and database ids never are.
  return /^\d+$/u.test(ref) ? { code: ref } : { key: ref };
}

/**
 * Which province was X on `date`?
 *
 * - By code: the provincial unit carrying that code on that date ("82" is Tiền Giang in 2024, Đồng Tháp in 2026).
 * - By key: the unit itself when valid on `date`; for a later date, the unit it became (following successions);
 *   for an earlier date, the unit it came from, but only while that is unambiguous (a single predecessor).
 *
 * Returns null when nothing matches or the answer is not a single unit.
 */
export function provinceOfAt<T extends UnitLike>(
  units: readonly T[],
  successions: readonly SuccessionLike[],
  ref: ProvinceRef,
  date: IsoDate,
): T | null {
  const parsed = parseRef(ref);
  const provinces = units.filter((unit) => unit.level === "TINH");
  if ("code" in parsed) {
    return provinces.find((unit) => unit.officialCode === parsed.code && isValidOn(unit, date)) ?? null;
  }
  const byKey = new Map(provinces.map((unit) => [unit.key, unit]));
  let unit = byKey.get(parsed.key);
  if (!unit || isValidOn(unit, date)) return unit ?? null;

  if (unit.validTo !== null && date > unit.validTo) {
    const successorKey = currentSuccessorOf(successions, unit.key, date);
    const successor = successorKey === null ? undefined : byKey.get(successorKey);
    return successor && isValidOn(successor, date) ? successor : null;
  }
  // Earlier than the unit's start: walk back through single predecessors.
  const seen = new Set<string>();
  while (unit && date < unit.validFrom && !seen.has(unit.key)) {
    seen.add(unit.key);
    const predecessors = predecessorsOf(successions, unit.key);
    if (predecessors.length !== 1) return null;
    unit = byKey.get(predecessors[0] ?? "");
  }
  return unit && isValidOn(unit, date) ? unit : null;
}

/**
 * Every unit that `unitKey` had become by `asOf`: follows succession rows effective on or before `asOf`, through
 * chains of any length. A unit without such rows is its own answer. Several answers mean the unit was split.
 */
export function currentSuccessorsOf(
  successions: readonly SuccessionLike[],
  unitKey: string,
  asOf: IsoDate,
): string[] {
  const result: string[] = [];
  const seen = new Set<string>();
  const queue = [unitKey];
  while (queue.length > 0) {
    const key = queue.shift() as string;
    if (seen.has(key)) continue;
    seen.add(key);
    const next = successions.filter(
      (s) => s.predecessorKey === key && s.successorKey !== key && s.effectiveDate <= asOf,
    );
    if (next.length === 0) {
      if (!result.includes(key)) result.push(key);
    } else {
      queue.push(...next.map((s) => s.successorKey));
    }
  }
  return result;
}

/**
 * The single unit that `unitKey` had become by `asOf` (the "resolved current unit" of DOMAIN §7.3 item 3), or
 * null when the unit was split and no single successor exists.
 */
export function currentSuccessorOf(
  successions: readonly SuccessionLike[],
  unitKey: string,
  asOf: IsoDate,
): string | null {
  const successors = currentSuccessorsOf(successions, unitKey, asOf);
  return successors.length === 1 ? (successors[0] ?? null) : null;
}

/**
 * Units that became `unitKey`: the direct predecessors, or with `transitive` every ancestor along the chains.
 * An unchanged unit has its own former record as its only predecessor.
 */
export function predecessorsOf(
  successions: readonly SuccessionLike[],
  unitKey: string,
  options: { transitive?: boolean } = {},
): string[] {
  const result: string[] = [];
  const queue = [unitKey];
  const seen = new Set<string>([unitKey]);
  while (queue.length > 0) {
    const key = queue.shift() as string;
    for (const s of successions) {
      if (s.successorKey !== key || seen.has(s.predecessorKey)) continue;
      seen.add(s.predecessorKey);
      result.push(s.predecessorKey);
      if (options.transitive) queue.push(s.predecessorKey);
    }
  }
  return result;
}

/**
 * Re-bases figures recorded on (possibly former) units onto the units in force at `asOf`, summing per successor
 * (DOMAIN §7.3 item 4, geography basis CURRENT). Output is ordered by unit key.
 *
 * A figure whose unit was split stays on the recorded unit: the succession rows carry no shares, so it cannot be
 * apportioned, and dropping or duplicating it would change the total.
 */
export function rollUp(
  values: readonly UnitValue[],
  successions: readonly SuccessionLike[],
  asOf: IsoDate,
): RolledUpValue[] {
  const totals = new Map<string, RolledUpValue>();
  for (const { unitKey, value } of values) {
    const target = currentSuccessorOf(successions, unitKey, asOf) ?? unitKey;
    const entry = totals.get(target) ?? { unitKey: target, value: 0n, fromUnitKeys: [] };
    entry.value += value;
    if (!entry.fromUnitKeys.includes(unitKey)) entry.fromUnitKeys.push(unitKey);
    totals.set(target, entry);
  }
  return [...totals.values()].sort((a, b) => (a.unitKey < b.unitKey ? -1 : a.unitKey > b.unitKey ? 1 : 0));
}

/** The KC region a province record belonged to on `date` (§3.6, §6.3), or null when none is recorded. */
export function regionOfAt(
  memberships: readonly RegionMembershipLike[],
  provinceKey: string,
  date: IsoDate,
): RegionCode | null {
  return memberships.find((m) => m.provinceKey === provinceKey && isValidOn(m, date))?.regionCode ?? null;
}

/**
 * The name record valid on `date` (§6.1, §9.8: a 2016 decision is by "Cục Công nghiệp địa phương", a 2026 one by
 * "Cục Đổi mới sáng tạo, Chuyển đổi xanh và Khuyến công"), or null before the first or after the last name.
 */
export function organisationNameAt<T extends Dated>(names: readonly T[], date: IsoDate): T | null {
  return names.find((name) => isValidOn(name, date)) ?? null;
}
