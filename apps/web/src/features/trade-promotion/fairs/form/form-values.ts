import type { FairKind, FairLevel } from "@kc/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { FairDetail, FairInput } from "../../../../api/types";
import { toIsoDate } from "../../../../lib/format";

/** What the fair form holds; the venue is a province and, optionally, one of its communes (dated at the start). */
export type FairFormValues = {
  name: string;
  level: FairLevel;
  kind: FairKind;
  /** The catalogue organisation, when the host is one; the name is kept either way. */
  hostOrgId?: string;
  hostName: string;
  organiserOrgId?: string;
  organiserName: string;
  dates: [Dayjs, Dayjs] | null;
  venueProvinceId?: string;
  venueCommuneId?: string;
  venueCountryCode?: string;
  venueCity?: string;
  venueText?: string;
  plannedBooths: number;
  actualBooths?: number | null;
  boothPrice?: string;
  fundingProjectId?: string;
  /** "" stands for the central agency (no province) in the select box. */
  provinceId: string;
};

export const CENTRAL = "";

export function emptyFairValues(fixedProvinceId: string | undefined): Partial<FairFormValues> {
  return { level: "PROVINCIAL", kind: "CNNT", plannedBooths: 0, provinceId: fixedProvinceId ?? CENTRAL };
}

/** The form's values of a fair being edited; a commune venue is split into its province and itself. */
export function toFairFormValues(fair: FairDetail, venueParentId: string | null): FairFormValues {
  const communeVenue = venueParentId !== null;
  return {
    name: fair.name,
    level: fair.level as FairLevel,
    kind: fair.kind as FairKind,
    hostOrgId: fair.hostOrgId ?? undefined,
    hostName: fair.hostName,
    organiserOrgId: fair.organiserOrgId ?? undefined,
    organiserName: fair.organiserName,
    dates: [dayjs(fair.startDate), dayjs(fair.endDate)],
    venueProvinceId: communeVenue ? venueParentId : (fair.venueUnitId ?? undefined),
    venueCommuneId: communeVenue ? (fair.venueUnitId ?? undefined) : undefined,
    venueCountryCode: fair.venueCountryCode ?? undefined,
    venueCity: fair.venueCity ?? undefined,
    venueText: fair.venueText,
    plannedBooths: fair.plannedBooths,
    actualBooths: fair.actualBooths,
    boothPrice: fair.boothPrice ?? undefined,
    fundingProjectId: fair.fundingProject?.id ?? undefined,
    provinceId: fair.provinceId ?? CENTRAL,
  };
}

/** The request body: a fair at home names its venue unit, a fair abroad its country and city. */
export function toFairBody(values: FairFormValues): FairInput {
  const abroad = values.level === "ABROAD";
  const [start, end] = values.dates ?? [null, null];
  return {
    name: values.name.trim(),
    level: values.level,
    kind: values.kind,
    hostOrgId: values.hostOrgId ?? null,
    hostName: values.hostName.trim(),
    organiserOrgId: values.organiserOrgId ?? null,
    organiserName: values.organiserName.trim(),
    venueUnitId: abroad ? null : (values.venueCommuneId ?? values.venueProvinceId ?? null),
    venueCountryCode: abroad ? (values.venueCountryCode ?? null) : null,
    venueCity: abroad ? (values.venueCity?.trim() ?? null) : null,
    venueText: values.venueText?.trim() ?? "",
    startDate: toIsoDate(start) ?? "",
    endDate: toIsoDate(end) ?? "",
    plannedBooths: values.plannedBooths,
    actualBooths: values.actualBooths ?? null,
    boothPrice: values.boothPrice ?? null,
    fundingProjectId: values.fundingProjectId ?? null,
    provinceId: values.provinceId === CENTRAL ? null : values.provinceId,
  };
}

const fieldOfPath: Record<string, keyof FairFormValues> = {
  name: "name",
  level: "level",
  kind: "kind",
  hostOrgId: "hostOrgId",
  hostName: "hostName",
  organiserOrgId: "organiserOrgId",
  organiserName: "organiserName",
  startDate: "dates",
  endDate: "dates",
  venueUnitId: "venueProvinceId",
  venueCountryCode: "venueCountryCode",
  venueCity: "venueCity",
  venueText: "venueText",
  plannedBooths: "plannedBooths",
  actualBooths: "actualBooths",
  boothPrice: "boothPrice",
  fundingProjectId: "fundingProjectId",
  provinceId: "provinceId",
};

/** The form field a server error's path ("body.endDate") belongs to, or null when the form has none. */
export function fairFieldOf(path: string): keyof FairFormValues | null {
  return fieldOfPath[path.replace(/^body\./u, "")] ?? null;
}
