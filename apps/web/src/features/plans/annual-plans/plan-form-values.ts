/** The plan form's values and their conversion to the API bodies (the server re-checks everything). */

import type { FundingSource, PlanContent } from "@kc/domain";
import type { Dayjs } from "dayjs";
import type { PlanCreateInput, PlanDetail, PlanLine, PlanRevisionInput, Programme } from "../../../api/types";
import { toIsoDate } from "../../../lib/format";
import type { FieldLayout } from "../form-problem";

export type PlanLineValue = { source?: FundingSource; content?: PlanContent; amount?: string | null };

export type PlanFormValues = {
  unitId?: string;
  year?: number;
  programmeId?: string;
  decisionNumber?: string;
  decisionDate?: Dayjs | null;
  noteVi?: string;
  lines?: PlanLineValue[];
};

export const planFormLayout: FieldLayout = {
  top: ["unitId", "year", "programmeId", "decisionNumber", "decisionDate", "noteVi"],
  list: { name: "lines", fields: ["source", "content", "amount"] },
  byCode: { PLAN_EXISTS: "unitId", PLAN_OUTSIDE_PROGRAMME: "programmeId", PLAN_BELOW_EXECUTED: "lines" },
};

export const limits = { decisionNumber: 100, note: 2000, lines: 200 };

/** A new plan starts with one KCQG line, the source every plan has. */
export function initialCreateValues(defaults: { year?: number; unitId?: string }): PlanFormValues {
  return {
    year: defaults.year,
    unitId: defaults.unitId,
    noteVi: "",
    lines: [{ source: "KCQG", amount: null }],
  };
}

/**
 * A revision starts from the current lines; the decision is left empty because a revision is a new decision
 * (its number and date are those of the revising decision, not of the original one).
 */
export function initialReviseValues(plan: PlanDetail): PlanFormValues {
  return {
    unitId: plan.unitId,
    year: plan.year,
    programmeId: plan.programmeId,
    decisionNumber: "",
    decisionDate: null,
    noteVi: "",
    lines: plan.lines.map((line) => ({ ...line })),
  };
}

function toLines(values: PlanFormValues): PlanLine[] {
  return (values.lines ?? []).map((line) => ({
    source: line.source as FundingSource,
    content: line.content as PlanContent,
    amount: line.amount ?? "",
  }));
}

export function toCreateInput(values: PlanFormValues): PlanCreateInput {
  return {
    unitId: values.unitId ?? "",
    year: values.year ?? 0,
    programmeId: values.programmeId ?? "",
    decisionNumber: (values.decisionNumber ?? "").trim(),
    decisionDate: toIsoDate(values.decisionDate) ?? "",
    noteVi: (values.noteVi ?? "").trim(),
    lines: toLines(values),
  };
}

export function toRevisionInput(values: PlanFormValues, version: number): PlanRevisionInput {
  return {
    version,
    decisionNumber: (values.decisionNumber ?? "").trim(),
    decisionDate: toIsoDate(values.decisionDate) ?? "",
    noteVi: (values.noteVi ?? "").trim(),
    lines: toLines(values),
  };
}

/**
 * Programmes offered for a year: those whose period includes it, national ones first. The chosen one stays
 * listed even when the year moves outside its period, so the server can answer PLAN_OUTSIDE_PROGRAMME.
 */
export function programmeOptions(
  programmes: readonly Programme[],
  year: number | undefined,
  chosenId?: string,
) {
  return programmes
    .filter(
      (programme) =>
        programme.id === chosenId ||
        year === undefined ||
        (programme.yearFrom <= year && year <= programme.yearTo),
    )
    .sort((a, b) => (a.level === b.level ? b.yearFrom - a.yearFrom : a.level === "QUOC_GIA" ? -1 : 1))
    .map((programme) => {
      // Names often already end with their period ("… 2021–2025"); add it only when they do not.
      const period = `${programme.yearFrom}–${programme.yearTo}`;
      const name = programme.nameVi.includes(period) ? programme.nameVi : `${programme.nameVi} (${period})`;
      return {
        value: programme.id,
        label: programme.unitLabelVi ? `${name} — ${programme.unitLabelVi}` : name,
      };
    });
}
