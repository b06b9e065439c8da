import type { MemberBody, MemberRole, SelectionLevel } from "../selection.codes";

/**
 * S3 (Circular 26/2014 Art. 8): the council of a round has between a lower and an upper number of members that
 * grows with the level; the jury has an odd number of members so a vote or a mean never ties on a split jury.
 * Counted over active members only; the council's secretary is one of its members.
 */
export const councilSizeByLevel: Record<SelectionLevel, { min: number; max: number }> = {
  HUYEN: { min: 5, max: 7 },
  TINH: { min: 7, max: 9 },
  KHU_VUC: { min: 9, max: 11 },
  QUOC_GIA: { min: 11, max: 13 },
};

export type CompositionMember = { body: MemberBody; role: MemberRole; active: boolean };

export type CompositionProblem = {
  code: "SELECTION_COUNCIL_SIZE_INVALID" | "SELECTION_JURY_SIZE_EVEN" | "SELECTION_STEP_REQUIREMENTS_UNMET";
  messageVi: string;
};

export type CouncilComposition = {
  councilSize: number;
  jurySize: number;
  expertSize: number;
  councilMin: number;
  councilMax: number;
  /** What keeps the council and jury from being formed now; empty when they meet S3. */
  problems: CompositionProblem[];
};

const count = (members: readonly CompositionMember[], body: MemberBody, role?: MemberRole) =>
  members.filter((m) => m.active && m.body === body && (role === undefined || m.role === role)).length;

/** The council and jury as they stand, and every rule of S3 they break, in the officers' words. */
export function councilComposition(
  level: SelectionLevel,
  members: readonly CompositionMember[],
): CouncilComposition {
  const { min, max } = councilSizeByLevel[level];
  const councilSize = count(members, "COUNCIL");
  const jurySize = count(members, "JURY");
  const problems: CompositionProblem[] = [];
  if (councilSize < min || councilSize > max)
    problems.push({
      code: "SELECTION_COUNCIL_SIZE_INVALID",
      messageVi: `Hội đồng cần từ ${min} đến ${max} thành viên, hiện có ${councilSize}`,
    });
  const chairs = count(members, "COUNCIL", "CHAIR");
  if (chairs !== 1)
    problems.push({
      code: "SELECTION_STEP_REQUIREMENTS_UNMET",
      messageVi: `Hội đồng cần đúng một Chủ tịch, hiện có ${chairs}`,
    });
  if (jurySize === 0 || jurySize % 2 === 0)
    problems.push({
      code: "SELECTION_JURY_SIZE_EVEN",
      messageVi: `Ban giám khảo cần số thành viên lẻ, hiện có ${jurySize}`,
    });
  const heads = count(members, "JURY", "JURY_HEAD");
  if (heads !== 1)
    problems.push({
      code: "SELECTION_STEP_REQUIREMENTS_UNMET",
      messageVi: `Ban giám khảo cần đúng một Trưởng ban, hiện có ${heads}`,
    });
  return {
    councilSize,
    jurySize,
    expertSize: count(members, "EXPERT"),
    councilMin: min,
    councilMax: max,
    problems,
  };
}

/**
 * S7: provincial rounds are held in odd years, regional and national ones in even years by default. Practice
 * differs (national rounds in 2015, 2017, 2019), so this is a warning shown with the round, never a refusal.
 */
export function yearParityWarning(level: SelectionLevel, year: number): string | null {
  if (level === "HUYEN") return null;
  const odd = year % 2 === 1;
  if (level === "TINH" && !odd) return `Đợt cấp tỉnh thường tổ chức vào năm lẻ; ${year} là năm chẵn`;
  if ((level === "KHU_VUC" || level === "QUOC_GIA") && odd)
    return `Đợt cấp khu vực, quốc gia thường tổ chức vào năm chẵn; ${year} là năm lẻ`;
  return null;
}

/** The support norm (§3.5.1) that caps what the programme pays to organise a round of this level. */
export function roundFundingNormCode(level: SelectionLevel): "g1" | "g2" | null {
  if (level === "KHU_VUC") return "g1";
  if (level === "QUOC_GIA") return "g2";
  return null;
}
