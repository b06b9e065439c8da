import { formatDong } from "../../format";
import type { EligibilityVerdict } from "../establishment.constants";
import type { RuleCode, RuleResult } from "./eligibility.types";

/**
 * Small pieces the rules share: three-valued logic (true / false / not known), verdict combination, and the
 * wording of citations and amounts in reasons.
 */

/** Kleene logic: null is "not known", so `and(false, null)` is false but `and(true, null)` is null. */
export type Tri = boolean | null;

export function and3(...values: Tri[]): Tri {
  if (values.includes(false)) return false;
  return values.includes(null) ? null : true;
}

export function or3(...values: Tri[]): Tri {
  if (values.includes(true)) return true;
  return values.includes(null) ? null : false;
}

export function verdictOf(value: Tri): EligibilityVerdict {
  if (value === null) return "UNKNOWN";
  return value ? "ELIGIBLE" : "NOT_ELIGIBLE";
}

/** One failure fails the whole; otherwise one unknown leaves the whole unknown (DOMAIN §9.4). */
export function combineVerdicts(verdicts: readonly EligibilityVerdict[]): EligibilityVerdict {
  if (verdicts.includes("NOT_ELIGIBLE")) return "NOT_ELIGIBLE";
  return verdicts.includes("UNKNOWN") ? "UNKNOWN" : "ELIGIBLE";
}

/** Result of a rule that does not concern the subject: it passes, and the UI can grey it out. */
export function notApplicable(code: RuleCode, reasonVi: string): RuleResult {
  return { code, verdict: "ELIGIBLE", applicable: false, reasonVi };
}

export function result(code: RuleCode, verdict: EligibilityVerdict, reasonVi: string): RuleResult {
  return { code, verdict, applicable: true, reasonVi };
}

/** Citations used in reasons. Article numbers of Decree 45 and Circ. 46 are those DOMAIN §3.2/§9.4 confirm. */
export const CITE = {
  subjectsCnnt: "Nghị định 45/2012/NĐ-CP, Điều 1.2.a",
  subjects: "Nghị định 45/2012/NĐ-CP, Điều 1.2",
  smeDefinition: "Thông tư 46/2012/TT-BCT, Điều 3.1",
  locationWindow: "Thông tư 46/2012/TT-BCT, Điều 3.1",
  sxshExemption: "Thông tư 46/2012/TT-BCT, Điều 3.2",
  serviceCapacity: "Thông tư 46/2012/TT-BCT, Điều 7",
  industries: "Nghị định 45/2012/NĐ-CP, Điều 5.1",
  industryRestrictions: "Thông tư 46/2012/TT-BCT, Điều 5",
  priorities: "Thông tư 46/2012/TT-BCT, Điều 6",
} as const;

const DOCUMENT_TYPES: readonly [RegExp, string][] = [
  [/\/NĐ-CP$/u, "Nghị định"],
  [/\/TTLT-/u, "Thông tư liên tịch"],
  [/\/TT-/u, "Thông tư"],
  [/\/QĐ-/u, "Quyết định"],
  [/\/NQ-|\/QH\d+$/u, "Nghị quyết"],
];

/** "45/2012/NĐ-CP" → "Nghị định 45/2012/NĐ-CP"; unknown suffixes are returned as they are. */
export function documentTitle(documentNumber: string): string {
  const match = DOCUMENT_TYPES.find(([pattern]) => pattern.test(documentNumber));
  return match ? `${match[1]} ${documentNumber}` : documentNumber;
}

const ONE_BILLION = 1_000_000_000n;

/** 200000000000n → "200 tỷ đồng"; amounts that are not whole billions keep every digit. */
export function dongVi(value: bigint): string {
  if (value !== 0n && value % ONE_BILLION === 0n) return `${formatDong(value / ONE_BILLION)} tỷ đồng`;
  return `${formatDong(value)} đồng`;
}

/** ISO date → dd/MM/yyyy. */
export function dateVi(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}

/** Adds whole years to an ISO date by its calendar fields; 29 Feb + n years compares as the end of February. */
export function addYears(iso: string, years: number): string {
  return `${Number(iso.slice(0, 4)) + years}${iso.slice(4)}`;
}
