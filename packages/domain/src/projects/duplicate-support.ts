import type { IsoDate } from "../reference/types";
import { foldForSearch } from "../text";

/**
 * E9 — no double funding (Joint Circ. 26/2014 Art. 7.4; DOMAIN §9.4): besides the beneficiary's signed
 * commitment, the system searches its own records for support already given to the same establishment for the
 * same content and item in an overlapping period. The answer is a warning with links, not a refusal: only an
 * officer can tell a genuine second item from a double claim.
 */
export type SupportRecord = {
  projectId: string;
  establishmentId: string;
  /** Support activity code (support-activities.data.ts) or norm code; compared exactly. */
  content: string;
  /** What was supported ("máy sấy nông sản", a brand name…); null when not recorded. */
  item: string | null;
  periodFrom: IsoDate;
  /** Null while the support is open-ended. */
  periodTo: IsoDate | null;
};

/** ITEM: the items match after folding case and diacritics; CONTENT: an item is missing, so only content matched. */
export type SupportOverlap = { record: SupportRecord; matchedOn: "ITEM" | "CONTENT" };

function periodsOverlap(a: SupportRecord, b: SupportRecord): boolean {
  const aEndsAfterBStarts = a.periodTo === null || a.periodTo >= b.periodFrom;
  const bEndsAfterAStarts = b.periodTo === null || b.periodTo >= a.periodFrom;
  return aEndsAfterBStarts && bEndsAfterAStarts;
}

/** Prior supports (other projects) that overlap the candidate; same-project records are never duplicates. */
export function findOverlappingSupport(
  prior: readonly SupportRecord[],
  candidate: SupportRecord,
): SupportOverlap[] {
  const candidateItem = candidate.item === null ? null : foldForSearch(candidate.item);
  const out: SupportOverlap[] = [];
  for (const record of prior) {
    if (record.projectId === candidate.projectId) continue;
    if (record.establishmentId !== candidate.establishmentId || record.content !== candidate.content)
      continue;
    if (!periodsOverlap(record, candidate)) continue;
    const item = record.item === null ? null : foldForSearch(record.item);
    if (item === null || candidateItem === null || item === "" || candidateItem === "") {
      out.push({ record, matchedOn: "CONTENT" });
    } else if (item === candidateItem) {
      out.push({ record, matchedOn: "ITEM" });
    }
  }
  return out;
}
