import { averagePer, percentOf, type Ratio } from "../figures/fixed";

/**
 * Staff of an extension centre on one date (DOMAIN §6.2, §9.7 Q6): everyone on its payroll (`total`), of whom
 * on the official quota ("biên chế"), on labour contracts and part-time ("kiêm nhiệm"); unknown parts are null
 * (the 2018 national figure gives only total and quota). Collaborators ("cộng tác viên khuyến công") are the
 * commune network paid per task, not staff of the centre, so they are counted beside the total, never in it.
 */
export type StaffingCounts = {
  total: number;
  permanent: number | null;
  contract: number | null;
  partTime: number | null;
  collaborators: number | null;
};

export const staffingPartLabels = {
  permanent: "Biên chế",
  contract: "Hợp đồng",
  partTime: "Kiêm nhiệm",
} as const;
export type StaffingPart = keyof typeof staffingPartLabels;

export const staffingFieldLabels = {
  total: "Tổng số người làm việc",
  ...staffingPartLabels,
  collaborators: "Cộng tác viên khuyến công",
} as const;

export type StaffingProblem = { field: keyof StaffingCounts; messageVi: string };

/**
 * Why a snapshot cannot be true: a part larger than the total, or parts that together exceed it. Each message
 * names the numbers, so the officer sees which figure to correct. Empty when the snapshot is consistent.
 */
export function staffingProblems(counts: StaffingCounts): StaffingProblem[] {
  const problems: StaffingProblem[] = [];
  const parts = (Object.keys(staffingPartLabels) as StaffingPart[]).filter((part) => counts[part] !== null);
  for (const part of parts) {
    const value = counts[part] ?? 0;
    if (value > counts.total) {
      problems.push({
        field: part,
        messageVi: `${staffingPartLabels[part]} (${value}) lớn hơn tổng số người làm việc (${counts.total})`,
      });
    }
  }
  const sum = parts.reduce((acc, part) => acc + (counts[part] ?? 0), 0);
  if (parts.length > 1 && problems.length === 0 && sum > counts.total) {
    const named = parts.map((part) => staffingPartLabels[part].toLowerCase()).join(" + ");
    problems.push({
      field: "total",
      messageVi: `Tổng ${named} (${sum}) vượt tổng số người làm việc (${counts.total})`,
    });
  }
  return problems;
}

/** A centre as the catalogue dates it: it exists from `validFrom` to `validTo` (both included; null = still). */
export type DatedCentre = { id: string; validFrom: string; validTo: string | null };

export type StaffingSnapshotRow = StaffingCounts & { centreId: string; asOf: string };

export type StaffingAverages = {
  day: string;
  /** Centres existing on the day: the divisor of every average (63 before 2025-07-01, 34 after). */
  centreCount: number;
  /** Of those, the centres with a snapshot on or before the day; the rest are missing from the sums. */
  reportingCount: number;
  totals: { total: number; permanent: number };
  perCentre: { total: Ratio | null; permanent: Ratio | null };
  /** Share of quota staff in all staff, in % (83,5 % in 2018). */
  permanentSharePercent: Ratio | null;
};

const existsOn = (centre: DatedCentre, day: string) =>
  centre.validFrom <= day && (centre.validTo === null || centre.validTo >= day);

/**
 * Staff per centre on `day` (DOMAIN §9.7 Q6): each centre existing that day counts with its latest snapshot
 * taken on or before the day, and the sums are divided by the number of centres existing that day — never by a
 * fixed 63, since the 2025 mergers left 34 provincial centres. A centre that no longer exists drops out even if
 * its last snapshot is recent; one without a snapshot still counts in the divisor (and in `reportingCount`'s
 * gap), so a missing report lowers the average visibly instead of silently raising it.
 */
export function staffingAveragesOn(
  day: string,
  centres: readonly DatedCentre[],
  snapshots: readonly StaffingSnapshotRow[],
): StaffingAverages {
  const existing = centres.filter((centre) => existsOn(centre, day));
  const ids = new Set(existing.map((centre) => centre.id));
  const latest = new Map<string, StaffingSnapshotRow>();
  for (const snapshot of snapshots) {
    if (!ids.has(snapshot.centreId) || snapshot.asOf > day) continue;
    const known = latest.get(snapshot.centreId);
    if (!known || known.asOf < snapshot.asOf) latest.set(snapshot.centreId, snapshot);
  }
  let total = 0;
  let permanent = 0;
  for (const snapshot of latest.values()) {
    total += snapshot.total;
    permanent += snapshot.permanent ?? 0;
  }
  return {
    day,
    centreCount: existing.length,
    reportingCount: latest.size,
    totals: { total, permanent },
    perCentre: {
      total: averagePer(BigInt(total), existing.length),
      permanent: averagePer(BigInt(permanent), existing.length),
    },
    permanentSharePercent: percentOf(BigInt(permanent), BigInt(total)),
  };
}
