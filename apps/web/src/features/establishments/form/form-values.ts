import {
  type EligibleIndustry,
  type LegalForm,
  type SubjectClass,
  siteSchema,
  yearDataItemSchema,
} from "@kc/domain";
import type {
  EstablishmentDetail,
  EstablishmentInput,
  EstablishmentPatch,
  YearData,
} from "../../../api/types";
/**
 * The establishment form's values, their conversion to and from the API, and the mapping of the server's
 * problem `errors[].path` ("body.yearData.0.revenue") onto form fields.
 */
import { groupDigits, moneyFromInput } from "../../../lib/money";

export type SiteValues = { provinceId?: string; communeId?: string; addressText?: string };

export type YearValues = {
  year?: number | null;
  employees?: number | null;
  totalCapital?: string;
  totalAssets?: string;
  revenue?: string;
  localMaterialSharePct?: number | null;
  /** Select boxes hold text: "true" / "false", or nothing when unknown. */
  hasExportContract?: BooleanText;
  cnhtProduct?: BooleanText;
};

export type BooleanText = "true" | "false";

export type FormValues = {
  name?: string;
  legalForm?: string;
  subjectClass?: string;
  taxCode?: string;
  businessRegNo?: string;
  ownerName?: string;
  provinceId?: string;
  communeId?: string;
  addressText?: string;
  sites?: SiteValues[];
  industries?: string[];
  vsicCodes?: string[];
  mainProducts?: string;
  phone?: string;
  email?: string;
  website?: string;
  yearData?: YearValues[];
};

const text = (value: string | null | undefined) => value ?? undefined;
/** Amounts are shown grouped ("1.234.567"), as officers type them. */
const moneyText = (value: string | null) => (value === null ? undefined : groupDigits(value));
const toText = (value: boolean | null): BooleanText | undefined =>
  value === null ? undefined : value ? "true" : "false";
const fromText = (value: BooleanText | undefined): boolean | null =>
  value === undefined ? null : value === "true";
const percent = (value: number | string | null) => (value === null || value === "" ? null : Number(value));

/** The form's starting values for an existing establishment; site provinces are found by name. */
export function toFormValues(detail: EstablishmentDetail, provinceIdByName: Map<string, string>): FormValues {
  return {
    name: detail.name,
    legalForm: detail.legalForm,
    subjectClass: detail.subjectClass,
    taxCode: text(detail.taxCode),
    businessRegNo: text(detail.businessRegNo),
    ownerName: text(detail.ownerName),
    provinceId: detail.province.id,
    communeId: detail.commune.id,
    addressText: detail.addressText,
    sites: detail.sites.map((site) => ({
      provinceId: site.provinceName ? provinceIdByName.get(site.provinceName) : undefined,
      communeId: site.communeId,
      addressText: site.addressText,
    })),
    industries: detail.industries.map((industry) => industry.code),
    vsicCodes: detail.vsicCodes,
    mainProducts: detail.mainProducts,
    phone: text(detail.phone),
    email: text(detail.email),
    website: text(detail.website),
    yearData: [...detail.yearData]
      .sort((a, b) => a.year - b.year)
      .map((row) => ({
        year: row.year,
        employees: row.employees,
        totalCapital: moneyText(row.totalCapital),
        totalAssets: moneyText(row.totalAssets),
        revenue: moneyText(row.revenue),
        localMaterialSharePct: percent(row.localMaterialSharePct),
        hasExportContract: toText(row.hasExportContract),
        cnhtProduct: toText(row.cnhtProduct),
      })),
  };
}

/** Labels of the communes an existing record refers to, so the pickers show names before any search. */
export function communeLabels(detail: EstablishmentDetail): Record<string, string> {
  const labels: Record<string, string> = { [detail.commune.id]: detail.commune.name };
  for (const site of detail.sites) labels[site.communeId] = site.communeName;
  return labels;
}

const optional = (value: string | undefined) => value?.trim() || null;

function yearRow(row: YearValues): YearData {
  return {
    year: row.year ?? 0,
    employees: row.employees ?? null,
    totalCapital: moneyFromInput(row.totalCapital),
    totalAssets: moneyFromInput(row.totalAssets),
    revenue: moneyFromInput(row.revenue),
    localMaterialSharePct: row.localMaterialSharePct ?? null,
    hasExportContract: fromText(row.hasExportContract),
    cnhtProduct: fromText(row.cnhtProduct),
  };
}

/** Every field as the API takes it; empty optional text is null. */
/** Select boxes offer only the domain's codes, so their strings are taken as those codes; the server checks. */
export function toInput(values: FormValues): EstablishmentInput {
  return {
    name: values.name?.trim() ?? "",
    legalForm: (values.legalForm ?? "") as LegalForm,
    subjectClass: (values.subjectClass ?? "") as SubjectClass,
    taxCode: optional(values.taxCode),
    businessRegNo: optional(values.businessRegNo),
    ownerName: optional(values.ownerName),
    communeId: values.communeId ?? "",
    addressText: values.addressText?.trim() ?? "",
    sites: (values.sites ?? []).map((site) => ({
      communeId: site.communeId ?? "",
      addressText: site.addressText?.trim() ?? "",
    })),
    industries: (values.industries ?? []) as EligibleIndustry[],
    vsicCodes: (values.vsicCodes ?? []).map((code) => code.trim()),
    mainProducts: values.mainProducts?.trim() ?? "",
    phone: optional(values.phone),
    email: optional(values.email),
    website: optional(values.website),
    yearData: (values.yearData ?? []).map(yearRow),
  };
}

/** A new establishment: optional fields left empty are not sent. */
export function toCreateBody(values: FormValues): EstablishmentInput {
  const input = toInput(values);
  return Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== null),
  ) as EstablishmentInput;
}

/** Only what changed, with the version read; a cleared optional field is sent as null. */
export function toPatchBody(initial: FormValues, values: FormValues, version: number): EstablishmentPatch {
  const before = toInput(initial);
  const after = toInput(values);
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(value) !== JSON.stringify(before[key as keyof EstablishmentInput])) patch[key] = value;
  }
  return { ...patch, version };
}

const scalarFields = new Set<string>([
  "name",
  "legalForm",
  "subjectClass",
  "taxCode",
  "businessRegNo",
  "ownerName",
  "communeId",
  "addressText",
  "industries",
  "vsicCodes",
  "mainProducts",
  "phone",
  "email",
  "website",
]);
/** Fields of the list items, as the domain's schemas name them, to place the server's field errors. */
const listFields: Record<string, Set<string>> = {
  sites: new Set(Object.keys(siteSchema.shape)),
  yearData: new Set(Object.keys(yearDataItemSchema.shape)),
};

/** "body.yearData.0.revenue" (or "yearData[0].revenue") → ["yearData", 0, "revenue"]; null when no field shows it. */
export function fieldPathOf(path: string, values: FormValues): Array<string | number> | null {
  const parts = path
    .replace(/^body(\.|$)/, "")
    .replace(/\[(\d+)\]/g, ".$1")
    .split(".")
    .filter(Boolean);
  const [head, index, sub] = parts;
  if (!head) return null;
  if (scalarFields.has(head)) return [head];
  const subFields = listFields[head];
  if (!subFields || index === undefined || !/^\d+$/.test(index) || !sub || !subFields.has(sub)) return null;
  const rows = head === "sites" ? values.sites : values.yearData;
  return Number(index) < (rows?.length ?? 0) ? [head, Number(index), sub] : null;
}
