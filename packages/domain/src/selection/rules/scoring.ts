import { formatFixedVi } from "../../figures/format-vi";
import { type CriterionGroup, criterionGroupCodes, criterionGroupLabels } from "../selection.codes";
import type { RuleIssue } from "./rule-issue";

/**
 * S4, the point frame and the score sheets (Circular 26/2014/TT-BCT Art. 7, 11, 16). The official split of the
 * points between the criteria groups C1–C4 is not published (DOMAIN §3.6 ❓), so every round carries its own
 * frame, proposed by the jury head and approved by the council chair; nothing here knows a split.
 *
 * Points move in steps of 0.5. Jurors on paper give whole or half points; quarter points claim a precision
 * no juror has, and with halves and fewer than 100 jurors the exact mean and its two-decimal rounding can
 * never fall on different sides of 70 (scoring-summary.ts). Every point value is held as an integer count of
 * half points, so no float ever adds up a score.
 */

export const HALF_POINTS_PER_POINT = 2;
export const POINT_STEP = 1 / HALF_POINTS_PER_POINT;

export type FrameCriterion = {
  /** Stable within the round, e.g. "C1.1"; the sheet's scores are keyed by it. */
  code: string;
  /** How messages name the criterion when the code is an opaque id (e.g. its position "3"); else the code. */
  displayCode?: string;
  group: CriterionGroup;
  label: string;
  maxPoints: number;
};

export type FrameConfig = {
  /** Groups that must each hold at least one criterion (Art. 7 has all four). */
  requiredGroups: readonly CriterionGroup[];
  /** What the maxima must add up to: the ≥ 70 rule of Art. 17 reads on a 100-point scale. */
  totalPoints: number;
};

export const defaultFrameConfig: FrameConfig = { requiredGroups: criterionGroupCodes, totalPoints: 100 };

/** A point value as whole half points, or null when it is not a finite multiple of 0.5. */
export function toHalfPoints(points: number): number | null {
  if (typeof points !== "number" || !Number.isFinite(points)) return null;
  const halves = points * HALF_POINTS_PER_POINT;
  return Number.isSafeInteger(halves) ? halves : null;
}

/** Half points back to points as printed in Vietnamese ("7,5"). */
export function formatHalfPoints(halves: number): string {
  const units = BigInt(halves) * 5n;
  return formatFixedVi({ units, scale: 1 }).replace(/,0$/u, "");
}

/** Everything wrong with a frame; an empty list means it may be approved. */
export function validatePointFrame(
  criteria: readonly FrameCriterion[],
  config: FrameConfig = defaultFrameConfig,
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  if (criteria.length === 0) {
    return [{ code: "FRAME_EMPTY", field: "criteria", messageVi: "Khung điểm chưa có tiêu chí nào" }];
  }
  const seen = new Set<string>();
  let totalHalves = 0;
  criteria.forEach((criterion, index) => {
    const at = `criteria.${index}`;
    const code = criterion.displayCode ?? criterion.code.trim();
    if (criterion.code.trim() === "") {
      issues.push({
        code: "CRITERION_CODE_MISSING",
        field: `${at}.code`,
        messageVi: `Tiêu chí thứ ${index + 1} chưa có mã`,
      });
    } else if (seen.has(criterion.code)) {
      issues.push({
        code: "CRITERION_CODE_DUPLICATE",
        field: `${at}.code`,
        messageVi: `Mã tiêu chí ${code} bị trùng`,
      });
    }
    seen.add(criterion.code);
    if (!criterionGroupCodes.includes(criterion.group)) {
      issues.push({
        code: "CRITERION_GROUP_UNKNOWN",
        field: `${at}.group`,
        messageVi: `Tiêu chí ${code}: nhóm ${String(criterion.group)} không thuộc C1–C4`,
      });
    }
    const halves = toHalfPoints(criterion.maxPoints);
    if (halves === null || halves <= 0) {
      issues.push({
        code: "CRITERION_MAX_INVALID",
        field: `${at}.maxPoints`,
        messageVi: `Tiêu chí ${code}: điểm tối đa phải lớn hơn 0 và là bội số của ${formatHalfPoints(1)}`,
      });
    } else {
      totalHalves += halves;
    }
  });
  for (const group of config.requiredGroups) {
    if (!criteria.some((criterion) => criterion.group === group)) {
      issues.push({
        code: "FRAME_GROUP_MISSING",
        field: "criteria",
        messageVi: `Khung điểm thiếu nhóm tiêu chí ${group} (${criterionGroupLabels[group]})`,
      });
    }
  }
  const expectedHalves = config.totalPoints * HALF_POINTS_PER_POINT;
  if (issues.every((issue) => issue.code !== "CRITERION_MAX_INVALID") && totalHalves !== expectedHalves) {
    issues.push({
      code: "FRAME_TOTAL_MISMATCH",
      field: "criteria",
      messageVi: `Tổng điểm tối đa các tiêu chí là ${formatHalfPoints(totalHalves)}, phải bằng ${config.totalPoints}`,
    });
  }
  return issues;
}

/** A juror's scores, keyed by criterion code. */
export type SheetScores = Readonly<Record<string, number>>;

export type SheetValidationOptions = {
  /** A draft may leave criteria blank; a sheet that counts in the summary may not. */
  requireAll: boolean;
};

/** Everything wrong with a sheet against its frame, one issue per criterion, each naming it. */
export function validateScoreSheet(
  criteria: readonly FrameCriterion[],
  scores: SheetScores,
  options: SheetValidationOptions = { requireAll: true },
): RuleIssue[] {
  const issues: RuleIssue[] = [];
  const byCode = new Map(criteria.map((criterion) => [criterion.code, criterion]));
  for (const code of Object.keys(scores)) {
    if (!byCode.has(code)) {
      issues.push({
        code: "SCORE_UNKNOWN_CRITERION",
        field: `scores.${code}`,
        messageVi: `Tiêu chí ${code} không có trong khung điểm của đợt bình chọn`,
      });
    }
  }
  for (const criterion of criteria) {
    const field = `scores.${criterion.code}`;
    const name = `Tiêu chí ${criterion.displayCode ?? criterion.code} (${criterion.label})`;
    const points = scores[criterion.code];
    if (points === undefined || points === null) {
      if (options.requireAll)
        issues.push({ code: "SCORE_MISSING", field, messageVi: `${name}: chưa chấm điểm` });
      continue;
    }
    const halves = toHalfPoints(points);
    const maxHalves = toHalfPoints(criterion.maxPoints) ?? 0;
    if (typeof points !== "number" || !Number.isFinite(points)) {
      issues.push({ code: "SCORE_NOT_A_NUMBER", field, messageVi: `${name}: điểm phải là một số` });
    } else if (points < 0) {
      issues.push({ code: "SCORE_NEGATIVE", field, messageVi: `${name}: điểm không được âm` });
    } else if (halves === null) {
      issues.push({ code: "SCORE_STEP_INVALID", field, messageVi: `${name}: điểm chỉ chấm đến 0,5 điểm` });
    } else if (halves > maxHalves) {
      issues.push({
        code: "SCORE_ABOVE_MAX",
        field,
        messageVi: `${name}: ${formatHalfPoints(halves)} điểm vượt điểm tối đa ${formatHalfPoints(maxHalves)}`,
      });
    }
  }
  return issues;
}

/** A valid, complete sheet's total in half points (call validateScoreSheet first). */
export function sheetTotalHalves(criteria: readonly FrameCriterion[], scores: SheetScores): number {
  let total = 0;
  for (const criterion of criteria) total += toHalfPoints(scores[criterion.code] ?? 0) ?? 0;
  return total;
}
