import {
  type ActionAvailability,
  actionReason,
  availability,
  formatDate,
  type IsoDate,
  normValidAt,
  type SupportNormSet,
} from "@kc/domain";

/**
 * Pure rules for adding and closing norm sets (no I/O). The words used:
 *
 * - The **scope** of a set is its funding level and province (national sets have none): `normValidAt` only ever
 *   compares sets of one scope.
 * - A **series** is the norm table of one legal document in one scope: (funding level, province, legal document).
 *   Its versions are corrections or completions of that one table — filling in the empty 2018 set is version 2
 *   of the 2018 series. Where versions of a series overlap, the highest applies (as `normValidAt` decides).
 *
 * Rules decided for the admin screen (issue 4, item 3):
 * 1. An id is used once, whatever the scope (409 SUPPORT_NORM_SET_EXISTS).
 * 2. A new version is higher than every version of its series (409 SUPPORT_NORM_SET_EXISTS): a version never
 *    slips under one that is already in force, so adding one can only replace, never be silently ignored.
 * 3. A set never overlaps a set of another series in its scope (422 SUPPORT_NORM_SET_OVERLAP): on any date at
 *    most one legal document governs the caps, so `normValidAt` never has to break a tie between documents. To
 *    follow an open-ended table with a new document, the previous one is closed first (`closeSupportNormSet`).
 * 4. Closing ends the whole series on the given date: every version of it still valid after that date gets it
 *    as its end (a table ends for all its versions at once); the date may only shorten a validity window and
 *    may not fall before the start of any version it ends (422 SUPPORT_NORM_SET_CLOSE_INVALID).
 */

type Dated = Pick<SupportNormSet, "validFrom" | "validTo">;
type Scoped = Pick<SupportNormSet, "fundingLevel" | "provinceId" | "legalDocumentKey">;

export function sameScope(a: Scoped, b: Scoped): boolean {
  return a.fundingLevel === b.fundingLevel && (a.provinceId ?? null) === (b.provinceId ?? null);
}

export function sameSeries(a: Scoped, b: Scoped): boolean {
  return sameScope(a, b) && a.legalDocumentKey === b.legalDocumentKey;
}

/** Two validity windows share at least one day (an open end runs forever). */
export function overlaps(a: Dated, b: Dated): boolean {
  return (b.validTo === null || a.validFrom <= b.validTo) && (a.validTo === null || b.validFrom <= a.validTo);
}

/** Rule 2: the highest version of the set's series among `existing` (0 when the series is new). */
export function latestVersion(set: Scoped, existing: readonly (Scoped & { version: number })[]): number {
  return existing.filter((other) => sameSeries(other, set)).reduce((max, s) => Math.max(max, s.version), 0);
}

/** Rule 3: the sets of other series in the same scope whose window overlaps the new one. */
export function overlappingSets<T extends SupportNormSet>(set: SupportNormSet, existing: readonly T[]): T[] {
  return existing.filter((other) => sameScope(other, set) && !sameSeries(other, set) && overlaps(other, set));
}

/**
 * Rule 4: the versions a close on `validTo` ends (the series' versions still valid after the date), and those
 * it cannot end because they start after it.
 */
export function closePlan<T extends SupportNormSet>(
  target: SupportNormSet,
  validTo: IsoDate,
  existing: readonly T[],
): { ended: T[]; startingLater: T[] } {
  const open = existing.filter(
    (other) => sameSeries(other, target) && (other.validTo === null || other.validTo > validTo),
  );
  return {
    ended: open.filter((other) => other.validFrom <= validTo),
    startingLater: open.filter((other) => other.validFrom > validTo),
  };
}

function dayBefore(date: IsoDate): IsoDate {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() - 1);
  return value.toISOString().slice(0, 10);
}

/**
 * Rule 4 before the date is chosen: whether some end date would be accepted at all, so the page greys "Kết thúc
 * hiệu lực" instead of opening a form no date can satisfy. An open-ended set can always be closed (a date late
 * enough ends every version). A set that already ends on T is best closed on the day before T: if even that
 * date fails, every earlier one does too (it ends more versions and comes closer to their starts).
 */
export function closeAvailability(
  target: SupportNormSet,
  existing: readonly SupportNormSet[],
): ActionAvailability {
  if (target.validTo === null) return availability([]);
  const latest = dayBefore(target.validTo);
  if (latest < target.validFrom) {
    return availability([
      actionReason(
        "SUPPORT_NORM_SET_CLOSE_INVALID",
        `Bộ định mức chỉ áp dụng trong ngày ${formatDate(target.validFrom)}; không thể rút ngắn thêm`,
      ),
    ]);
  }
  const { startingLater } = closePlan(target, latest, existing);
  const names = startingLater.map((s) => `"${s.labelVi}" (từ ${formatDate(s.validFrom)})`).join(", ");
  return availability([
    startingLater.length > 0 &&
      actionReason(
        "SUPPORT_NORM_SET_CLOSE_INVALID",
        `Văn bản này đã có phiên bản sau: ${names}; hãy kết thúc hiệu lực từ phiên bản mới nhất`,
      ),
  ]);
}

/** Ids of the sets `normValidAt` picks on `date`, one per scope present in `sets`. */
export function appliedSetIds(sets: readonly SupportNormSet[], date: IsoDate): Set<string> {
  const ids = new Set<string>();
  const scopes = new Map(sets.map((set) => [`${set.fundingLevel}|${set.provinceId ?? ""}`, set]));
  for (const scope of scopes.values()) {
    const applied = normValidAt(sets, date, {
      fundingLevel: scope.fundingLevel,
      provinceId: scope.provinceId,
    });
    if (applied) ids.add(applied.id);
  }
  return ids;
}
