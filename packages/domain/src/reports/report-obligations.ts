import { addDays } from "../projects/guards/guard-helpers";
import { type ReportWindow, reportWindow } from "./report-period";
import type { ReportTemplateVersion } from "./report-template";
import type { ReportState } from "./report-workflow";

/**
 * What each province owes (issue 17 items 3–4, DHIS2's "expected reports"): for every regular template version
 * (quarter, half-year, year) and every period it covers that has begun, the province that existed on the last
 * day of the period's window owes one report, due on the window's due day. A province merged in 2025 therefore
 * owes the first half of 2025 as itself (it existed on 30/6) and its successor owes the year 2025. Ad-hoc cut-off
 * reports ("7 tháng đầu năm") are asked for a conference, not owed by a calendar, so they are no obligation.
 * Obligations start with the periods due on or after `countFrom` (the day the system began collecting reports:
 * before it they were sent on paper and are not "missing").
 */

export type ObligationTemplate = { id: string } & Pick<
  ReportTemplateVersion,
  "code" | "titleVi" | "periodKind" | "windowRule" | "deadlineDaysAfterWindow" | "validFrom" | "validTo"
>;

export type ObligedProvince = { id: string; validFrom: string; validTo: string | null };

/** A report that exists, with its submissions' dates as Vietnamese calendar days (ISO). */
export type ExistingReport = {
  id: string;
  templateId: string;
  provinceId: string;
  year: number;
  periodIndex: number;
  state: ReportState;
  firstSubmittedOn: string | null;
  lastSubmittedOn: string | null;
};

export const obligationStatuses = [
  "OVERDUE",
  "RETURNED",
  "DUE_SOON",
  "NOT_YET_DUE",
  "SENT_LATE",
  "SENT_ON_TIME",
  "APPROVED",
  "LOCKED",
] as const;
export type ObligationStatus = (typeof obligationStatuses)[number];

export const obligationStatusLabels: Record<ObligationStatus, string> = {
  OVERDUE: "Quá hạn, chưa gửi",
  RETURNED: "Bị trả lại, chờ tỉnh sửa",
  DUE_SOON: "Sắp đến hạn",
  NOT_YET_DUE: "Chưa đến hạn",
  SENT_LATE: "Đã gửi, trễ hạn",
  SENT_ON_TIME: "Đã gửi đúng hạn",
  APPROVED: "Đã duyệt",
  LOCKED: "Đã khóa",
};

/** The statuses that wait for the province: the "my reports" page lists them first and the badge counts them. */
export const obligationStatusesNeedingAction: readonly ObligationStatus[] = [
  "OVERDUE",
  "RETURNED",
  "DUE_SOON",
];

/** DHIS2's reading of one expected report: sent on time, sent late, missing (overdue, never sent), not yet due. */
export type Timeliness = "ON_TIME" | "LATE" | "MISSING" | "NOT_YET_DUE";

export type ReportObligation = {
  templateId: string;
  templateCode: string;
  titleVi: string;
  provinceId: string;
  year: number;
  periodIndex: number;
  window: ReportWindow;
  /** The report, when it has been opened (a report never opened is still owed). */
  reportId: string | null;
  reportState: ReportState | null;
  status: ObligationStatus;
  timeliness: Timeliness;
  firstSubmittedOn: string | null;
  /** Days from today to the due day: positive = days left, negative = days late, 0 = due today. */
  daysToDue: number;
};

/** A report is "due soon" from this many days before its due day (the first reminder's day by default). */
export const DUE_SOON_DAYS = 7;

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Periods owed per year by kind. A 6-month report is owed for the first half only ("báo cáo 6 tháng", due after
 * 30 June): the second half is reported by the year's report, so no province is chased for a "6 tháng cuối năm".
 */
const PERIODS_PER_YEAR = { QUARTER: 4, HALF_YEAR: 1, YEAR: 1, CUTOFF_MONTH: 0 } as const;

function existedOn(province: ObligedProvince, day: string): boolean {
  return province.validFrom <= day && (province.validTo === null || province.validTo >= day);
}

/**
 * Timeliness is judged on the FIRST submission against the due day, as DHIS2 counts a data set "on time" by
 * when it was first completed: a report sent on time and later returned for corrections stays on time, and a
 * report sent on its due day itself is on time.
 */
export function timelinessOf(firstSubmittedOn: string | null, dueOn: string, today: string): Timeliness {
  if (firstSubmittedOn !== null) return firstSubmittedOn <= dueOn ? "ON_TIME" : "LATE";
  return today > dueOn ? "MISSING" : "NOT_YET_DUE";
}

