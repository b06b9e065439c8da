import { describe, expect, it } from "vitest";
import {
  defaultFrameConfig,
  type FrameCriterion,
  formatHalfPoints,
  sheetTotalHalves,
  toHalfPoints,
  validatePointFrame,
  validateScoreSheet,
} from "./scoring";

/** A frame of the shape a jury head proposes: not the official split (unknown), just one that adds up to 100. */
export const sampleFrame: FrameCriterion[] = [
  { code: "C1.1", group: "C1", label: "Khả năng đáp ứng thị trường", maxPoints: 20 },
  { code: "C1.2", group: "C1", label: "Tiềm năng phát triển sản xuất", maxPoints: 15 },
  { code: "C2.1", group: "C2", label: "Hiệu quả kinh tế, kỹ thuật", maxPoints: 25 },
  { code: "C3.1", group: "C3", label: "Giá trị văn hóa, thẩm mỹ", maxPoints: 30 },
  { code: "C4.1", group: "C4", label: "Tiêu chí khác", maxPoints: 10 },
];

const codes = (issues: { code: string }[]) => issues.map((issue) => issue.code);

describe("point frame", () => {
  it("accepts a frame with every group and maxima adding up to 100", () => {
    expect(validatePointFrame(sampleFrame)).toEqual([]);
  });

  it("accepts any split, including half points, as long as it adds up", () => {
    const frame = sampleFrame.map((c, i) =>
      i === 0 ? { ...c, maxPoints: 20.5 } : i === 1 ? { ...c, maxPoints: 14.5 } : c,
    );
    expect(validatePointFrame(frame)).toEqual([]);
  });

  it("names each fault: max ≤ 0, max off the 0,5 step, duplicate code, unknown group, missing group, total", () => {
    const frame: FrameCriterion[] = [
      { code: "A", group: "C1", label: "a", maxPoints: 0 },
      { code: "B", group: "C1", label: "b", maxPoints: 10.3 },
      { code: "B", group: "C9" as never, label: "c", maxPoints: 10 },
    ];
    const issues = validatePointFrame(frame);
    expect(codes(issues)).toEqual([
      "CRITERION_MAX_INVALID",
      "CRITERION_MAX_INVALID",
      "CRITERION_CODE_DUPLICATE",
      "CRITERION_GROUP_UNKNOWN",
      "FRAME_GROUP_MISSING",
      "FRAME_GROUP_MISSING",
      "FRAME_GROUP_MISSING",
    ]);
    expect(issues[0]?.field).toBe("criteria.0.maxPoints");
    expect(issues[4]?.messageVi).toContain("C2");
  });

  it("refuses a total other than the configured one, and an empty frame", () => {
    const short = sampleFrame.map((c) => (c.code === "C4.1" ? { ...c, maxPoints: 5 } : c));
    expect(validatePointFrame(short)).toEqual([
      expect.objectContaining({ code: "FRAME_TOTAL_MISMATCH", messageVi: expect.stringContaining("95") }),
    ]);
    expect(codes(validatePointFrame([]))).toEqual(["FRAME_EMPTY"]);
  });

  it("takes the required groups from configuration, not from code", () => {
    const twoGroups = [
      { code: "X", group: "C1" as const, label: "x", maxPoints: 60 },
      { code: "Y", group: "C3" as const, label: "y", maxPoints: 40 },
    ];
    expect(validatePointFrame(twoGroups, { ...defaultFrameConfig, requiredGroups: ["C1", "C3"] })).toEqual(
      [],
    );
    expect(codes(validatePointFrame(twoGroups))).toEqual(["FRAME_GROUP_MISSING", "FRAME_GROUP_MISSING"]);
  });
});

describe("score sheet", () => {
  const full = { "C1.1": 18, "C1.2": 12.5, "C2.1": 20, "C3.1": 27, "C4.1": 8 };

  it("accepts whole and half points from 0 to the maximum and totals them in half points", () => {
    expect(validateScoreSheet(sampleFrame, full)).toEqual([]);
    expect(sheetTotalHalves(sampleFrame, full)).toBe(171);
    expect(formatHalfPoints(171)).toBe("85,5");
    expect(formatHalfPoints(170)).toBe("85");
    const edges = { "C1.1": 0, "C1.2": 15, "C2.1": 25, "C3.1": 30, "C4.1": 10 };
    expect(validateScoreSheet(sampleFrame, edges)).toEqual([]);
  });

  it("refuses, per criterion and naming it: above max, negative, off-step, not a number, unknown, missing", () => {
    const issues = validateScoreSheet(sampleFrame, {
      "C1.1": 20.5,
      "C1.2": -1,
      "C2.1": 12.25,
      "C3.1": Number.NaN,
      "Z.9": 3,
    });
    expect(issues.map((issue) => [issue.code, issue.field])).toEqual([
      ["SCORE_UNKNOWN_CRITERION", "scores.Z.9"],
      ["SCORE_ABOVE_MAX", "scores.C1.1"],
      ["SCORE_NEGATIVE", "scores.C1.2"],
      ["SCORE_STEP_INVALID", "scores.C2.1"],
      ["SCORE_NOT_A_NUMBER", "scores.C3.1"],
      ["SCORE_MISSING", "scores.C4.1"],
    ]);
    expect(issues[1]?.messageVi).toBe(
      "Tiêu chí C1.1 (Khả năng đáp ứng thị trường): 20,5 điểm vượt điểm tối đa 20",
    );
  });

  it("lets a draft leave criteria blank but not break the others", () => {
    expect(validateScoreSheet(sampleFrame, { "C1.1": 10 }, { requireAll: false })).toEqual([]);
    expect(codes(validateScoreSheet(sampleFrame, { "C1.1": 21 }, { requireAll: false }))).toEqual([
      "SCORE_ABOVE_MAX",
    ]);
  });

  it("converts to half points only for finite multiples of 0,5", () => {
    expect([
      toHalfPoints(7.5),
      toHalfPoints(0),
      toHalfPoints(7.4),
      toHalfPoints(Number.POSITIVE_INFINITY),
    ]).toEqual([15, 0, null, null]);
  });
});
