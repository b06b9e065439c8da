/**
 * The project form's values and their conversion to and from the API (packages/domain `projectCreateSchema`).
 * Money is kept as digit strings of đồng, dates as Dayjs for the pickers, shares and multipliers as
 * percentages for people and basis points for the API.
 */
import type {
  EligibleIndustry,
  FundingLevel,
  LocalLevel,
  ProjectIndicator,
  ProjectKind,
  SelectionMethod,
  SpendingCategory,
  SupportActivity,
} from "@kc/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { ProjectDetail, ProjectInput } from "../../../api/types";
import { toIsoDate } from "../../../lib/format";

export type BeneficiaryValue = { establishmentId?: string; sharePct?: number | null };
export type SiteValue = { provinceId?: string; communeId?: string; addressText?: string };
export type EstimateLineValue = {
  item?: string;
  spendingCategory?: string;
  normCode?: string;
  capUnits?: number;
  quantity?: string;
  unitPrice?: string;
  kcAmount?: string;
  counterpartAmount?: string;
  otherAmount?: string;
};
export type IndicatorValue = { code?: string; target?: number | null };

export type FormValues = {
  title: string;
  kind: string;
  fundingLevel: string;
  localLevel?: string | null;
  planYear: number;
  provinceId?: string | null;
  implementerOrgId?: string | null;
  implementerName: string;
  coordinatingOrgIds: string[];
  activities: string[];
  industries: string[];
  selectionMethod: string;
  startDate?: Dayjs | null;
  endDate?: Dayjs | null;
  summary?: string;
  implementerIsBeneficiary: boolean;
  directRouteAllowed: boolean;
  singleProvince: boolean;
  registeredByDoit: boolean;
  biddingWaived: boolean;
  /** ×1,0 … ×1,5; empty for none. */
  priorityMultiplier?: number | null;
  beneficiaries: BeneficiaryValue[];
  sites: SiteValue[];
  estimateLines: EstimateLineValue[];
  indicators: IndicatorValue[];
};

/** Names shown in pickers before any search (the detail carries them; the form keeps only ids). */
export type KnownLabels = {
  establishments: Record<string, string>;
  communes: Record<string, string>;
  implementer: { value: string; label: string } | null;
  coordinators: { value: string; label: string }[];
};

export function newFormValues(init: {
  provinceId: string | null;
  organisation: { id: string; name: string } | null;
  planYear: number;
}): FormValues {
  return {
    title: "",
    kind: "DE_AN_DON_LE",
    fundingLevel: "KCQG",
    localLevel: null,
    planYear: init.planYear,
    provinceId: init.provinceId,
    implementerOrgId: init.organisation?.id ?? null,
    implementerName: init.organisation?.name ?? "",
    coordinatingOrgIds: [],
    activities: [],
    industries: [],
    selectionMethod: "XET_CHON",
    startDate: null,
    endDate: null,
    summary: "",
    implementerIsBeneficiary: false,
    directRouteAllowed: false,
    singleProvince: true,
    registeredByDoit: true,
    biddingWaived: false,
    priorityMultiplier: null,
    beneficiaries: [],
    sites: [],
    estimateLines: [],
    indicators: [],
  };
}

const date = (iso: string | null) => (iso ? dayjs(iso) : null);

export function toFormValues(detail: ProjectDetail): FormValues {
  return {
    title: detail.title,
    kind: detail.kind.code,
    fundingLevel: detail.fundingLevel.code,
    localLevel: detail.localLevel,
    planYear: detail.planYear,
    provinceId: detail.province?.id ?? null,
    implementerOrgId: detail.implementerOrgId,
    implementerName: detail.implementerName,
    coordinatingOrgIds: detail.coordinatingOrgIds,
    activities: detail.activities.map((activity) => activity.code),
    industries: detail.industries,
    selectionMethod: detail.selectionMethod,
    startDate: date(detail.startDate),
    endDate: date(detail.endDate),
    summary: detail.summary,
    implementerIsBeneficiary: Boolean(detail.flags.implementerIsBeneficiary),
    directRouteAllowed: Boolean(detail.flags.directRouteAllowed),
    singleProvince: detail.flags.singleProvince ?? true,
    registeredByDoit: detail.flags.registeredByDoit ?? true,
    biddingWaived: Boolean(detail.flags.biddingWaived),
    priorityMultiplier: detail.priorityMultiplierBps === null ? null : detail.priorityMultiplierBps / 10_000,
    beneficiaries: detail.beneficiaries.map((b) => ({
      establishmentId: b.establishmentId,
      sharePct: b.shareBps === null ? null : b.shareBps / 100,
    })),
    sites: detail.sites.map((site) => ({
      provinceId: detail.province?.id,
      communeId: site.communeId,
      addressText: site.addressText,
    })),
    estimateLines: detail.estimateLines.map((line) => ({
      ...line,
      // The server answers numeric text with its scale ("2.500"); the form shows "2.5".
      quantity: line.quantity.includes(".") ? line.quantity.replace(/\.?0+$/, "") : line.quantity,
      normCode: line.normCode ?? undefined,
    })),
    indicators: detail.indicators.map((indicator) => ({
      code: indicator.code,
      target: indicator.target === null ? null : Number(indicator.target),
    })),
  };
}