export function obligationStatusOf(
  report: Pick<ExistingReport, "state" | "firstSubmittedOn"> | null,
  dueOn: string,
  today: string,
  dueSoonDays = DUE_SOON_DAYS,
): ObligationStatus {
  const state = report?.state ?? "DRAFT";
  switch (state) {
    case "APPROVED":
    case "LOCKED":
    case "RETURNED":
      return state;
    case "SUBMITTED":
    case "RESUBMITTED":
      return timelinessOf(report?.firstSubmittedOn ?? null, dueOn, today) === "LATE"
        ? "SENT_LATE"
        : "SENT_ON_TIME";
    case "DRAFT": {
      if (today > dueOn) return "OVERDUE";
      return daysBetween(today, dueOn) <= dueSoonDays ? "DUE_SOON" : "NOT_YET_DUE";
    }
  }
}

export type ObligationQuery = {
  templates: readonly ObligationTemplate[];
  provinces: readonly ObligedProvince[];
  reports: readonly ExistingReport[];
  today: string;
  /** First due day counted (the system's start of collection). */
  countFrom: string;
  /** Only these years of period (both ends included); default: the year before countFrom's to today's. */
  years?: { from: number; to: number };
  dueSoonDays?: number;
};

/** Every report owed, sorted by due day then template and province, with its status today. */
export function reportObligations(query: ObligationQuery): ReportObligation[] {
  const { templates, provinces, reports, today, countFrom } = query;
  const byKey = new Map(
    reports.map((r) => [`${r.templateId}|${r.provinceId}|${r.year}|${r.periodIndex}`, r]),
  );
  const fromYear = query.years?.from ?? Number(countFrom.slice(0, 4)) - 1;
  const toYear = query.years?.to ?? Number(today.slice(0, 4));
  const owed: ReportObligation[] = [];
  for (const template of templates) {
    const count = PERIODS_PER_YEAR[template.periodKind];
    for (let year = fromYear; year <= toYear; year++) {
      for (let index = 1; index <= count; index++) {
        const window = reportWindow(template, { year, index });
        const inForce =
          window.to >= template.validFrom && (template.validTo === null || window.to <= template.validTo);
        if (!inForce || window.from > today || window.dueOn < countFrom) continue;
        for (const province of provinces) {
          if (!existedOn(province, window.to)) continue;
          const report = byKey.get(`${template.id}|${province.id}|${year}|${index}`) ?? null;
          const firstSubmittedOn = report?.firstSubmittedOn ?? null;
          owed.push({
            templateId: template.id,
            templateCode: template.code,
            titleVi: template.titleVi,
            provinceId: province.id,
            year,
            periodIndex: index,
            window,
            reportId: report?.id ?? null,
            reportState: report?.state ?? null,
            status: obligationStatusOf(report, window.dueOn, today, query.dueSoonDays),
            timeliness: timelinessOf(firstSubmittedOn, window.dueOn, today),
            firstSubmittedOn,
            daysToDue: daysBetween(today, window.dueOn),
          });
        }
      }
    }
  }
  return owed.sort(
    (a, b) =>
      a.window.dueOn.localeCompare(b.window.dueOn) ||
      a.templateCode.localeCompare(b.templateCode) ||
      a.provinceId.localeCompare(b.provinceId),
  );
}

/** "Còn 5 ngày", "Hạn hôm nay", "Trễ 12 ngày": the due day as the page says it. */
export function dueInWordsVi(daysToDue: number): string {
  if (daysToDue > 0) return `Còn ${daysToDue} ngày`;
  if (daysToDue === 0) return "Hạn hôm nay";
  return `Trễ ${-daysToDue} ngày`;
}

/**
 * The "my reports" order: what waits for the province first (overdue, returned, due soon), then what is coming
 * (not yet due), both by due day; then what was sent, the newest first.
 */
export function sortForAction(obligations: readonly ReportObligation[]): ReportObligation[] {
  const groups: readonly ObligationStatus[] = [...obligationStatusesNeedingAction, "NOT_YET_DUE"];
  const rank = (o: ReportObligation) => {
    const at = groups.indexOf(o.status);
    return at === -1 ? groups.length : at;
  };
  return [...obligations].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (rank(a) < groups.length
        ? a.window.dueOn.localeCompare(b.window.dueOn)
        : b.window.dueOn.localeCompare(a.window.dueOn)) ||
      a.templateCode.localeCompare(b.templateCode) ||
      a.provinceId.localeCompare(b.provinceId),
  );
}

/** The day a reminder step falls on: `offsetDays` negative = before the due day. */
export function reminderDay(dueOn: string, offsetDays: number): string {
  return addDays(dueOn, offsetDays);
}
