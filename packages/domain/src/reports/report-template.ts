import type { ActivityContent } from "../projects/project.constants";

/**
 * A periodic report's template as dated data (issue 17 item 1, DOMAIN §8.3, §9.7 Q1–Q2): a version is valid
 * from/to a date and rests on a legal document; it says which period it covers, how the period's window is cut,
 * when the report is due, its sections of rows (an indicator of §8.2 with its unit and disaggregation) and its
 * narrative sections. The arithmetic checks are not written here: `report-checks.ts` derives them from the rows'
 * structure (which row is a part of which total, which count bounds which).
 */

export const reportPeriodKinds = ["QUARTER", "HALF_YEAR", "YEAR", "CUTOFF_MONTH"] as const;
export type ReportPeriodKind = (typeof reportPeriodKinds)[number];

export const reportPeriodKindLabels: Record<ReportPeriodKind, string> = {
  QUARTER: "Quý",
  HALF_YEAR: "6 tháng",
  YEAR: "Năm",
  CUTOFF_MONTH: "Đến hết tháng (báo cáo nhanh)",
};

/**
 * How a period's window is cut (Q2): the calendar months, or the 15th-of-the-month-before to the 14th of the
 * last month of the regime on reporting (Decree 09/2019, recalled ❓): a 6-month report from 15/12 to 14/6.
 */
export const reportWindowRules = ["CALENDAR", "CUTOFF_15_TO_14"] as const;
export type ReportWindowRule = (typeof reportWindowRules)[number];

export const reportWindowRuleLabels: Record<ReportWindowRule, string> = {
  CALENDAR: "Theo tháng dương lịch",
  CUTOFF_15_TO_14: "Từ ngày 15 tháng trước kỳ đến ngày 14 tháng cuối kỳ",
};

/** Q1: a value is a plan, an estimate made before the period ends ("ước thực hiện"), or an actual. */
export const reportValueKinds = ["PLAN", "ESTIMATE", "ACTUAL"] as const;
export type ReportValueKind = (typeof reportValueKinds)[number];

export const reportValueKindLabels: Record<ReportValueKind, string> = {
  PLAN: "Kế hoạch",
  ESTIMATE: "Ước thực hiện",
  ACTUAL: "Thực hiện",
};

/**
 * The columns a row may have. Amounts are đồng (money) or whole counts; the percentage columns hold the figure
 * the report prints, which the generated checks compare with the recomputation (Q5).
 */
export const reportColumnCodes = [
  "PLAN",
  "PERIOD",
  "PCT_OF_PLAN",
  "PREVIOUS",
  "GROWTH",
  "PREVIOUS_PLAN",
  "PLAN_GROWTH",
] as const;
export type ReportColumn = (typeof reportColumnCodes)[number];

type ColumnDefinition = {
  labelVi: string;
  /** AMOUNT: đồng or a count; PERCENT: a printed percentage. */
  kind: "AMOUNT" | "PERCENT";
  /** The value kinds a cell of the column may carry; the first is the default. */
  valueKinds: readonly ReportValueKind[];
};

export const reportColumns: Record<ReportColumn, ColumnDefinition> = {
  PLAN: { labelVi: "Kế hoạch năm", kind: "AMOUNT", valueKinds: ["PLAN"] },
  PERIOD: { labelVi: "Thực hiện kỳ báo cáo", kind: "AMOUNT", valueKinds: ["ACTUAL", "ESTIMATE"] },
  PCT_OF_PLAN: { labelVi: "% so với kế hoạch năm", kind: "PERCENT", valueKinds: ["ACTUAL", "ESTIMATE"] },
  PREVIOUS: { labelVi: "Cùng kỳ năm trước", kind: "AMOUNT", valueKinds: ["ACTUAL"] },
  GROWTH: { labelVi: "Tăng/giảm so với cùng kỳ (%)", kind: "PERCENT", valueKinds: ["ACTUAL", "ESTIMATE"] },
  PREVIOUS_PLAN: { labelVi: "Kế hoạch năm trước", kind: "AMOUNT", valueKinds: ["PLAN"] },
  PLAN_GROWTH: { labelVi: "Kế hoạch tăng/giảm so với năm trước (%)", kind: "PERCENT", valueKinds: ["PLAN"] },
};

/** Disaggregations a total may be split by; each is a separate partition checked on its own (parts = total). */
export const reportPartitions = ["SOURCE", "CONTENT"] as const;
export type ReportPartition = (typeof reportPartitions)[number];

/** Sources a budget row is split into: the conference reports print KCQG and KCĐP (DOMAIN §2.1 rows 38–41). */
export type ReportSourceGroup = "KCQG" | "KCDP";

/**
 * Where a cell's figure comes from when the report is opened: the figure summary the dashboard reads (an
 * indicator, optionally one source group or activity content), projects in given states, or the distinct
 * establishments behind the period's fair participations. A row without it is typed in (MANUAL).
 */
export type ReportPrefill =
  | { kind: "SUMMARY"; indicator: string; source?: ReportSourceGroup; content?: ActivityContent }
  | { kind: "PROJECTS"; states: "APPROVED" | "COMPLETED" | "STOPPED" }
  | { kind: "FAIR_ESTABLISHMENTS" };

export type ReportUnit = { kind: "MONEY" } | { kind: "COUNT"; unitVi: string };

export type ReportRow = {
  /** Stable within the template: cells, comments and checks name it ("KP_KCQG"). */
  code: string;
  labelVi: string;
  /** The indicator of DOMAIN §8.2 the row reports. */
  indicator: string;
  unit: ReportUnit;
  columns: readonly ReportColumn[];
  /** This row is one part of another row in a partition: the parts of a partition must add up to it. */
  partOf?: { row: string; partition: ReportPartition };
  /** A count that can never exceed another row's (distinct establishments ≤ participations, Q4). */
  atMost?: string;
  prefill?: ReportPrefill;
};

export type ReportSection = { code: string; titleVi: string; rows: readonly ReportRow[] };

export type NarrativeSection = { code: string; titleVi: string };

/** Kinds of generated check that the template lets a submitter acknowledge with a reason instead of fixing. */
export type AcknowledgeableCheckKind = "GROWTH" | "PERCENT";

export type ReportTemplateVersion = {
  /** The template's code, shared by its versions ("BC_6_THANG"). */
  code: string;
  version: number;
  titleVi: string;
  periodKind: ReportPeriodKind;
  windowRule: ReportWindowRule;
  /** The report is due this many days after its window ends. */
  deadlineDaysAfterWindow: number;
  validFrom: string;
  /** Last day of validity, or null while in force. */
  validTo: string | null;
  /** The reference-data legal document the version rests on. */
  legalDocumentId: string;
  sections: readonly ReportSection[];
  narrative: readonly NarrativeSection[];
  acknowledgeable: readonly AcknowledgeableCheckKind[];
};

export function templateRows(template: Pick<ReportTemplateVersion, "sections">): ReportRow[] {
  return template.sections.flatMap((section) => section.rows);
}

/** "KP_KCQG/PERIOD": the key of one cell of a report. */
export function cellKey(row: string, column: ReportColumn): string {
  return `${row}/${column}`;
}
