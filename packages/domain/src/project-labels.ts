/**
 * Label tables of project codes that the rule tables carry only inside richer records, flattened to
 * `Record<Code, string>` so that screens and exports read them like every other label table. Kept beside, not
 * inside, `projects/`: it reads that folder only through its index.
 */
import {
  type DocumentKind,
  documentKindCodes,
  documentKinds,
  type EvidenceCode,
  evidenceLabels,
  type ProjectIndicator,
  projectIndicatorCodes,
  projectIndicators,
  type SupportActivity,
  supportActivities,
  supportActivityCodes,
  type TransitionCode,
  transitionCodes,
  transitions,
} from "./projects/index";

function tableOf<Code extends string>(
  codes: readonly Code[],
  label: (code: Code) => string,
): Record<Code, string> {
  return Object.fromEntries(codes.map((code) => [code, label(code)])) as Record<Code, string>;
}

/** A document kind as officers name it: its printed form number follows, unless the name already cites it. */
export const documentKindLabels: Record<DocumentKind, string> = tableOf(documentKindCodes, (code) => {
  const { labelVi, form } = documentKinds[code];
  return form && !labelVi.includes("Mẫu") ? `${labelVi} (Mẫu ${form})` : labelVi;
});

export const supportActivityLabels: Record<SupportActivity, string> = tableOf(
  supportActivityCodes,
  (code) => supportActivities[code].labelVi,
);

export const projectIndicatorLabels: Record<ProjectIndicator, string> = tableOf(
  projectIndicatorCodes,
  (code) => projectIndicators[code].labelVi,
);

export const projectIndicatorUnitLabels: Record<ProjectIndicator, string> = tableOf(
  projectIndicatorCodes,
  (code) => projectIndicators[code].unitVi,
);

/** The name of each workflow step, as the transition table gives it (DOMAIN §4.2). */
export const transitionLabels: Record<TransitionCode, string> = tableOf(
  transitionCodes,
  (code) => transitions.find((transition) => transition.code === code)?.labelVi ?? code,
);

/** The yes/no facts of a project that change its route through the workflow (DOMAIN §4.2, project.types.ts). */
export const projectFlagCodes = [
  "implementerIsBeneficiary",
  "singleProvince",
  "registeredByDoit",
  "directRouteAllowed",
  "biddingWaived",
] as const;
export type ProjectFlag = (typeof projectFlagCodes)[number];

export const projectFlagLabels: Record<ProjectFlag, string> = {
  implementerIsBeneficiary: "Đơn vị thực hiện đồng thời là đơn vị thụ hưởng",
  singleProvince: "Thực hiện trong một tỉnh",
  registeredByDoit: "Sở Công Thương đăng ký với Cục",
  directRouteAllowed: "Được đăng ký trực tiếp với Cục",
  biddingWaived: "Không phải đấu thầu",
};

/** Every kind of acceptance evidence, in the order of the table (DOMAIN §5). */
export const evidenceCodes = Object.keys(evidenceLabels) as EvidenceCode[];

/** Evidence the acceptance of a project with these activities needs (Circ. 36/2013 Art. 14), without repeats. */
export function requiredEvidence(activities: readonly string[]): EvidenceCode[] {
  const known = activities.filter((code): code is SupportActivity => code in supportActivities);
  return [...new Set(known.flatMap((code) => supportActivities[code].evidence))];
}
