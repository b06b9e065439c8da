import { isNfc } from "../text";
import { type Dated, isValidOn, provincesAsOf } from "./admin-units";
import { type ReferenceSeed, referenceSeed } from "./reference-seed";
import type { IsoDate, RegionCode } from "./types";

/**
 * Consistency checks over the reference seed (DOMAIN.md §3.6, §6.3, §7.2). They run in the unit tests and can
 * run on the server before loading edited data: each returns human-readable problems, and an empty list means
 * the data is consistent.
 */

type MapExpectation = { date: IsoDate; provinces: number; regions: Record<RegionCode, number> };

/** What DOMAIN says the 2025 reorganisation looks like; the data must reproduce these figures. */
export const REORGANISATION_2025: {
  before: MapExpectation;
  after: MapExpectation;
  /** Number of predecessors → number of new units: 11 unchanged, 17 two-way and 6 three-way mergers. */
  mergeSizes: Record<number, number>;
} = {
  before: { date: "2024-01-01", provinces: 63, regions: { BAC: 28, TRUNG_TAY_NGUYEN: 15, NAM: 20 } },
  after: { date: "2025-07-01", provinces: 34, regions: { BAC: 18, TRUNG_TAY_NGUYEN: 8, NAM: 8 } },
  mergeSizes: { 1: 11, 2: 17, 3: 6 },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

function isRealIsoDate(value: string): boolean {
  return ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/** The day after an ISO date (UTC arithmetic, so no time-zone drift). */
export function nextDay(date: IsoDate): IsoDate {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

function overlaps(a: Dated, b: Dated): boolean {
  const aEnd = a.validTo ?? "9999-12-31";
  const bEnd = b.validTo ?? "9999-12-31";
  return a.validFrom <= bEnd && b.validFrom <= aEnd;
}

function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const v of values) (seen.has(v) ? dup : seen).add(v);
  return [...dup];
}

/** Every string reachable from `value`, with a path for the message. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}[${i}]`);
  else if (value !== null && typeof value === "object")
    for (const [k, v] of Object.entries(value)) yield* strings(v, `${path}.${k}`);
}

function checkTextAndDates(seed: ReferenceSeed): string[] {
  const problems: string[] = [];
  for (const [path, text] of strings(seed, "seed")) {
    if (!isNfc(text)) problems.push(`${path}: text is not NFC`);
  }
  const dated: Array<[string, Dated]> = [
    ...seed.adminUnits.map((u): [string, Dated] => [`unit ${u.key}`, u]),
    ...seed.regionMemberships.map((m): [string, Dated] => [`membership ${m.provinceKey}`, m]),
    ...seed.organisations.flatMap(
      (o): Array<[string, Dated]> => [
        [`organisation ${o.key}`, o],
        ...o.names.map((n): [string, Dated] => [`name "${n.name}"`, n]),
      ],
    ),
    ...Object.values(seed.catalogues)
      .flat()
      .map((c): [string, Dated] => [`catalogue ${c.code}`, c]),
  ];
  for (const [label, item] of dated) {
    const ends = item.validTo === null ? [item.validFrom] : [item.validFrom, item.validTo];
    if (!ends.every(isRealIsoDate)) problems.push(`${label}: invalid date`);
    else if (item.validTo !== null && item.validTo < item.validFrom)
      problems.push(`${label}: ends before it starts`);
  }
  for (const doc of seed.legalDocuments) {
    for (const d of [doc.signedDate, doc.effectiveDate, doc.expiryDate]) {
      if (d !== null && !isRealIsoDate(d)) problems.push(`legal document ${doc.key}: invalid date ${d}`);
    }
  }
  return problems;
}

function checkKeysAndLegalBasis(seed: ReferenceSeed): string[] {
  const problems: string[] = [];
  const docKeys = new Set(seed.legalDocuments.map((d) => d.key));
  const collections: Array<[string, string[]]> = [
    ["legal document", seed.legalDocuments.map((d) => d.key)],
    ["admin unit", seed.adminUnits.map((u) => u.key)],
    ["organisation", seed.organisations.map((o) => o.key)],
    ...Object.entries(seed.catalogues).map(([kind, list]): [string, string[]] => [
      `${kind} code`,
      list.map((c) => c.code),
    ]),
  ];
  for (const [label, keys] of collections) {
    for (const dup of duplicates(keys)) problems.push(`duplicate ${label} key ${dup}`);
  }
  const references: Array<[string, string | null]> = [
    ...seed.adminUnits.map((u): [string, string | null] => [`unit ${u.key}`, u.legalBasisKey]),
    ...seed.successions.map((s): [string, string | null] => [
      `succession ${s.predecessorKey}`,
      s.legalBasisKey,
    ]),
    ...seed.regionMemberships.map((m): [string, string | null] => [
      `membership ${m.provinceKey}`,
      m.legalBasisKey,
    ]),
    ...seed.organisations.flatMap((o) =>
      o.names.map((n): [string, string | null] => [`name "${n.name}"`, n.legalBasisKey]),
    ),
    ...Object.values(seed.catalogues)
      .flat()
      .map((c): [string, string | null] => [`catalogue ${c.code}`, c.legalBasisKey]),
    ...seed.legalDocuments.flatMap((d) =>
      [...d.replacesKeys, ...d.amendsKeys].map((k): [string, string | null] => [
        `legal document ${d.key}`,
        k,
      ]),
    ),
  ];
  for (const [label, key] of references) {
    if (key !== null && !docKeys.has(key)) problems.push(`${label}: unknown legal document ${key}`);
  }
  for (const doc of seed.legalDocuments) {
    for (const replaced of doc.replacesKeys) {
      const target = seed.legalDocuments.find((d) => d.key === replaced);
      if (target && target.status !== "REPLACED") {
        problems.push(`legal document ${replaced} is replaced by ${doc.key} but has status ${target.status}`);
      }
    }
  }
  return problems;
}

function checkUnitsAndSuccessions(seed: ReferenceSeed): string[] {
  const problems: string[] = [];
  const units = new Map(seed.adminUnits.map((u) => [u.key, u]));
  // Codes are reused across maps, never within one date.
  seed.adminUnits.forEach((a, i) => {
    for (const b of seed.adminUnits.slice(i + 1)) {
      if (a.level === b.level && a.officialCode === b.officialCode && overlaps(a, b)) {
        problems.push(`code ${a.officialCode} is used by ${a.key} and ${b.key} on the same dates`);
      }
    }
  });
  const { before, after, mergeSizes } = REORGANISATION_2025;
  for (const { date, provinces } of [before, after]) {
    const count = provincesAsOf(seed.adminUnits, date).length;
    if (count !== provinces) problems.push(`${count} provinces on ${date}, expected ${provinces}`);
  }

  for (const s of seed.successions) {
    const predecessor = units.get(s.predecessorKey);
    const successor = units.get(s.successorKey);
    if (!predecessor || !successor) {
      problems.push(`succession ${s.predecessorKey} → ${s.successorKey}: unknown unit`);
      continue;
    }
    if (predecessor.validTo === null || nextDay(predecessor.validTo) !== s.effectiveDate) {
      problems.push(
        `succession ${s.predecessorKey} → ${s.successorKey}: predecessor does not end the day before`,
      );
    }
    if (!isValidOn(successor, s.effectiveDate)) {
      problems.push(
        `succession ${s.predecessorKey} → ${s.successorKey}: successor not in force on ${s.effectiveDate}`,
      );
    }
  }

  // Province mergers are whole-unit: each ended province has exactly one successor.
  const provinces = seed.adminUnits.filter((u) => u.level === "TINH");
  for (const unit of provinces.filter((u) => u.validTo !== null)) {
    const count = seed.successions.filter((s) => s.predecessorKey === unit.key).length;
    if (count !== 1) problems.push(`province ${unit.key} (${unit.name}) has ${count} successors, expected 1`);
  }
  const newProvinces = provinces.filter((u) => u.validFrom === after.date);
  const sizes = new Map<number, number>();
  for (const unit of newProvinces) {
    const rows = seed.successions.filter((s) => s.successorKey === unit.key);
    if (rows.length === 0) problems.push(`province ${unit.key} (${unit.name}) has no predecessor`);
    sizes.set(rows.length, (sizes.get(rows.length) ?? 0) + 1);
    const expectedKind = rows.length > 1 ? "MERGE" : "UNCHANGED";
    for (const row of rows.filter((r) => r.kind !== expectedKind)) {
      problems.push(
        `succession ${row.predecessorKey} → ${row.successorKey} is ${row.kind}, expected ${expectedKind}`,
      );
    }
  }
  const allSizes = new Set([...sizes.keys(), ...Object.keys(mergeSizes).map(Number)]);
  for (const size of allSizes) {
    const actual = sizes.get(size) ?? 0;
    const expected = mergeSizes[size] ?? 0;
    if (actual !== expected)
      problems.push(`${actual} new provinces with ${size} predecessor(s), expected ${expected}`);
  }
  return problems;
}

function checkRegions(seed: ReferenceSeed): string[] {
  const problems: string[] = [];
  const units = new Map(seed.adminUnits.map((u) => [u.key, u]));
  for (const m of seed.regionMemberships) {
    const unit = units.get(m.provinceKey);
    if (!unit) problems.push(`membership of unknown province ${m.provinceKey}`);
    else if (!isValidOn(unit, m.validFrom) || (m.validTo ?? unit.validTo) !== unit.validTo) {
      problems.push(`membership of ${m.provinceKey} outside the province's validity`);
    }
  }
  for (const { date, regions } of [REORGANISATION_2025.before, REORGANISATION_2025.after]) {
    const counts: Record<RegionCode, number> = { BAC: 0, TRUNG_TAY_NGUYEN: 0, NAM: 0 };
    for (const unit of provincesAsOf(seed.adminUnits, date)) {
      const found = seed.regionMemberships.filter((m) => m.provinceKey === unit.key && isValidOn(m, date));
      if (found.length !== 1)
        problems.push(`${unit.key} (${unit.name}) has ${found.length} regions on ${date}`);
      for (const m of found) counts[m.regionCode] += 1;
    }
    for (const code of Object.keys(regions) as RegionCode[]) {
      if (counts[code] !== regions[code]) {
        problems.push(`${counts[code]} provinces in region ${code} on ${date}, expected ${regions[code]}`);
      }
    }
  }
  return problems;
}

function checkOrganisations(seed: ReferenceSeed): string[] {
  const problems: string[] = [];
  const orgs = new Map(seed.organisations.map((o) => [o.key, o]));
  const units = new Set(seed.adminUnits.map((u) => u.key));
  for (const org of seed.organisations) {
    if (org.parentKey !== null && !orgs.has(org.parentKey))
      problems.push(`${org.key}: unknown parent ${org.parentKey}`);
    if (org.adminUnitKey !== null && !units.has(org.adminUnitKey)) {
      problems.push(`${org.key}: unknown admin unit ${org.adminUnitKey}`);
    }
    if (org.successorKey !== null) {
      const successor = orgs.get(org.successorKey);
      if (!successor) problems.push(`${org.key}: unknown successor ${org.successorKey}`);
      else if (org.validTo === null || !isValidOn(successor, nextDay(org.validTo))) {
        problems.push(`${org.key}: successor ${org.successorKey} does not start when it ends`);
      } else if (successor.type !== org.type) problems.push(`${org.key}: successor of another type`);
    }
    // Names must tile the organisation's life: no gap, no overlap, same start and end.
    const names = [...org.names].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    const first = names[0];
    const last = names[names.length - 1];
    if (!first || !last) {
      problems.push(`${org.key}: no name`);
      continue;
    }
    if (first.validFrom !== org.validFrom || last.validTo !== org.validTo) {
      problems.push(`${org.key}: names do not cover the organisation's validity`);
    }
    names.slice(1).forEach((name, i) => {
      const previous = names[i];
      if (previous && (previous.validTo === null || nextDay(previous.validTo) !== name.validFrom)) {
        problems.push(`${org.key}: names "${previous.name}" and "${name.name}" do not follow each other`);
      }
    });
  }
  return problems;
}

/**
 * All consistency problems of the reference seed: NFC text and real dates; unique keys and codes; every legal
 * basis known; no official code used twice on one date; 63 provinces before and 34 after 2025-07-01; each former
 * province with exactly one successor and each new one with at least one predecessor, in the 11 / 17 / 6 pattern;
 * one region per province per date with the 28/15/20 and 18/8/8 counts; organisation links and name histories
 * without gaps. An empty list means the data is consistent.
 */
export function checkReferenceIntegrity(seed: ReferenceSeed = referenceSeed): string[] {
  return [
    ...checkTextAndDates(seed),
    ...checkKeysAndLegalBasis(seed),
    ...checkUnitsAndSuccessions(seed),
    ...checkRegions(seed),
    ...checkOrganisations(seed),
  ];
}
