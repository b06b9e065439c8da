import { type ReportColumn, reportColumns } from "@kc/domain";
import { useState } from "react";
import type { EditReportBody } from "./api";

/** A cell's stored value as typed in the box: percentages with the Vietnamese decimal comma ("26,59"). */
export function editableText(column: ReportColumn, value: string | undefined): string {
  if (value === undefined) return "";
  return reportColumns[column].kind === "PERCENT" ? value.replace(".", ",") : value;
}

/** What the user typed, as the server stores it: a percentage with a point, an empty box as null (cleared). */
function storedValue(column: ReportColumn, typed: string): string | null {
  const trimmed = typed.trim();
  if (trimmed === "") return null;
  return reportColumns[column].kind === "PERCENT" ? trimmed.replace(",", ".") : trimmed;
}

/**
 * The edits not yet saved: typed cells by "ROW/COLUMN" and narrative sections by code. They are sent together
 * with the version the page read, so an edit made meanwhile by a colleague is a 409, never overwritten.
 */
export function useReportDraft() {
  const [cells, setCells] = useState<Record<string, { row: string; column: ReportColumn; typed: string }>>(
    {},
  );
  const [narrative, setNarrative] = useState<Record<string, string>>({});
  const dirty = Object.keys(cells).length + Object.keys(narrative).length > 0;
  return {
    dirty,
    typed: (key: string) => cells[key]?.typed,
    narrative: (section: string) => narrative[section],
    setCell: (row: string, column: ReportColumn, typed: string) =>
      setCells((current) => ({ ...current, [`${row}/${column}`]: { row, column, typed } })),
    setNarrative: (section: string, body: string) =>
      setNarrative((current) => ({ ...current, [section]: body })),
    clear: () => {
      setCells({});
      setNarrative({});
    },
    body: (version: number): EditReportBody => ({
      version,
      cells: Object.values(cells).map(({ row, column, typed }) => ({
        row,
        column,
        value: storedValue(column, typed),
      })),
      narrative: Object.entries(narrative).map(([section, body]) => ({ section, body })),
    }),
  };
}

export type ReportDraft = ReturnType<typeof useReportDraft>;
