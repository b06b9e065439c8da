/**
 * Form values of a new norm set and their conversion to the API body (`supportNormSetInputSchema` of
 * @kc/domain): percentages and multipliers are typed as people read them (30 %, ×1,5) and sent in basis points;
 * ceilings are typed with dot grouping and sent as digit strings. The server stays the authority.
 */

import type { CapUnit, Confidence, FundingLevel, PercentBase } from "@kc/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { SupportNorm, SupportNormSet, SupportNormSetInput } from "../../api/types";
import { toIsoDate } from "../../lib/format";
import { groupDigits, moneyFromInput } from "../../lib/money";

export type NormRowValues = {
  code: string;
  activityVi: string;
  maxSharePercent: number | null;
  percentBase: PercentBase;
  /** Digits grouped by dots while typing ("500.000.000"). */
  capDong: string | undefined;
  capUnit: CapUnit | null;
  multiplier: number;
  legalBasis: string;
  noteVi: string | undefined;
  confidence: Confidence;
};

export type NormSetFormValues = {
  id: string;
  version: number;
  labelVi: string;
  legalDocumentKey: string;
  fundingLevel: FundingLevel;
  provinceId: string | undefined;
  validFrom: Dayjs | undefined;
  validTo: Dayjs | null | undefined;
  confidence: Confidence;
  datesConfidence: Confidence;
  noteVi: string | undefined;
  norms: NormRowValues[];
};

export const ID_PATTERN = /^[A-Za-z0-9_-]+$/;
export const limits = { id: 64, label: 500, note: 4000, code: 10, rowText: 500, capDigits: 18, rows: 200 };

/** The server documents these codes as strings; it sends only the domain's codes, so they are taken as such. */
export function rowValues(norm: SupportNorm): NormRowValues {
  return {
    code: norm.code,
    activityVi: norm.activityVi,
    maxSharePercent: norm.maxShareBps === null ? null : norm.maxShareBps / 100,
    percentBase: norm.percentBase as PercentBase,
    capDong: norm.capDong === null ? undefined : groupDigits(norm.capDong),
    capUnit: norm.capUnit as CapUnit | null,
    multiplier: norm.priorityMultiplierMaxBps / 10_000,
    legalBasis: norm.legalBasis,
    noteVi: norm.noteVi ?? undefined,
    confidence: norm.confidence as Confidence,
  };
}

export const emptyRow = (): NormRowValues => ({
  code: "",
  activityVi: "",
  maxSharePercent: null,
  percentBase: "ITEM_COST",
  capDong: undefined,
  capUnit: null,
  multiplier: 1,
  legalBasis: "",
  noteVi: undefined,
  confidence: "CONFIRMED",
});

/**
 * The starting point of a new version of `base`: the same document, scope and window, the next free version
 * number of its series, and the rows of `rowsFrom` (the base itself, or the latest set with rows when the base
 * is still empty, as the 2018 set is).
 */
export function initialValues(
  base: SupportNormSet,
  rows: readonly SupportNorm[],
  nextVersion: number,
): NormSetFormValues {
  return {
    id: `${base.id.replace(/_V\d+$/, "")}_V${nextVersion}`.slice(0, limits.id),
    version: nextVersion,
    labelVi: base.labelVi,
    legalDocumentKey: base.legalDocumentKey,
    fundingLevel: base.fundingLevel as FundingLevel,
    provinceId: base.provinceId ?? undefined,
    validFrom: dayjs(base.validFrom),
    validTo: base.validTo ? dayjs(base.validTo) : null,
    confidence: base.confidence as Confidence,
    datesConfidence: base.datesConfidence as Confidence,
    noteVi: "",
    norms: rows.map(rowValues),
  };
}

export function toInput(values: NormSetFormValues): SupportNormSetInput {
  return {
    id: values.id.trim(),
    version: values.version,
    labelVi: values.labelVi.trim(),
    legalDocumentKey: values.legalDocumentKey.trim(),
    fundingLevel: values.fundingLevel,
    provinceId: values.fundingLevel === "KCDP" ? (values.provinceId ?? null) : null,
    validFrom: toIsoDate(values.validFrom) ?? "",
    validTo: toIsoDate(values.validTo) ?? null,
    confidence: values.confidence,
    datesConfidence: values.datesConfidence,
    noteVi: values.noteVi?.trim() ?? "",
    norms: (values.norms ?? []).map((row) => ({
      code: row.code.trim(),
      activityVi: row.activityVi.trim(),
      maxShareBps:
        row.maxSharePercent === null || row.maxSharePercent === undefined
          ? null
          : Math.round(row.maxSharePercent * 100),
      percentBase: row.percentBase,
      capDong: moneyFromInput(row.capDong),
      capUnit: row.capUnit ?? null,
      priorityMultiplierMaxBps: Math.round((row.multiplier ?? 1) * 10_000),
      ...(row.noteVi?.trim() ? { noteVi: row.noteVi.trim() } : {}),
      legalBasis: row.legalBasis.trim(),
      confidence: row.confidence,
    })),
  };
}

const rowFieldOf: Record<string, keyof NormRowValues> = {
  code: "code",
  activityVi: "activityVi",
  maxShareBps: "maxSharePercent",
  percentBase: "percentBase",
  capDong: "capDong",
  capUnit: "capUnit",
  priorityMultiplierMaxBps: "multiplier",
  legalBasis: "legalBasis",
  noteVi: "noteVi",
  confidence: "confidence",
};

type TopField = Exclude<keyof NormSetFormValues, "norms">;
const topFields: readonly TopField[] = [
  "id",
  "version",
  "labelVi",
  "legalDocumentKey",
  "fundingLevel",
  "provinceId",
  "validFrom",
  "validTo",
  "confidence",
  "datesConfidence",
  "noteVi",
];

export type FormFieldName = [TopField] | ["norms", number, keyof NormRowValues];

/** "body.norms.3.capDong" → ["norms", 3, "capDong"]; null when the error names no field of the form. */
export function formFieldOf(path: string): FormFieldName | null {
  const parts = path.replace(/^body\.?/, "").split(".");
  const [first = "", index, key = ""] = parts;
  if (first === "norms" && parts.length === 3 && rowFieldOf[key]) {
    return ["norms", Number(index), rowFieldOf[key]];
  }
  const top = topFields.find((field) => field === first);
  return parts.length === 1 && top ? [top] : null;
}
