/** The findings of the figure engine (`consistency.ts`), apart so that each kind of check may live in its own file. */
export const figureFlagCodes = [
  "SUM_MISMATCH",
  "PERCENT_MISMATCH",
  "GROWTH_MISMATCH",
  "GROWTH_IMPOSSIBLE",
  "PERCENT_IMPOSSIBLE",
  "RECOVERED_PLAN_MISMATCH",
  "COUNT_EXCEEDS_BOUND",
] as const;
export type FigureFlagCode = (typeof figureFlagCodes)[number];

export type FigureFlag = {
  code: FigureFlagCode;
  /** As printed, Vietnamese format: "19.619,2" (triệu đồng) or "+1,08 %". */
  stated: string;
  /** Recomputed, same unit and format; "—" when it cannot be computed. */
  computed: string;
  /** With its unit: "4,5 triệu đồng" or "6,64 điểm phần trăm"; "—" when there is nothing to compare. */
  difference: string;
  messageVi: string;
};

/** One statement's verdict before it is labelled: both figures side by side, the gap, and the flag if any. */
export type Evaluation = { stated: string; computed: string; difference: string; flag: FigureFlag | null };
