import {
  memberRoleLabels,
  type RoundStatus,
  regionCodes,
  roundStatusCodes,
  roundStatusLabels,
  selectionLevelCodes,
  selectionLevelLabels,
} from "@kc/domain";

/** Select options from the domain's Vietnamese labels (the officers' words; codes never shown). */
export const levelOptions = selectionLevelCodes.map((code) => ({
  value: code,
  label: selectionLevelLabels[code],
}));
export const statusOptions = roundStatusCodes.map((code) => ({
  value: code,
  label: roundStatusLabels[code],
}));
export const regionLabels: Record<(typeof regionCodes)[number], string> = {
  BAC: "Miền Bắc",
  TRUNG_TAY_NGUYEN: "Miền Trung – Tây Nguyên",
  NAM: "Miền Nam",
};
export const regionOptions = regionCodes.map((code) => ({ value: code, label: regionLabels[code] }));

/** Tag colours by how far a round has gone: planning, running, deciding, done. */
export const statusColour: Record<RoundStatus, string> = {
  PLANNED: "default",
  COUNCIL_FORMED: "blue",
  CALL_OPEN: "cyan",
  JUDGING: "geekblue",
  RESULTS_PROPOSED: "purple",
  RECOGNISED: "green",
  COMPLAINT_WINDOW: "orange",
  NOMINATED_UP: "gold",
  CLOSED: "default",
};

/** Where a round is held, in words: its province (and district), its region, or the whole country. */
export function placeOf(round: { level: string; provinceName: string | null; regionCode: string | null }) {
  if (round.provinceName) return round.provinceName;
  if (round.regionCode)
    return regionLabels[round.regionCode as keyof typeof regionLabels] ?? round.regionCode;
  return "Toàn quốc";
}

export const roleLabel = (role: keyof typeof memberRoleLabels) => memberRoleLabels[role];
