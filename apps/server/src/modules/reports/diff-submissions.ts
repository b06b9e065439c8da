import type { SubmissionSnapshot } from "./reports.queries";

export type SnapshotDifference = {
  cells: {
    cell: string;
    before: string | null;
    after: string | null;
    beforeKind: string | null;
    afterKind: string | null;
  }[];
  narrative: { section: string; before: string; after: string }[];
};

/**
 * What changed between two frozen submissions of a report: cells whose value or value kind differ (an estimate
 * become an actual shows even when the figure is the same) and narrative sections whose text differs.
 */
export function diffSnapshots(before: SubmissionSnapshot, after: SubmissionSnapshot): SnapshotDifference {
  const keys = [...new Set([...Object.keys(before.cells), ...Object.keys(after.cells)])].sort();
  const cells = keys.flatMap((cell) => {
    const a = before.cells[cell];
    const b = after.cells[cell];
    if (a?.value === b?.value && a?.valueKind === b?.valueKind) return [];
    return [
      {
        cell,
        before: a?.value ?? null,
        after: b?.value ?? null,
        beforeKind: a?.valueKind ?? null,
        afterKind: b?.valueKind ?? null,
      },
    ];
  });
  const sections = [...new Set([...Object.keys(before.narrative), ...Object.keys(after.narrative)])].sort();
  const narrative = sections
    .map((section) => ({
      section,
      before: before.narrative[section] ?? "",
      after: after.narrative[section] ?? "",
    }))
    .filter((part) => part.before !== part.after);
  return { cells, narrative };
}
