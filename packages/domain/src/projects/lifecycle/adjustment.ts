import type { Confidence } from "../../reference/types";
import {
  type AdjustmentType,
  type AuthorityLevel,
  adjustmentTypeLabels,
  authorityLevelLabels,
  type FundingLevel,
  type ProjectKind,
} from "../project.constants";

/**
 * Who approves an adjustment (Circ. 36/2013 Art. 11 matrix, DOMAIN §3.4; §9.3 rule 5). The matrix is data: the
 * KCQG column is ✅ for Circ. 36/2013 (❓ under Circ. 28/2018/TT-BCT); the KCĐP column is 🟡 — §9.3 rule 9
 * says to default to the national pattern with the provincial People's Committee and the DoIT as approvers, so
 * "Minister" maps to the PC Chair and "central-agency DG" to the DoIT Director. A province passes its own matrix.
 */

export type AdjustmentRule = {
  approver: Record<FundingLevel, AuthorityLevel>;
  /** Group projects registered by a DoIT: the DoIT decides this change itself (location, partner, beneficiary). */
  doitDecidesForRegisteredGroup: boolean;
  /** Form of the decision, as the matrix states it. */
  formVi: string;
  confidence: Record<FundingLevel, Confidence>;
};
export type AdjustmentMatrix = Record<AdjustmentType, AdjustmentRule>;

const BY_MINISTER: AdjustmentRule = {
  approver: { KCQG: "MINISTER", KCDP: "PROVINCIAL_PC_CHAIR" },
  doitDecidesForRegisteredGroup: false,
  formVi: "Quyết định của Bộ trưởng (địa phương: của Chủ tịch UBND tỉnh)",
  confidence: { KCQG: "CONFIRMED", KCDP: "SECONDARY" },
};
const BY_AGENCY: AdjustmentRule = {
  approver: { KCQG: "CENTRAL_AGENCY_DG", KCDP: "DOIT_DIRECTOR" },
  doitDecidesForRegisteredGroup: false,
  formVi: "Quyết định giao kế hoạch điều chỉnh hoặc phụ lục hợp đồng",
  confidence: { KCQG: "CONFIRMED", KCDP: "SECONDARY" },
};
const BY_AGENCY_OR_DOIT: AdjustmentRule = { ...BY_AGENCY, doitDecidesForRegisteredGroup: true };

export const defaultAdjustmentMatrix: AdjustmentMatrix = {
  TANG_KINH_PHI: BY_MINISTER,
  DOI_NOI_DUNG: BY_MINISTER,
  GIA_HAN_NAM_SAU: BY_MINISTER,
  BO_SUNG_DE_AN: BY_MINISTER,
  NGUNG_DE_AN: BY_MINISTER,
  DOI_DIA_DIEM: BY_AGENCY_OR_DOIT,
  DOI_THU_HUONG: BY_AGENCY_OR_DOIT,
  DOI_PHOI_HOP: BY_AGENCY_OR_DOIT,
  DOI_THOI_GIAN_TRONG_NAM: BY_AGENCY,
  GIAM_KINH_PHI: BY_AGENCY,
  KHAC: BY_AGENCY,
};

/**
 * Chains of authority, lowest first. A decision signed higher up the chain than required is accepted (🟡: a
 * superior may decide what its subordinate may); a level outside the project's chain never is.
 */
export const authorityChains: Record<FundingLevel, readonly AuthorityLevel[]> = {
  KCQG: ["IMPLEMENTER_HEAD", "DOIT_DIRECTOR", "CENTRAL_AGENCY_DG", "MINISTER"],
  KCDP: ["IMPLEMENTER_HEAD", "DOIT_DIRECTOR", "PROVINCIAL_PC_CHAIR"],
};

export function authoritySatisfies(
  signer: AuthorityLevel | null,
  required: AuthorityLevel,
  fundingLevel: FundingLevel,
): boolean {
  if (signer === null) return false;
  const chain = authorityChains[fundingLevel];
  const have = chain.indexOf(signer);
  const need = chain.indexOf(required);
  return have >= 0 && need >= 0 && have >= need;
}

export type AdjustmentSubject = {
  types: readonly AdjustmentType[];
  fundingLevel: FundingLevel;
  kind: ProjectKind;
  registeredByDoit: boolean;
  singleProvince: boolean;
};

export type AdjustmentApprover = {
  /** The highest authority any of the requested changes needs. */
  authority: AuthorityLevel;
  byType: { type: AdjustmentType; authority: AuthorityLevel }[];
  /** Art. 11, 21.2.b: the DoIT verifies on site and confirms requests of its projects first (KCQG). */
  requiresDoitConfirmation: boolean;
  explanationVi: string;
};

function approverOf(rule: AdjustmentRule, subject: AdjustmentSubject): AuthorityLevel {
  const groupByDoit = subject.kind === "DE_AN_NHOM" && subject.registeredByDoit;
  return rule.doitDecidesForRegisteredGroup && groupByDoit
    ? "DOIT_DIRECTOR"
    : rule.approver[subject.fundingLevel];
}

/**
 * The approver level derived from the change types and the project. A request combining several changes goes
 * to the highest level any of them needs; an empty list is treated as "other changes".
 */
export function adjustmentApprover(
  subject: AdjustmentSubject,
  matrix: AdjustmentMatrix = defaultAdjustmentMatrix,
): AdjustmentApprover {
  const types: readonly AdjustmentType[] = subject.types.length > 0 ? subject.types : ["KHAC"];
  const byType = types.map((type) => ({ type, authority: approverOf(matrix[type], subject) }));
  const chain = authorityChains[subject.fundingLevel];
  const authority = byType.reduce<AuthorityLevel>(
    (highest, entry) => (chain.indexOf(entry.authority) > chain.indexOf(highest) ? entry.authority : highest),
    byType[0]?.authority ?? approverOf(matrix.KHAC, subject),
  );
  const listed = byType.map(
    (entry) => `${adjustmentTypeLabels[entry.type]}: ${authorityLevelLabels[entry.authority]}`,
  );
  return {
    authority,
    byType,
    requiresDoitConfirmation:
      subject.fundingLevel === "KCQG" && (subject.singleProvince || subject.registeredByDoit),
    explanationVi: `Thẩm quyền quyết định: ${authorityLevelLabels[authority]} (${listed.join("; ")}). Căn cứ: Thông tư 36/2013/TT-BCT, Điều 11.`,
  };
}
