import { periodToDate } from "../figures/period";
import { formatDate } from "../format";
import { addDays } from "../projects/guards/guard-helpers";
import type { ReportPeriodKind, ReportTemplateVersion } from "./report-template";

/**
 * The period a report covers (DOMAIN §9.7 Q2): a year and an index whose meaning follows the template's period
 * kind (quarter 1–4, half 1–2, year 1, or the cut-off month 1–12 of a "N tháng đầu năm" report), and the window
 * of dates the template version cuts for it, with the day the report is due.
 */
export type ReportPeriod = { year: number; index: number };

export type ReportWindow = {
  /** First and last day counted, ISO dates. */
  from: string;
  to: string;
  /** The last day the report may be sent on time. */
  dueOn: string;
  labelVi: string;
};

const ROMAN_QUARTERS = ["I", "II", "III", "IV"] as const;

function indexRange(kind: ReportPeriodKind): [number, number] {
  switch (kind) {
    case "QUARTER":
      return [1, 4];
    case "HALF_YEAR":
      return [1, 2];
    case "YEAR":
      return [1, 1];
    case "CUTOFF_MONTH":
      return [1, 12];
  }
}

/** First and last calendar month of the period. */
function monthsOf(kind: ReportPeriodKind, index: number): [number, number] {
  switch (kind) {
    case "QUARTER":
      return [3 * index - 2, 3 * index];
    case "HALF_YEAR":
      return [6 * index - 5, 6 * index];
    case "YEAR":
      return [1, 12];
    case "CUTOFF_MONTH":
      return [1, index];
  }
}

export function reportPeriodLabelVi(kind: ReportPeriodKind, period: ReportPeriod): string {
  switch (kind) {
    case "QUARTER":
      return `Quý ${ROMAN_QUARTERS[period.index - 1]} năm ${period.year}`;
    case "HALF_YEAR":
      return period.index === 1 ? `6 tháng đầu năm ${period.year}` : `6 tháng cuối năm ${period.year}`;
    case "YEAR":
      return `Năm ${period.year}`;
    case "CUTOFF_MONTH":
      return periodToDate(period.year, period.index).labelVi;
  }
}

function isoDay(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/** Whether the index names a period of this kind (a 5th quarter does not exist). */
export function isValidReportPeriod(kind: ReportPeriodKind, period: ReportPeriod): boolean {
  const [low, high] = indexRange(kind);
  return (
    Number.isInteger(period.year) &&
    period.year >= 2000 &&
    period.year <= 2100 &&
    Number.isInteger(period.index) &&
    period.index >= low &&
    period.index <= high
  );
}

/**
 * The window a template version cuts for a period. CALENDAR: first to last day of the months; CUTOFF_15_TO_14:
 * the 15th of the month before the first month to the 14th of the last (a year's report: 15/12 of the year
 * before to 14/12). Day 0 of the next month is the last day of this one, so no month-length table is needed.
 */
export function reportWindow(
  template: Pick<ReportTemplateVersion, "periodKind" | "windowRule" | "deadlineDaysAfterWindow">,
  period: ReportPeriod,
): ReportWindow {
  const [first, last] = monthsOf(template.periodKind, period.index);
  const calendar = template.windowRule === "CALENDAR";
  const from = calendar ? isoDay(period.year, first, 1) : isoDay(period.year, first - 1, 15);
  const to = calendar ? isoDay(period.year, last + 1, 0) : isoDay(period.year, last, 14);
  return {
    from,
    to,
    dueOn: addDays(to, template.deadlineDaysAfterWindow),
    labelVi: reportPeriodLabelVi(template.periodKind, period),
  };
}

export type ReportPeriodRefusal = {
  code: "REPORT_PERIOD_INVALID";
  messageVi: string;
};

/**
 * A report may be opened for a period of the template's kind whose window ends while the version is in force,
 * and which has begun (an estimate may be made before the period ends, Q1, but not before it starts).
 */
export function checkReportPeriod(
  template: Pick<
    ReportTemplateVersion,
    "periodKind" | "windowRule" | "deadlineDaysAfterWindow" | "validFrom" | "validTo" | "titleVi"
  >,
  period: ReportPeriod,
  today: string,
): ReportPeriodRefusal | null {
  if (!isValidReportPeriod(template.periodKind, period)) {
    const [low, high] = indexRange(template.periodKind);
    return {
      code: "REPORT_PERIOD_INVALID",
      messageVi: `Kỳ báo cáo không hợp lệ: số thứ tự kỳ phải từ ${low} đến ${high}, năm từ 2000 đến 2100`,
    };
  }
  const window = reportWindow(template, period);
  if (window.to < template.validFrom || (template.validTo !== null && window.to > template.validTo)) {
    const until = template.validTo ? ` đến ${formatDate(template.validTo)}` : "";
    return {
      code: "REPORT_PERIOD_INVALID",
      messageVi: `${window.labelVi} nằm ngoài thời gian hiệu lực của mẫu "${template.titleVi}" (từ ${formatDate(template.validFrom)}${until})`,
    };
  }
  if (window.from > today) {
    return {
      code: "REPORT_PERIOD_INVALID",
      messageVi: `${window.labelVi} chưa bắt đầu (từ ${formatDate(window.from)}), chưa mở báo cáo được`,
    };
  }
  return null;
}
