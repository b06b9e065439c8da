import { type brandStatusCodes, type markKindCodes, todayInVietnam } from "@kc/domain";
import dayjs, { type Dayjs } from "dayjs";
import type { BrandSupport } from "./api";

type Values = BrandFormValues;

/** What the brand form holds: dates as Dayjs for the pickers, money as digit strings, the holder's kind. */
export type BrandFormValues = {
  brandName: string;
  markKind: (typeof markKindCodes)[number];
  holderKind: "ESTABLISHMENT" | "COLLECTIVE";
  establishmentId?: string;
  collectiveName?: string;
  memberEstablishmentIds?: string[];
  provinceId?: string;
  applicationNumber?: string;
  applicationDate?: Dayjs | null;
  registrationNumber?: string;
  registrationDate?: Dayjs | null;
  year?: number;
  cost?: string;
  supportAmount?: string;
  projectId?: string;
  status: (typeof brandStatusCodes)[number];
};
/** The fields a server refusal may name, so its message lands beside the field. */
export const brandFormFields = [
  "brandName",
  "markKind",
  "establishmentId",
  "collectiveName",
  "memberEstablishmentIds",
  "provinceId",
  "applicationNumber",
  "applicationDate",
  "registrationNumber",
  "registrationDate",
  "year",
  "cost",
  "supportAmount",
  "projectId",
  "status",
] as const;

/** The form's starting values: a new brand in the officer's province, or the recorded one. */
export function brandFormValuesOf(b: BrandSupport | undefined, ownProvince: string | undefined): Values {
  if (!b) {
    const year = Number(todayInVietnam().slice(0, 4));
    return {
      brandName: "",
      markKind: "INDIVIDUAL",
      holderKind: "ESTABLISHMENT",
      provinceId: ownProvince,
      year,
      status: "APPLIED",
    };
  }
  return {
    brandName: b.brandName,
    markKind: b.markKind as Values["markKind"],
    holderKind: b.holder ? "ESTABLISHMENT" : "COLLECTIVE",
    establishmentId: b.holder?.id,
    collectiveName: b.collectiveName ?? undefined,
    memberEstablishmentIds: b.members.map((m) => m.id),
    provinceId: b.province.id,
    applicationNumber: b.applicationNumber ?? undefined,
    applicationDate: b.applicationDate ? dayjs(b.applicationDate) : null,
    registrationNumber: b.registrationNumber ?? undefined,
    registrationDate: b.registrationDate ? dayjs(b.registrationDate) : null,
    year: b.year,
    cost: b.cost,
    supportAmount: b.supportAmount,
    projectId: b.project?.id,
    status: b.status as Values["status"],
  };
}