export function knownLabels(detail: ProjectDetail | undefined): KnownLabels {
  return {
    establishments: Object.fromEntries((detail?.beneficiaries ?? []).map((b) => [b.establishmentId, b.name])),
    communes: Object.fromEntries((detail?.sites ?? []).map((s) => [s.communeId, s.communeName])),
    implementer: detail?.implementerOrgId
      ? { value: detail.implementerOrgId, label: detail.implementerName }
      : null,
    coordinators: (detail?.coordinatingOrgs ?? []).map((o) => ({ value: o.id, label: o.name })),
  };
}

const text = (value: string | null | undefined) => (value ?? "").trim();
const digits = (value: string | null | undefined) => text(value) || "0";

/**
 * The API body of the form's values. Select boxes offer only the domain's codes, so their strings are taken as
 * those codes here; the server parses the body with the same schema and answers any mistake field by field.
 */
export function toProjectInput(values: FormValues): ProjectInput {
  const local = values.fundingLevel === "KCDP";
  return {
    title: text(values.title),
    kind: values.kind as ProjectKind,
    fundingLevel: values.fundingLevel as FundingLevel,
    localLevel: local ? ((values.localLevel ?? null) as LocalLevel | null) : null,
    planYear: values.planYear,
    provinceId: values.provinceId ?? null,
    implementerOrgId: values.implementerOrgId ?? null,
    implementerName: text(values.implementerName),
    coordinatingOrgIds: values.coordinatingOrgIds ?? [],
    activities: (values.activities ?? []) as SupportActivity[],
    industries: (values.industries ?? []) as EligibleIndustry[],
    selectionMethod: values.selectionMethod as SelectionMethod,
    startDate: toIsoDate(values.startDate) ?? null,
    endDate: toIsoDate(values.endDate) ?? null,
    summary: text(values.summary),
    implementerIsBeneficiary: Boolean(values.implementerIsBeneficiary),
    directRouteAllowed: Boolean(values.directRouteAllowed),
    singleProvince: Boolean(values.singleProvince),
    registeredByDoit: Boolean(values.registeredByDoit),
    biddingWaived: Boolean(values.biddingWaived),
    priorityMultiplierBps:
      values.priorityMultiplier === null || values.priorityMultiplier === undefined
        ? null
        : Math.round(values.priorityMultiplier * 10_000),
    beneficiaries: (values.beneficiaries ?? [])
      .filter((b) => b.establishmentId)
      .map((b) => ({
        establishmentId: b.establishmentId ?? "",
        shareBps: b.sharePct === null || b.sharePct === undefined ? null : Math.round(b.sharePct * 100),
      })),
    sites: (values.sites ?? []).map((site) => ({
      communeId: site.communeId ?? "",
      addressText: text(site.addressText),
    })),
    estimateLines: (values.estimateLines ?? []).map((line, index) => ({
      id: `L${index + 1}`,
      item: text(line.item),
      spendingCategory: (line.spendingCategory ?? "") as SpendingCategory,
      normCode: text(line.normCode) || null,
      capUnits: line.capUnits ?? 1,
      quantity: text(line.quantity).replace(",", "."),
      unitPrice: digits(line.unitPrice),
      kcAmount: digits(line.kcAmount),
      counterpartAmount: digits(line.counterpartAmount),
      otherAmount: digits(line.otherAmount),
    })),
    indicators: (values.indicators ?? [])
      .filter((indicator) => indicator.code)
      .map((indicator) => ({ code: indicator.code as ProjectIndicator, target: indicator.target ?? null })),
  };
}

const scalarFields = new Set([
  "title",
  "kind",
  "fundingLevel",
  "localLevel",
  "planYear",
  "provinceId",
  "implementerOrgId",
  "implementerName",
  "coordinatingOrgIds",
  "activities",
  "industries",
  "selectionMethod",
  "startDate",
  "endDate",
  "summary",
]);
const listFields: Record<string, Set<string>> = {
  beneficiaries: new Set(["establishmentId"]),
  sites: new Set(["communeId", "addressText"]),
  estimateLines: new Set(["item", "spendingCategory", "normCode", "quantity", "unitPrice"]),
  indicators: new Set(["code", "target"]),
};

/**
 * The form field a server error path points at ("body.sites.0.communeId" → ["sites", 0, "communeId"]); null
 * when the form has no such field (the error is then listed above the form).
 */
export function fieldPathOf(path: string): Array<string | number> | null {
  const parts = path
    .replace(/^body(\.|$)/, "")
    .replace(/^project\./, "")
    .split(".")
    .filter(Boolean);
  const [head, index, sub] = parts;
  if (!head) return null;
  if (scalarFields.has(head)) return [head];
  if (head === "priorityMultiplierBps") return ["priorityMultiplier"];
  const subFields = listFields[head];
  if (!subFields || index === undefined || !/^\d+$/.test(index) || !sub || !subFields.has(sub)) return null;
  return [head, Number(index), sub];
}
