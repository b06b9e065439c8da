import type { ReportColumn } from "@kc/domain";
import type { NewVersionBody, TemplateVersionDetail } from "./api";

/**
 * The new-version form's state: a copy of the source version's metadata, sections, rows and narrative that the
 * administrator changes, turned into the request body as it is. Rows that came from the source keep their
 * structure (unit, columns, references); rows added here are typed in (no pre-fill).
 */
export type RowDraft = NewVersionBody["sections"][number]["rows"][number] & {
  /** Added on this form (its code, unit and columns may be edited); copied rows keep their structure. */
  added: boolean;
  /** Stable React key: codes may be edited. */
  key: string;
};
export type SectionDraft = { code: string; titleVi: string; rows: RowDraft[] };
export type VersionDraft = Omit<NewVersionBody, "sections" | "previousRevision" | "acknowledgeGap"> & {
  sections: SectionDraft[];
};

let nextKey = 0;
const newKey = () => `row-${nextKey++}`;

/** The first day of next year: the usual start of a new version (a legal text for the next reporting year). */
function nextYearStart(today: string): string {
  return `${Number(today.slice(0, 4)) + 1}-01-01`;
}

export function draftOf(source: TemplateVersionDetail, today: string): VersionDraft {
  return {
    validFrom: nextYearStart(today),
    legalDocumentId: source.legalDocument?.id ?? "",
    titleVi: source.titleVi,
    deadlineDaysAfterWindow: source.deadlineDaysAfterWindow,
    windowRule: source.windowRule,
    narrative: source.definition.narrative.map((item) => ({ ...item })),
    sections: source.definition.sections.map((section) => ({
      code: section.code,
      titleVi: section.titleVi,
      rows: section.rows.map(({ prefilled: _prefilled, unit, ...row }) => ({
        ...row,
        unit:
          unit.kind === "MONEY"
            ? { kind: "MONEY" as const }
            : { kind: "COUNT" as const, unitVi: unit.unitVi ?? "" },
        added: false,
        key: newKey(),
      })),
    })),
  };
}

export const DEFAULT_NEW_ROW_COLUMNS: ReportColumn[] = ["PERIOD", "PREVIOUS"];

export function newRow(sectionIndex: number, rowCount: number): RowDraft {
  const code = `DONG_MOI_${sectionIndex + 1}_${rowCount + 1}`;
  return {
    code,
    labelVi: "",
    indicator: code,
    unit: { kind: "COUNT", unitVi: "" },
    columns: [...DEFAULT_NEW_ROW_COLUMNS],
    added: true,
    key: newKey(),
  };
}

export function bodyOf(
  draft: VersionDraft,
  previousRevision: number,
  acknowledgeGap: boolean,
): NewVersionBody {
  return {
    ...draft,
    previousRevision,
    acknowledgeGap,
    sections: draft.sections.map((section) => ({
      code: section.code,
      titleVi: section.titleVi,
      rows: section.rows.map(({ added, key: _key, ...row }) =>
        added ? { ...row, indicator: row.code } : row,
      ),
    })),
  };
}

/** Moves the item at `from` one place up (-1) or down (+1). */
export function moved<T>(items: readonly T[], from: number, step: -1 | 1): T[] {
  const to = from + step;
  if (to < 0 || to >= items.length) return [...items];
  const copy = [...items];
  const [item] = copy.splice(from, 1);
  if (item !== undefined) copy.splice(to, 0, item);
  return copy;
}
