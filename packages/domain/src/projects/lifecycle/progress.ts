import type { IsoDate } from "../../reference/types";

/**
 * Monthly progress reports (Form 3a; DOMAIN §3.4 Art. 22–23, §9.3 rule 6): the implementer reports every month
 * BEFORE the 25th — a report dated the 25th is late. The duty runs from the contract until completion is
 * reported. ✅ for Circ. 36/2013 (❓ under Circ. 28/2018/TT-BCT), so the day is a parameter.
 */
export const PROGRESS_DUE_DAY = 25;

/** `period` is the month reported on, "YYYY-MM". */
export type ProgressReportRef = { period: string; reportedOn: IsoDate };

export const progressMonthStatusCodes = ["ON_TIME", "LATE", "OVERDUE", "NOT_YET_DUE"] as const;
export type ProgressMonthStatus = (typeof progressMonthStatusCodes)[number];

export const progressMonthStatusLabels: Record<ProgressMonthStatus, string> = {
  ON_TIME: "Đúng hạn",
  LATE: "Nộp muộn",
  OVERDUE: "Quá hạn, chưa nộp",
  NOT_YET_DUE: "Chưa đến hạn",
};

export type ProgressMonth = {
  period: string;
  /** The report is on time when dated strictly before this day. */
  dueBefore: IsoDate;
  status: ProgressMonthStatus;
  reportedOn: IsoDate | null;
};

export type ProgressInput = {
  /** Start of the duty: contract signing (or the start of implementation). */
  from: IsoDate;
  /** End of the duty: completion reported, or the stop decision; null while the project runs. */
  until: IsoDate | null;
  reports: readonly ProgressReportRef[];
  today: IsoDate;
  dueDay?: number;
};

const monthOf = (date: IsoDate): string => date.slice(0, 7);

function nextMonth(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = Number(period.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}

/**
 * One row per month whose report was due: months whose due day falls after `from` and not after `until`,
 * up to the current month. Several reports for one month count by the earliest.
 */
export function progressCalendar(input: ProgressInput): ProgressMonth[] {
  const day = String(input.dueDay ?? PROGRESS_DUE_DAY).padStart(2, "0");
  const earliest = new Map<string, IsoDate>();
  for (const report of input.reports) {
    const known = earliest.get(report.period);
    if (known === undefined || report.reportedOn < known) earliest.set(report.period, report.reportedOn);
  }
  const end = input.until !== null && input.until < input.today ? input.until : input.today;
  const months: ProgressMonth[] = [];
  for (let period = monthOf(input.from); period <= monthOf(end); period = nextMonth(period)) {
    const dueBefore = `${period}-${day}`;
    if (dueBefore <= input.from || (input.until !== null && dueBefore > input.until)) continue;
    const reportedOn = earliest.get(period) ?? null;
    const status: ProgressMonthStatus =
      reportedOn !== null
        ? reportedOn < dueBefore
          ? "ON_TIME"
          : "LATE"
        : input.today >= dueBefore
          ? "OVERDUE"
          : "NOT_YET_DUE";
    months.push({ period, dueBefore, status, reportedOn });
  }
  return months;
}

/** Months whose report is missing although its due day has passed (the overdue flag of the project list). */
export function overdueMonths(input: ProgressInput): string[] {
  return progressCalendar(input)
    .filter((month) => month.status === "OVERDUE")
    .map((month) => month.period);
}

/** States in which the implementer owes monthly reports: from the contract until completion is reported. */
export const reportingStatuses = ["CONTRACTED", "IN_PROGRESS", "ADJUSTMENT_PENDING", "CARRIED_OVER"] as const;

/**
 * The latest month whose report is already due on `today`: this month once its due day has come, else the month
 * before. The project list flags a project "overdue" when this month's report is missing (the project page shows
 * every month with `progressCalendar`).
 */
export function latestDuePeriod(today: IsoDate, dueDay = PROGRESS_DUE_DAY): string {
  const month = monthOf(today);
  if (Number(today.slice(8, 10)) >= dueDay) return month;
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${String(m - 1).padStart(2, "0")}`;
}

/**
 * The overdue flag of the project list: a project owing reports whose contract predates the latest due month and
 * whose last report is older than that month. The list's SQL filter states the same three conditions.
 */
export function isReportOverdue(
  project: { status: string; contractSignedOn: IsoDate | null; lastReportPeriod: string | null },
  today: IsoDate,
  dueDay = PROGRESS_DUE_DAY,
): boolean {
  if (
    !(reportingStatuses as readonly string[]).includes(project.status) ||
    project.contractSignedOn === null
  ) {
    return false;
  }
  const period = latestDuePeriod(today, dueDay);
  const dueBefore = `${period}-${String(dueDay).padStart(2, "0")}`;
  return (
    project.contractSignedOn < dueBefore &&
    (project.lastReportPeriod === null || project.lastReportPeriod < period)
  );
}
